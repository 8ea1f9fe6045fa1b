"""Attachments follow their record (BUNDLE-FORMAT.md §8.5), performed through the real code:
the store, real exports, and bundles re-signed with another installation's real key."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from greenbelt_desktop.domain.entities import attachment_data
from greenbelt_desktop.store.records import NotOwner
from greenbelt_desktop.sync import envelope
from greenbelt_desktop.sync.keys import load_private_key
from tests.sync.conftest import PASSPHRASE, PROJECT, Site, payload_of, read_bundle
from tests.sync.forge import body_of, sign_as, write

REPORT = b"%PDF-1.4 the mission report"


@pytest.fixture
def sites(make_site: Callable[..., Site]) -> tuple[Site, Site, Site]:
    kz, cn, sec = make_site("kz", "KZ"), make_site("cn", "CN"), make_site("sec", "SECRETARIAT")
    for member in (kz, cn):
        sec.trust(member)
        member.trust(sec)
    return kz, cn, sec


def _changes(path: Path) -> list[dict[str, Any]]:
    """Every change of a bundle, the outer ones and the forwarded (members) ones."""
    body = body_of(path)
    changes = list(body.get("changes", []))
    if body.get("forward"):
        changes += payload_of(body["forward"]).get("changes", [])
    return changes


def _attach(site: Site, entity: str, owner: str, name: str = "report.pdf", **kw: Any) -> str:
    return site.store.add("attachment", attachment_data(entity, owner, name, REPORT), **kw)


def test_an_attachment_is_never_wider_than_its_record(sites: tuple[Site, Site, Site]) -> None:
    kz, _, sec = sites
    private = kz.store.add("project", {**PROJECT, "title": "Private"}, "private")
    internal = kz.store.add("project", {**PROJECT, "title": "Internal"}, "secretariat")
    shared = kz.store.add("project", {**PROJECT, "title": "Shared"}, "members")
    on_private = _attach(kz, "project", private, sharing="members")  # as the GUI asked
    on_internal = _attach(kz, "project", internal)
    on_shared = _attach(kz, "project", shared)
    sharing = {a: kz.store.get("attachment", a).sharing for a in (on_private, on_internal)}
    assert sharing == {on_private: "private", on_internal: "secretariat"}

    bundle = kz.export(full=True)
    sent = {c["id"]: c["sharing"] for c in _changes(bundle) if c["entity"] == "attachment"}
    assert sent == {on_internal: "secretariat", on_shared: "members"}
    assert private.encode() not in bundle.read_bytes()
    forwarded = payload_of(body_of(bundle)["forward"])["changes"]
    assert on_internal not in {c["id"] for c in forwarded}
    assert sec.receive(bundle).totals["new"] == 4


def test_attachments_follow_their_records_sharing(sites: tuple[Site, Site, Site]) -> None:
    kz, _, _ = sites
    project = kz.store.add("project", PROJECT, "members")
    attachment = _attach(kz, "project", project)
    kz.export()
    kz.store.update("project", project, {}, sharing="private")
    assert kz.store.get("attachment", attachment).sharing == "private"
    assert not [c for c in _changes(kz.export(full=True)) if c["entity"] == "attachment"]
    kz.store.update("project", project, {}, sharing="members")
    assert kz.store.get("attachment", attachment).sharing == "members"
    (sent,) = [c for c in _changes(kz.export()) if c["entity"] == "attachment"]
    assert sent["id"] == attachment and sent["sharing"] == "members"


def test_only_the_owner_party_attaches_files(sites: tuple[Site, Site, Site]) -> None:
    kz, cn, sec = sites
    project = kz.store.add("project", PROJECT, "members")
    sec.receive(kz.export())
    cn.receive(sec.export())
    with pytest.raises(NotOwner, match=r"belongs to .*\(KZ\); only its owner"):
        _attach(cn, "project", project)
    assert cn.store.count("attachment") == 0


def _resign_inner(site: Site, body: dict[str, Any], change: Callable[[dict], None]) -> None:
    """Change the forwarded (members) part of a state bundle and sign it again with the
    site's own key, as a hostile member's tool would."""
    inner = payload_of(body["forward"])
    for item in inner["changes"]:
        change(item)
    key = load_private_key(site.home.keys_dir, site.card.kid, PASSPHRASE)
    raw = json.dumps(inner, ensure_ascii=False).encode()
    body["forward"] = envelope.sign(raw, [(site.card.kid, key)])


def test_a_member_cannot_attach_files_to_another_members_record(
    sites: tuple[Site, Site, Site],
) -> None:
    kz, cn, sec = sites
    kz_project = kz.store.add("project", PROJECT, "members")
    sec.receive(kz.export())
    cn.receive(sec.export())
    kz.receive(sec.export())

    # CN attaches a file to its own project, then its tool points the file at KZ's project.
    cn_project = cn.store.add("project", {**PROJECT, "title": "CN"}, "members")
    honest = _attach(cn, "project", cn_project, "CN plan.pdf")
    hostile = _attach(cn, "project", cn_project, "invoice\u202efdp.exe")
    bundle = cn.export()
    body = body_of(bundle)

    def point_at_kz(item: dict) -> None:
        if item["id"] == hostile:
            item["data"]["owner"] = kz_project

    _resign_inner(cn, body, point_at_kz)
    report = sec.receive(write(bundle, sign_as(cn, body)))
    (note,) = [str(n) for n in report.notes if "attachment" in str(n)]
    assert note == (
        f"An attachment from CN to project {kz_project}, which belongs to KZ, was not "
        "applied: only a record's owner attaches files to it."
    )
    assert sec.store.attachments_of(kz_project) == []
    assert [a.id for a in sec.store.attachments_of(cn_project)] == [honest]
    with pytest.raises(Exception, match="no attachment"):
        sec.store.get("attachment", hostile)

    # The Secretariat forwards CN's signed bundle as it came: KZ refuses the same file too.
    at_kz = kz.receive(sec.export())
    assert any("only a record's owner attaches files" in str(n) for n in at_kz.notes)
    assert kz.store.attachments_of(kz_project) == []
    assert [a.id for a in kz.store.attachments_of(cn_project)] == [honest]

    # Honest exchange goes on: KZ's own file on its own project reaches CN.
    own = _attach(kz, "project", kz_project, "KZ report.pdf")
    sec.receive(kz.export())
    cn.receive(sec.export())
    assert [a.id for a in cn.store.attachments_of(kz_project)] == [own]
    assert cn.store.content(own) == REPORT


def test_an_attachment_received_before_its_record_is_not_shown_on_another_partys_record(
    sites: tuple[Site, Site, Site],
) -> None:
    kz, cn, _ = sites
    kz_project = kz.store.add("project", PROJECT, "members")
    stray = "01a212a2-1ca1-7049-8443-7a59d5df5a31"
    data = attachment_data("project", kz_project, "x.pdf", REPORT)
    cn.store.put_received(
        "attachment", [(stray, "SECRETARIAT", "0000000000001.0000.x", "members", data)]
    )
    cn.store.put_received(
        "project", [(kz_project, "KZ", "0000000000001.0000.y", "members", PROJECT)]
    )
    assert cn.store.attachments_of(kz_project) == []


def test_received_file_names_are_plain_base_names(sites: tuple[Site, Site, Site]) -> None:
    _, cn, sec = sites
    cn_project = cn.store.add("project", PROJECT, "members")
    _attach(cn, "project", cn_project, "plan.pdf")
    bundle = cn.export()
    body = body_of(bundle)

    def rename(item: dict) -> None:
        if item["entity"] == "attachment":
            item["data"]["file_name"] = "..\\..\\Startup\\invoice\u202efdp.exe\x1b[2J"

    _resign_inner(cn, body, rename)
    sec.receive(write(bundle, sign_as(cn, body)))
    (held,) = sec.store.attachments_of(cn_project)
    assert held.data["file_name"] == "invoicefdp.exe[2J"
    raw = read_bundle(bundle)
    assert base64.urlsafe_b64decode(raw["payload"] + "==")  # the bundle itself stays as sent
