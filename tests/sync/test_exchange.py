from __future__ import annotations

import json
from pathlib import Path

import pytest
from jwcrypto import jwk, jws

from tests.sync.conftest import PROJECT, Site, payload_of, read_bundle


def verify_with_jwcrypto(document: dict, card: dict) -> bytes:
    """Verify a bundle with an independent JOSE library, from the key card alone."""
    token = jws.JWS()
    token.deserialize(json.dumps(document))
    token.verify(jwk.JWK(**card["jwk"]))
    return token.payload


def test_state_bundle_is_standard_jws_with_inner_bundle(trio: tuple[Site, Site, Site]) -> None:
    kz, _, _ = trio
    kz.store.add("project", PROJECT, "members")
    kz.store.add("project", {**PROJECT, "title": "Secretariat only"}, "secretariat")
    kz.store.add("project", {**PROJECT, "title": "Private plan"}, "private")
    path = kz.export()
    document = read_bundle(path)
    card = kz.card.as_json()
    body = json.loads(verify_with_jwcrypto(document, card))
    assert body["format"] == "sco-greenbelt-bundle" and body["kind"] == "state"
    assert body["issuer"] == {"party": "KZ", "device": kz.card.device, "kid": kz.card.kid}
    assert body["audience"] == "SECRETARIAT" and body["sequence"] == 1
    assert [c["data"]["title"] for c in body["changes"]] == ["Secretariat only"]
    assert {c["sharing"] for c in body["changes"]} == {"secretariat"}
    inner = json.loads(verify_with_jwcrypto(body["forward"], card))
    assert inner["audience"] == "ALL" and inner["sequence"] == body["sequence"]
    assert inner["bundle_id"] != body["bundle_id"]
    assert [c["data"]["title"] for c in inner["changes"]] == [PROJECT["title"]]
    header = json.loads(
        __import__("base64").urlsafe_b64decode(document["signatures"][0]["protected"] + "==")
    )
    assert header == {"alg": "EdDSA", "kid": kz.card.kid, "typ": "greenbelt-bundle+json"}
    assert b"Private plan" not in path.read_bytes()
    assert "Private plan" not in json.dumps(body, ensure_ascii=False)


def test_two_members_and_the_secretariat_converge(trio: tuple[Site, Site, Site]) -> None:
    kz, cn, sec = trio
    kz_id = kz.store.add("project", PROJECT, "members")
    secret_id = kz.store.add("project", {**PROJECT, "title": "For Beijing"}, "secretariat")
    cn_id = cn.store.add("organisation", {"name": "绿色基金", "kind": "finance", "country": "CN"})
    first = sec.receive(kz.export())
    assert first.totals["new"] == 2 and first.as_json()["by_party"]["KZ"]["new"] == 2
    assert sec.receive(cn.export()).totals["new"] == 1
    consolidated = sec.export()
    document = read_bundle(consolidated)
    body = json.loads(verify_with_jwcrypto(document, sec.card.as_json()))
    for inner in body["forwarded"]:
        issuer = payload_of(inner)["issuer"]["party"]
        card = {"KZ": kz.card, "CN": cn.card}[issuer].as_json()
        verify_with_jwcrypto(inner, card)  # each member's data, against its own key
    assert {e["card"]["kid"]: e["status"] for e in body["registry"]} == {
        kz.card.kid: "active",
        cn.card.kid: "active",
        sec.card.kid: "active",
    }
    assert body["acknowledged"] == {kz.card.device: 1, cn.card.device: 1}

    at_kz = kz.receive(consolidated)
    assert at_kz.totals["new"] == 1 and at_kz.totals["unchanged"] == 1
    assert any("learned CN key" in str(line) for line in at_kz.keys)
    at_cn = cn.receive(consolidated)
    assert at_cn.totals["new"] == 1 and at_cn.totals["unchanged"] == 1
    assert cn.store.get("project", kz_id).data["title"] == PROJECT["title"]
    assert kz.store.get("organisation", cn_id).data["name"] == "绿色基金"
    # secretariat-level records stay with the Secretariat
    assert sec.store.get("project", secret_id).sharing == "secretariat"
    assert ("project", secret_id) not in cn.records()
    # received records are never re-exported and the acknowledged ones do not travel again
    assert cn.store.get("project", kz_id).change_counter is None
    again = read_bundle(kz.export())
    assert payload_of(again)["changes"] == [] and "forward" not in payload_of(again)
    # and replaying is idempotent
    replay = kz.receive(consolidated)
    assert replay.already_applied and replay.totals["new"] == 0


def test_updates_and_deletions_propagate_with_honest_counts(trio: tuple[Site, Site, Site]) -> None:
    kz, cn, sec = trio
    project = kz.store.add("project", PROJECT, "members")
    other = kz.store.add("project", {**PROJECT, "title": "To delete"}, "members")
    sec.receive(kz.export())
    cn.receive(sec.export())
    kz.store.update("project", project, {"status": "pipeline"})
    kz.store.delete("project", other)
    report = sec.receive(kz.export())
    assert (report.totals["updated"], report.totals["deleted"], report.totals["new"]) == (1, 1, 0)
    at_cn = cn.receive(sec.export())
    assert at_cn.totals["updated"] == 1 and at_cn.totals["deleted"] == 1
    assert cn.store.get("project", project).data["status"] == "pipeline"
    assert cn.store.get("project", other, include_deleted=True).deleted
    assert cn.store.search("To delete") == []
    assert [h.id for h in cn.store.search("Солнечная")] == [project]
    assert cn.records()[("project", project)] == kz.records()[("project", project)]
    audit = cn.store.audit_log(project)
    assert [a["action"] for a in audit] == ["receive", "receive"]


def test_dry_run_reports_exactly_what_the_import_does(trio: tuple[Site, Site, Site]) -> None:
    kz, _, sec = trio
    kz.store.add_many("project", [({**PROJECT, "title": f"P{i}"}, "members") for i in range(5)])
    path = kz.export()
    before = sec.dump()
    dry = sec.receive(path, dry_run=True)
    assert sec.dump() == before
    real = sec.receive(path)
    assert dry.as_json() == real.as_json() and real.totals["new"] == 5


def test_identical_record_counts_as_unchanged(trio: tuple[Site, Site, Site]) -> None:
    kz, _, sec = trio
    kz.store.add("project", PROJECT, "members")
    sec.receive(kz.export())
    again = sec.receive(kz.export(full=True))
    assert again.totals == {
        "new": 0,
        "updated": 0,
        "unchanged": 1,
        "deleted": 0,
        "older": 0,
        "conflicts": 0,
        "clashes": 0,
    }


def test_history_lists_exports_imports_and_refusals(
    trio: tuple[Site, Site, Site], tmp_path: Path
) -> None:
    from greenbelt_desktop.sync.errors import BundleRefused
    from greenbelt_desktop.sync.ledger import history

    kz, _, sec = trio
    path = kz.export()
    sec.receive(path)
    sec.receive(path)
    broken = tmp_path / "broken.gbundle"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(BundleRefused):
        sec.receive(broken)
    rows = history(sec.store, sec.home.path)
    assert [(r["direction"], r["outcome"]) for r in rows] == [
        ("import", "applied"),
        ("import", "already applied"),
        ("import", "refused"),
    ]
    assert history(kz.store, kz.home.path)[0]["outcome"] == "written"


def test_the_ledger_keeps_file_names_not_paths(trio: tuple[Site, Site, Site]) -> None:
    """A data folder holds no absolute paths: the exchange ledger names bundles by file name."""
    kz, _, sco = trio
    kz.store.add("project", PROJECT, "members")
    path = kz.export()
    sco.receive(path)
    sco.receive(path)  # a replay, noted as refused
    folder = str(path.parent).encode()
    for site in (kz, sco):
        for item in site.home.path.rglob("*"):
            if item.is_file():
                assert folder not in item.read_bytes(), item
