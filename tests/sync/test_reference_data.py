"""Reference data travels in consolidated bundles: a new member state joins the exchange."""

from __future__ import annotations

import copy
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from greenbelt_desktop.domain.reference_entries import entry_data, reference_id
from greenbelt_desktop.domain.validation import RecordInvalid
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.reference_store import retire_entry, set_entry
from greenbelt_desktop.sync import keyring
from greenbelt_desktop.sync.errors import KeyProblem
from tests.sync.conftest import PASSPHRASE, Site, payload_of
from tests.sync.forge import body_of, sign_as, write
from tests.sync.test_refusals import refused

AZERBAIJAN = {"en": "Azerbaijan", "ru": "Азербайджан", "zh": "阿塞拜疆"}
AZ_ID = reference_id("member_states", "AZ")


def new_member_site(empty_database: Path, folder: Path, name: str, party: str) -> Site:
    """An installation of a member state that joined after this release."""
    home = Home(folder / name)
    home.path.mkdir(parents=True)
    shutil.copyfile(empty_database, home.database_path)
    store = home.open_store()
    store.initialise(party, f"Focal point {name}", new_member=True)
    card = keyring.create_installation_key(store, home.keys_dir, PASSPHRASE, name)
    return Site(name, home, store, card, folder)


@pytest.fixture
def pair(make_site: Callable[..., Site], backend: str) -> tuple[Site, Site]:
    """Kazakhstan and the Secretariat (on each backend), trusting each other."""
    kz, sec = make_site("kz", "KZ"), make_site("sec", "SECRETARIAT", backend)
    sec.trust(kz)
    kz.trust(sec)
    return kz, sec


def reference_changes(path: Path) -> list[dict[str, Any]]:
    return [c for c in body_of(path)["changes"] if c["entity"] == "reference"]


def test_a_new_member_state_joins(
    pair: tuple[Site, Site], empty_database: Path, tmp_path: Path
) -> None:
    kz, sec = pair
    joint = {"title": "Каспийский ветропарк", "status": "idea", "countries": ["KZ", "AZ"]}
    with pytest.raises(RecordInvalid, match="AZ"):
        kz.store.add("project", joint)

    # The Secretariat adds Azerbaijan and consolidates: the entry travels in `changes`.
    set_entry(sec.store, "member_states", "AZ", AZERBAIJAN)
    first = sec.export()
    [change] = reference_changes(first)
    assert change["id"] == AZ_ID
    assert (change["origin"], change["sharing"], change["deleted"]) == (
        "SECRETARIAT",
        "members",
        False,
    )
    assert change["data"] == {
        "list": "member_states",
        "code": "AZ",
        "labels": AZERBAIJAN,
        "active": True,
    }
    dry = kz.receive(first, dry_run=True)
    assert not kz.store.reference.is_member_state("AZ")
    report = kz.receive(first)
    assert report.as_json() == dry.as_json()
    assert report.as_json()["by_entity"]["reference"]["new"] == 1
    assert kz.store.reference.country_name("AZ", "zh") == "阿塞拜疆"
    kz_project = kz.store.add("project", joint)

    # A new Azerbaijani installation: the Secretariat trusts its key card now.
    az = new_member_site(empty_database, tmp_path, "az", "AZ")
    sec.trust(az)
    az.trust(sec)
    solar = {"title": "Солнечный парк Гобустан", "status": "idea", "countries": ["AZ"]}
    az.store.add("project", solar)
    az.store.add("organisation", {"name": "Azerenerji", "kind": "company", "country": "AZ"})
    assert sec.receive(az.export()).as_json()["by_party"]["AZ"]["new"] == 2
    assert sec.receive(kz.export()).totals["new"] == 1

    # Kazakhstan learns AZ's key from the registry and takes its forwarded records.
    second = sec.export()
    assert [c["id"] for c in reference_changes(second)] == [AZ_ID]  # every time
    at_kz = kz.receive(second)
    assert any(str(line).startswith("learned AZ key") for line in at_kz.keys)
    assert at_kz.as_json()["by_party"]["AZ"]["new"] == 2
    assert at_kz.as_json()["by_entity"]["reference"]["unchanged"] == 1
    az_records = {key: value for key, value in kz.records().items() if value[0] == "AZ"}
    assert {entity for entity, _ in az_records} == {"project", "organisation"}
    assert kz.store.get("project", kz_project).data["countries"] == ["KZ", "AZ"]

    # The new member receives the Secretariat's reference data like everyone.
    az.receive(second)
    assert az.store.reference.labels("member_states", "AZ") == AZERBAIJAN
    assert len([k for k in kz.records() if k[0] == "project"]) == 2


def test_the_records_of_a_new_member_come_with_its_entry_in_one_bundle(
    pair: tuple[Site, Site], empty_database: Path, tmp_path: Path
) -> None:
    """A member that never saw the entry before applies it first, then AZ's records."""
    kz, sec = pair
    set_entry(sec.store, "member_states", "AZ", AZERBAIJAN)
    az = new_member_site(empty_database, tmp_path, "az", "AZ")
    sec.trust(az)
    az.store.add("practice", {"title": "Раздельный сбор", "country": "AZ"})
    sec.receive(az.export())
    bundle = sec.export()
    body = body_of(bundle)
    # The reference entry is not first in the bundle: the importer applies it first anyway.
    body["changes"] = list(reversed(body["changes"]))
    assert kz.receive(write(bundle, sign_as(sec, body))).as_json()["by_party"]["AZ"]["new"] == 1
    assert kz.store.reference.is_member_state("AZ")


def test_keys_of_an_unknown_party_are_not_trusted(
    pair: tuple[Site, Site], empty_database: Path, tmp_path: Path
) -> None:
    _, sec = pair
    az = new_member_site(empty_database, tmp_path, "az", "AZ")
    with pytest.raises(KeyProblem, match="unknown party 'AZ'"):
        sec.trust(az)
    set_entry(sec.store, "member_states", "AZ", AZERBAIJAN)
    sec.trust(az)


def test_forwarded_records_of_a_party_unknown_here_are_refused(
    pair: tuple[Site, Site], empty_database: Path, tmp_path: Path
) -> None:
    kz, sec = pair
    set_entry(sec.store, "member_states", "AZ", AZERBAIJAN)
    az = new_member_site(empty_database, tmp_path, "az", "AZ")
    sec.trust(az)
    az.store.add("practice", {"title": "Раздельный сбор", "country": "KZ"})
    sec.receive(az.export())
    bundle = sec.export()
    body = body_of(bundle)
    body["changes"] = [c for c in body["changes"] if c["entity"] != "reference"]
    refused(kz, write(bundle, sign_as(sec, body)), "'AZ', which is not an SCO member state")
    assert kz.receive(sec.export()).as_json()["by_party"]["AZ"]["new"] == 1


def test_relabelling_propagates(pair: tuple[Site, Site]) -> None:
    kz, sec = pair
    kz.receive(sec.export())
    waste = {"en": "Waste and recycling", "ru": "Отходы и переработка", "zh": "废物和回收"}
    set_entry(sec.store, "directions", "waste", waste)
    set_entry(sec.store, "member_states", "AZ", AZERBAIJAN)
    kz.receive(sec.export())
    assert kz.store.reference.label("directions", "waste", "ru") == "Отходы и переработка"
    renamed = {**AZERBAIJAN, "en": "Republic of Azerbaijan"}
    set_entry(sec.store, "member_states", "AZ", renamed)
    report = kz.receive(sec.export())
    assert report.as_json()["by_entity"]["reference"] == {
        "new": 0,
        "updated": 1,
        "unchanged": 1,
        "deleted": 0,
        "older": 0,
        "conflicts": 0,
        "clashes": 0,
    }
    assert kz.store.reference.country_name("AZ", "en") == "Republic of Azerbaijan"
    # The shipped labels of other codes are untouched.
    assert kz.store.reference.label("directions", "investment", "en") == (
        sec.store.base_reference.label("directions", "investment", "en")
    )


def test_retiring_keeps_old_records_valid(
    pair: tuple[Site, Site], empty_database: Path, tmp_path: Path
) -> None:
    kz, sec = pair
    set_entry(sec.store, "member_states", "AZ", AZERBAIJAN)
    az = new_member_site(empty_database, tmp_path, "az", "AZ")
    sec.trust(az)
    az.trust(sec)
    project = az.store.add("project", {"title": "Гобустан", "status": "idea", "countries": ["AZ"]})
    sec.receive(az.export())
    kz.receive(sec.export())

    retire_entry(sec.store, "member_states", "AZ")
    kz.receive(sec.export())
    assert kz.store.reference.is_retired("member_states", "AZ")
    assert "AZ" not in kz.store.reference.active_codes("member_states")
    assert kz.store.reference.country_name("AZ", "ru") == "Азербайджан"
    # Old records of AZ (and naming AZ) still travel and validate everywhere.
    az.store.update("project", project, {"status": "proposal"})
    assert sec.receive(az.export()).totals["updated"] == 1
    assert kz.receive(sec.export()).totals["updated"] == 1
    data = kz.store.get("project", project).data
    assert (data["status"], data["countries"]) == ("proposal", ["AZ"])


def state_bundle_with(kz: Site, where: str, origin: str) -> Path:
    kz.store.add("project", {"title": "Проект", "status": "idea"}, "secretariat")
    kz.store.add("project", {"title": "Общий проект", "status": "idea"}, "members")
    path = kz.export()
    body = body_of(path)
    change = {
        "entity": "reference",
        "id": AZ_ID,
        "origin": origin,
        "version": body["changes"][0]["version"],
        "deleted": False,
        "data": entry_data("member_states", "AZ", AZERBAIJAN),
    }
    if where == "outer":
        body["changes"].append({**change, "sharing": "secretariat"})
    else:
        inner = body_of_jws(body["forward"])
        inner["changes"].append({**change, "sharing": "members"})
        body["forward"] = sign_as(kz, inner)
    return write(path, sign_as(kz, body))


def body_of_jws(jws: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(payload_of(jws))


@pytest.mark.parametrize(
    ("where", "origin"), [("outer", "KZ"), ("outer", "SECRETARIAT"), ("inner", "KZ")]
)
def test_a_state_bundle_with_reference_data_is_refused(
    pair: tuple[Site, Site], where: str, origin: str
) -> None:
    kz, sec = pair
    path = state_bundle_with(kz, where, origin)
    refused(sec, path, "reference data, which only the SCO Secretariat issues")
    assert not sec.store.reference.is_member_state("AZ")


def test_a_reference_entry_under_another_id_is_refused(pair: tuple[Site, Site]) -> None:
    kz, sec = pair
    set_entry(sec.store, "member_states", "AZ", AZERBAIJAN)
    bundle = sec.export()
    body = body_of(bundle)
    invalid = copy.deepcopy(body)
    for change in body["changes"]:
        if change["entity"] == "reference":
            change["id"] = reference_id("member_states", "MN")
    refused(kz, write(bundle, sign_as(sec, body)), "does not have the id its list and code give")
    for change in invalid["changes"]:
        if change["entity"] == "reference":
            change["data"]["labels"]["zh"] = ""
    refused(kz, write(bundle, sign_as(sec, invalid)), r"labels\.zh: this field is required")
    assert not kz.store.reference.is_member_state("AZ")


def test_two_secretariat_devices_describe_one_entry(make_site: Callable[..., Site]) -> None:
    """The id comes from list and code, so two Secretariat devices that both set AZ write
    versions of one record: members converge on the later one, whatever the order."""
    kz, cn = make_site("kz", "KZ"), make_site("cn", "CN")
    sec1, sec2 = make_site("sec1", "SECRETARIAT"), make_site("sec2", "SECRETARIAT")
    for member in (kz, cn):
        member.trust(sec1)
        member.trust(sec2)
    set_entry(sec1.store, "member_states", "AZ", AZERBAIJAN)
    set_entry(sec2.store, "member_states", "AZ", {**AZERBAIJAN, "en": "Republic of Azerbaijan"})
    one, two = sec1.export(), sec2.export()
    later = max(reference_changes(one) + reference_changes(two), key=lambda c: c["version"])
    kz.receive(one)
    kz.receive(two)
    cn.receive(two)
    cn.receive(one)
    for member in (kz, cn):
        assert member.store.reference.labels("member_states", "AZ") == later["data"]["labels"]
        assert member.store.get("reference", AZ_ID).version == later["version"]
        assert member.store.count("reference") == 1
