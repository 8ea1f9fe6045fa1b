"""Hostile members (BUNDLE-FORMAT.md §8.1–8.2), each attack performed with real keys and
real installations: a version far in the future, an id reused under another kind of
record or another owner. Each ends in a one-line refusal or a listed clash, and the
honest parties go on exchanging."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

import pytest

from greenbelt_desktop.domain.clock import parse_version, wall_millis
from greenbelt_desktop.sync import conflicts
from greenbelt_desktop.sync.errors import BundleRefused
from tests.helpers.cli import CliRunner
from tests.sync.conftest import PROJECT, Site
from tests.sync.forge import body_of, resign_state, sign_as, write

Sites = tuple[Site, Site, Site, Site]  # KZ, CN, RU, the Secretariat
DAY = 24 * 3600 * 1000


@pytest.fixture
def four(make_site: Callable[[str, str], Site]) -> Sites:
    kz, cn, ru = make_site("kz", "KZ"), make_site("cn", "CN"), make_site("ru", "RU")
    sec = make_site("sec", "SECRETARIAT")
    for member in (kz, cn, ru):
        sec.trust(member)
        member.trust(sec)
    return kz, cn, ru, sec


def future(site: Site) -> str:
    return f"9999999999999.9999.{site.store.installation().device}"


def all_changes(body: dict[str, Any]) -> list[dict[str, Any]]:
    return body["changes"]


def test_a_version_at_the_end_of_time_is_refused_and_bricks_nobody(four: Sites) -> None:
    """The brick of issue 12 item 1: a member signs version 9999999999999.9999.<device>.
    The Secretariat refuses the whole state bundle in one line, writes on, and the
    member's next honest bundle imports everywhere."""
    kz, cn, _, sec = four
    kz.store.add("project", PROJECT, "members")

    def forward_future(inner: dict[str, Any]) -> None:
        inner["changes"][0]["version"] = future(kz)

    forged = resign_state(kz, kz.export(), inner=forward_future)
    before = sec.dump()
    with pytest.raises(BundleRefused) as info:
        sec.receive(forged)
    message = str(info.value)
    assert "\n" not in message and "the sender's clock (KZ) is" in message
    days = (10**13 - wall_millis()) // (24 * 3600 * 1000)
    assert f"{days} days ahead" in message or f"{days + 1} days ahead" in message
    assert sec.dump()[:0] == before[:0]
    assert sec.records() == {}
    # The Secretariat writes on, with a version the format holds.
    made = sec.store.add("recommendation", {"title": "Plant trees", "text": "Text"}, "members")
    assert parse_version(sec.store.get("recommendation", made).version)[0] < wall_millis() + 60_000
    kz.store.add("project", {**PROJECT, "title": "Honest"}, "members")
    assert sec.receive(kz.export()).totals["new"] == 2
    cn.receive(sec.export())
    assert {data["title"] for (_, _, _, _, data) in cn.records().values()} >= {"Honest"}


def test_a_clock_bricked_by_an_earlier_version_writes_again(four: Sites) -> None:
    kz, _, _, sec = four
    with sqlite3.connect(sec.home.database_path) as conn:
        conn.execute("UPDATE installation SET clock = ?", (future(sec),))
    made = sec.store.add("recommendation", {"title": "One", "text": "Text"}, "members")
    first = sec.store.get("recommendation", made)
    second = sec.store.update("recommendation", made, {"title": "Two", "text": "Text"})
    assert parse_version(first.version) < parse_version(second.version)
    assert parse_version(second.version)[0] <= wall_millis() + 24 * 3600 * 1000
    kz.receive(sec.export())
    assert kz.store.get("recommendation", first.id).data["title"] == "Two"


def test_a_forwarded_change_too_far_ahead_is_kept_back_and_the_rest_applies(
    four: Sites,
) -> None:
    """A Secretariat whose clock lags (or that forwards a member's bundle it should have
    refused) never stops the other members: at CN the change is kept back, listed with
    its sender, and KZ's other record and the Secretariat's own apply."""
    kz, cn, _, sec = four
    kz.store.add("project", PROJECT, "members")
    kz.store.add("project", {**PROJECT, "title": "On time"}, "members")
    sec.receive(kz.export())
    sec.store.add("recommendation", {"title": "Plant trees", "text": "Text"}, "members")
    with sqlite3.connect(sec.home.database_path) as conn:
        (jws_text,) = conn.execute("SELECT jws FROM sync_forward").fetchone()
        inner = body_of(write(kz.work / "inner.json", json.loads(jws_text)))
        inner["changes"][0]["version"] = future(kz)
        conn.execute("UPDATE sync_forward SET jws = ?", (json.dumps(sign_as(kz, inner)),))
    report = cn.receive(sec.export())
    assert report.totals["new"] == 2 and report.totals["clashes"] == 1
    assert report.clashes[0]["reason"] == "clock" and report.clashes[0]["sender"] == "KZ"
    titles = {data["title"] for (_, _, _, _, data) in cn.records().values()}
    assert titles == {"On time", "Plant trees"}
    (kept,) = conflicts.list_clashes(cn.store)
    assert kept["reason"] == "clock" and kept["sender"] == "KZ" and kept["origin"] == "KZ"
    # CN's clock did not move past the bound: its next edit carries a sane version.
    own = cn.store.add("project", {**PROJECT, "title": "CN"}, "members")
    assert parse_version(cn.store.get("project", own).version)[0] <= wall_millis() + DAY
    sec.receive(cn.export())
    kz.receive(sec.export())


def reuse_id(entity: str, record_id: str, deleted: bool = False) -> Callable[[dict], None]:
    def mutate(inner: dict[str, Any]) -> None:
        change = inner["changes"][0]
        change["entity"], change["id"] = entity, record_id
        if entity == "organisation":
            change["data"] = {"name": "Squatter", "kind": "finance", "country": "CN"}
        if deleted:
            change["deleted"], change["data"] = True, {}

    return mutate


@pytest.mark.parametrize("deleted", [False, True], ids=["record", "deletion"])
def test_an_id_under_another_kind_of_record_is_a_listed_clash(four: Sites, deleted: bool) -> None:
    """Issue 12 item 2: CN sends an organisation (or its deletion) whose id is KZ's
    project. Nowhere does KZ's project disappear; the clash is listed with its sender;
    the other changes of CN's bundle apply; every later bundle imports."""
    kz, cn, ru, sec = four
    project = kz.store.get("project", kz.store.add("project", PROJECT, "members"))
    sec.receive(kz.export())
    for member in (cn, ru):
        member.receive(sec.export())
    for name in ("Decoy", "Honest CN"):
        cn.store.add("organisation", {"name": name, "kind": "finance", "country": "CN"}, "members")
    forged = resign_state(cn, cn.export(), inner=reuse_id("organisation", project.id, deleted))
    report = sec.receive(forged)
    assert report.totals["clashes"] == 1 and report.totals["new"] == 1
    assert report.clashes[0]["sender"] == "CN"
    assert report.clashes[0]["held_entity"] == "project"
    assert any("id clash" in line and "CN" in line for line in report.lines())
    assert sec.store.get("project", project.id).data["title"] == PROJECT["title"]
    assert [hit.id for hit in search_for(sec, "Солнечная")] == [project.id]
    consolidated = sec.export()
    for member in (kz, ru):
        member.receive(consolidated)
        assert member.store.get("project", project.id).data["title"] == PROJECT["title"]
    # Listed on the command line with its title and sender, and in JSON.
    cli = CliRunner(sec.home.path)
    listed = cli("conflicts", "list")
    assert listed.code == 0
    assert "id clash" in listed.out and "sent by CN" in listed.out
    assert PROJECT["title"] in listed.out
    as_json = cli("conflicts", "list", "--json")
    (row,) = [r for r in as_json.json() if r["kind"] == "id_clash"]
    assert row["sender"] == "CN" and row["held"]["entity"] == "project"
    assert row["held"]["title"] == PROJECT["title"]
    # Everyone goes on: an honest bundle from each party imports everywhere.
    kz.store.update("project", project.id, {**PROJECT, "title": "Renamed"})
    sec.receive(kz.export())
    cn.store.add("organisation", {"name": "Later", "kind": "finance", "country": "CN"}, "members")
    sec.receive(cn.export())
    final = sec.export()
    for member in (kz, cn, ru):
        member.receive(final)
    assert ru.store.get("project", project.id).data["title"] == "Renamed"


def search_for(site: Site, words: str) -> list[Any]:
    return site.store.search(words)


def test_another_members_id_of_the_same_kind_is_a_clash_not_a_takeover(four: Sites) -> None:
    kz, cn, _, sec = four
    project = kz.store.get("project", kz.store.add("project", PROJECT, "members"))
    sec.receive(kz.export())
    cn.store.add("project", {**PROJECT, "title": "Forged"}, "members")
    cn.store.add("project", {**PROJECT, "title": "Honest CN"}, "members")

    def take(inner: dict[str, Any]) -> None:
        inner["changes"][0]["id"] = project.id

    report = sec.receive(resign_state(cn, cn.export(), inner=take))
    assert report.totals["clashes"] == 1 and report.totals["new"] == 1
    assert sec.store.get("project", project.id).origin == "KZ"
    assert sec.store.get("project", project.id).data["title"] == PROJECT["title"]


def test_one_id_twice_in_one_bundle_under_two_kinds_applies_once(four: Sites) -> None:
    kz, _, _, sec = four
    kz.store.add("project", PROJECT, "members")
    kz.store.add("organisation", {"name": "Twin", "kind": "finance", "country": "CN"}, "members")

    def twin(inner: dict[str, Any]) -> None:
        first, second = inner["changes"]
        second["id"] = first["id"]

    report = sec.receive(resign_state(kz, kz.export(), inner=twin))
    assert report.totals["new"] == 1 and report.totals["clashes"] == 1
    assert len(sec.records()) == 1
