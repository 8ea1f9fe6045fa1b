"""Every refusal of a bundle leaves the database exactly as it was (a full dump compared)."""

from __future__ import annotations

import base64
import copy
import gzip
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from greenbelt_desktop.sync import envelope, keyring
from greenbelt_desktop.sync.errors import BundleRefused
from tests.sync.conftest import PROJECT, Site, read_bundle
from tests.sync.forge import body_of, sign_as, write


def refused(site: Site, path: Path, match: str) -> str:
    before = site.dump()
    with pytest.raises(BundleRefused, match=match) as info:
        site.receive(path)
    assert site.dump() == before
    with pytest.raises(BundleRefused, match=match):
        site.receive(path, dry_run=True)
    assert site.dump() == before
    return str(info.value)


@pytest.fixture
def shared(trio: tuple[Site, Site, Site]) -> tuple[Site, Site, Site, Path]:
    """KZ has sent one bundle, applied by the Secretariat; returns a second one unsent."""
    kz, cn, sec = trio
    kz.store.add("project", PROJECT, "members")
    sec.receive(kz.export())
    kz.store.add("project", {**PROJECT, "title": "Second"}, "secretariat")
    kz.store.add("project", {**PROJECT, "title": "Third"}, "members")
    return kz, cn, sec, kz.export()


def test_a_changed_byte_anywhere_is_refused(shared: tuple[Site, Site, Site, Path]) -> None:
    _, _, sec, path = shared
    original = path.read_bytes()
    before = sec.dump()
    step = max(1, len(original) // 60)
    for position in [*range(0, len(original), step), len(original) - 2]:
        changed = bytearray(original)
        changed[position] = ord("A") if changed[position] != ord("A") else ord("B")
        path.write_bytes(bytes(changed))
        with pytest.raises(BundleRefused):
            sec.receive(path)
    assert sec.dump() == before
    path.write_bytes(original)
    assert sec.receive(path).totals["new"] == 2


def test_stray_bits_in_the_last_base64_character_are_refused(
    shared: tuple[Site, Site, Site, Path],
) -> None:
    _, _, sec, path = shared
    document = read_bundle(path)
    signature = document["signatures"][0]["signature"]  # 64 bytes: 4 stray bits at the end
    last = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".index(signature[-1])
    document["signatures"][0]["signature"] = (
        signature[:-1]
        + ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[last ^ 1])
    )
    refused(sec, write(path, document), "damaged")


def test_untrusted_key_is_refused(make_site: Callable[[str, str], Site]) -> None:
    sec, ru = make_site("sec", "SECRETARIAT"), make_site("ru", "RU")
    ru.store.add("project", PROJECT)
    refused(sec, ru.export(), "not signed by a key this installation trusts")


def test_revoked_key_is_refused(shared: tuple[Site, Site, Site, Path]) -> None:
    kz, _, sec, path = shared
    keyring.revoke(sec.store, kz.card.kid)
    refused(sec, path, "revoked key")


def test_rotated_out_key_is_refused(shared: tuple[Site, Site, Site, Path]) -> None:
    kz, cn, sec, path = shared
    old_body = body_of(path)
    assert cn.receive(sec.export()).totals["new"] == 1  # CN learns KZ's first key
    new_card = keyring.rotate(kz.store, kz.home.keys_dir, "correct horse battery")
    kz.store.add("project", {**PROJECT, "title": "After rotation"}, "members")
    rotated = kz.export()
    document = read_bundle(rotated)
    assert {s["protected"] for s in document["signatures"]}.__len__() == 2
    report = sec.receive(rotated)
    assert any("replaced its key" in str(line) for line in report.keys)
    # a full export after a rotation: everything again under the new key
    assert report.totals["new"] == 3 and report.totals["unchanged"] == 1
    statuses = {k.kid: k.status for k in keyring.list_keys(sec.store)}
    assert statuses[kz.card.kid] == "rotated" and statuses[new_card.kid] == "active"
    # anything signed only by the old key is refused from now on
    refused(sec, path, "replaced")
    old_body["bundle_id"] = "01a212a2-1ca1-7049-8443-7a59d5df5a99"
    refused(sec, write(path, sign_as(kz_with_old_key(kz), old_body)), "replaced")
    # members learn the new key through the registry and accept its data
    consolidated = sec.export()
    forwarded = body_of(consolidated)["forwarded"]
    assert len(forwarded) == 1  # the inner bundle signed by the old key is dropped
    cn_report = cn.receive(consolidated)
    assert any("replaced its key" in str(line) for line in cn_report.keys)
    assert cn_report.totals["new"] == 2 and cn_report.totals["unchanged"] == 1


def kz_with_old_key(kz: Site) -> Site:
    return kz  # kz.card still holds the card of the old key


def test_other_algorithms_are_refused(shared: tuple[Site, Site, Site, Path]) -> None:
    _, _, sec, path = shared
    document = read_bundle(path)
    for alg in ("none", "HS256", "ES256", "RS256"):
        forged = copy.deepcopy(document)
        header = {"alg": alg, "kid": body_of(path)["issuer"]["kid"], "typ": envelope.TYP}
        forged["signatures"][0]["protected"] = (
            base64.urlsafe_b64encode(json.dumps(header).encode()).rstrip(b"=").decode()
        )
        if alg == "none":
            forged["signatures"][0]["signature"] = ""
        refused(sec, write(path, forged), f"signed with '{alg}'")


def test_changes_of_another_party_are_refused(shared: tuple[Site, Site, Site, Path]) -> None:
    kz, _, sec, path = shared
    body = body_of(path)
    body["bundle_id"] = "01a212a2-1ca1-7049-8443-7a59d5df5a98"
    body["changes"][0]["origin"] = "CN"
    refused(sec, write(path, sign_as(kz, body)), "belongs to 'CN'")


def test_private_changes_are_refused(shared: tuple[Site, Site, Site, Path]) -> None:
    kz, _, sec, path = shared
    body = body_of(path)
    body["changes"][0]["sharing"] = "private"
    refused(sec, write(path, sign_as(kz, body)), "private records never leave")


def test_a_broken_inner_bundle_refuses_the_whole(shared: tuple[Site, Site, Site, Path]) -> None:
    _kz, cn, sec, path = shared
    sec.receive(path)
    consolidated = sec.export()
    body = body_of(consolidated)
    inner = body["forwarded"][0]
    tampered = json.loads(base64.urlsafe_b64decode(inner["payload"] + "=" * 3).decode())
    tampered["changes"][0]["data"]["title"] = "Forged by someone"
    inner["payload"] = base64.urlsafe_b64encode(json.dumps(tampered).encode()).rstrip(b"=").decode()
    # the Secretariat re-signs the outer bundle: the member's own signature still fails
    refused(cn, write(consolidated, sign_as(sec, body)), "fails its own signature")


def test_a_state_bundle_with_a_broken_inner_bundle_is_refused(
    shared: tuple[Site, Site, Site, Path],
) -> None:
    kz, _, sec, path = shared
    body = body_of(path)
    body["forward"]["signatures"][0]["signature"] = (
        body["signatures"][0]["signature"]
        if ("signatures" in body)
        else read_bundle(path)["signatures"][0]["signature"]
    )
    refused(sec, write(path, sign_as(kz, body)), "fails its own signature")


def test_registry_key_swap_is_refused(shared: tuple[Site, Site, Site, Path]) -> None:
    kz, cn, sec, path = shared
    cn.receive(sec.export())  # CN now knows KZ's key
    impostor = sec.home.path.parent / "impostor"
    from greenbelt_desktop.sync.keys import generate_key, make_card

    key, _ = generate_key(impostor, "correct horse battery")
    fake = make_card(key, "KZ", kz.card.device, "KZ", "2026-11-25T00:00:00Z")
    body = body_of(sec.export())
    body["registry"] = [e for e in body["registry"] if e["card"]["kid"] != kz.card.kid] + [
        {"party": "KZ", "status": "active", "card": fake.as_json()}
    ]
    refused(cn, write(path, sign_as(sec, body)), "without a rotation signed by its old key")
    moved = body_of(sec.export())
    for entry in moved["registry"]:
        if entry["card"]["kid"] == kz.card.kid:
            entry["card"]["party"] = entry["party"] = "UZ"
    refused(cn, write(path, sign_as(sec, moved)), "moves the key")


def test_newer_schema_unknown_entity_and_invalid_fields_are_refused(
    shared: tuple[Site, Site, Site, Path],
) -> None:
    kz, _, sec, path = shared
    body = body_of(path)
    newer = {**body, "schema_version": 2}
    refused(sec, write(path, sign_as(kz, newer)), "update the application")
    unknown = copy.deepcopy(body)
    unknown["changes"][0]["entity"] = "satellite"
    refused(sec, write(path, sign_as(kz, unknown)), "unknown kind of record")
    invalid = copy.deepcopy(body)
    invalid["changes"][0]["data"]["status"] = "dreaming"
    message = refused(sec, write(path, sign_as(kz, invalid)), "change 1 .* is invalid")
    assert "status" in message
    later = copy.deepcopy(body)
    later["changes"].append({**body["changes"][0], "data": {"title": ""}})
    later["changes"][-1]["id"] = "01a212a2-1ca1-7049-8443-7a59d5df5a97"
    refused(sec, write(path, sign_as(kz, later)), "change 2")
    format_two = {**body, "format_version": 2}
    refused(sec, write(path, sign_as(kz, format_two)), "format")
    # A line break after an id or a version is not the same id or version.
    for field, what in (("id", "no valid id"), ("version", "no valid version")):
        broken = copy.deepcopy(body)
        broken["changes"][0][field] += "\n"
        refused(sec, write(path, sign_as(kz, broken)), what)


def test_truncated_and_non_json_files_are_refused(
    shared: tuple[Site, Site, Site, Path], tmp_path: Path
) -> None:
    _, _, sec, path = shared
    raw = path.read_bytes()
    for cut in (0, 1, len(raw) // 3, len(raw) - 1):
        refused(sec, write_bytes(tmp_path / "cut.gbundle", raw[:cut]), "not")
    refused(sec, write_bytes(tmp_path / "bin", b"\xff\xfe\x00garbage"), "not UTF-8")
    refused(sec, write_bytes(tmp_path / "list", b"[1, 2]"), "not a signed Green Belt bundle")
    gz = gzip.compress(raw)
    refused(sec, write_bytes(tmp_path / "cut.gbundle.gz", gz[: len(gz) // 2]), "truncated")


def write_bytes(path: Path, raw: bytes) -> Path:
    path.write_bytes(raw)
    return path


def test_gzip_bombs_and_absurd_sizes_are_refused(
    shared: tuple[Site, Site, Site, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, sec, path = shared
    monkeypatch.setattr(envelope, "MAX_BUNDLE_BYTES", 4 * 1024 * 1024)
    bomb = tmp_path / "bomb.gbundle.gz"
    bomb.write_bytes(gzip.compress(b" " * (64 * 1024 * 1024), compresslevel=9))
    assert bomb.stat().st_size < 200_000
    refused(sec, bomb, "compression bomb")
    monkeypatch.setattr(envelope, "MAX_FILE_BYTES", 1024)
    refused(sec, path, "above the limit")


def test_rollback_of_consolidated_bundles_is_refused(trio: tuple[Site, Site, Site]) -> None:
    kz, cn, sec = trio
    kz.store.add("project", PROJECT)
    sec.receive(kz.export())
    first = sec.export()
    second = sec.export()
    assert cn.receive(first).totals["new"] == 1
    assert [str(f["outcome"]) for f in cn.receive(second).forwarded] == ["already applied"]
    refused(cn, first, "rollback")  # even though it was imported before
    before = cn.dump()
    assert cn.receive(second).already_applied and cn.dump() == before


def test_own_bundle_and_wrong_direction_are_refused(shared: tuple[Site, Site, Site, Path]) -> None:
    kz, cn, sec, path = shared
    refused(kz, path, "written by this installation")
    refused(cn, path, "not signed by a key this installation trusts")
    cn.receive(sec.export())  # now CN knows KZ's key, and still does not take its state bundle
    refused(cn, path, "member states import")


def test_a_payload_with_non_ascii_characters_is_refused(
    shared: tuple[Site, Site, Site, Path],
) -> None:
    """Found by atheris: such a payload once escaped as an encoding error."""
    _, _, sec, path = shared
    document = read_bundle(path)
    document["payload"] = document["payload"][:10] + "Ƕ" + document["payload"][11:]
    refused(sec, write(path, document), "damaged")
