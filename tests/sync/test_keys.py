from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from jwcrypto import jwk

from greenbelt_desktop.sync.keys import group_fingerprint, make_card, normalise_fingerprint
from tests.helpers.cli import CliRunner
from tests.sync.conftest import PASSPHRASE


def init(cli: CliRunner, party: str = "KZ") -> None:
    result = cli("init", "--party", party, "--name", "Aigerim")
    assert result.code == 0, result.err


def test_init_writes_an_encrypted_key_and_a_standard_card(cli: CliRunner, tmp_path: Path) -> None:
    init(cli)
    keys = list((cli.home / "keys").iterdir())
    assert len(keys) == 1 and keys[0].name.startswith("private-")
    pem = keys[0].read_bytes()
    assert pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    with pytest.raises(TypeError):
        serialization.load_pem_private_key(pem, None)
    key = serialization.load_pem_private_key(pem, PASSPHRASE.encode())
    assert isinstance(key, Ed25519PrivateKey)
    raw = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    # The private key appears nowhere unencrypted: not in the database, not in any file.
    for path in cli.home.rglob("*"):
        if path.is_file():
            assert raw not in path.read_bytes(), path

    out = tmp_path / "kz.card"
    assert cli("keys", "card", "--out", str(out)).code == 0
    card = json.loads(out.read_text(encoding="utf-8"))
    assert list(card) == [
        "format",
        "format_version",
        "party",
        "device",
        "label",
        "jwk",
        "kid",
        "created_at",
    ]
    assert card["format"] == "sco-greenbelt-keycard" and card["format_version"] == 1
    assert card["party"] == "KZ" and card["jwk"]["kty"] == "OKP" and card["jwk"]["crv"] == "Ed25519"
    # kid is the RFC 7638 thumbprint, as an independent JOSE library computes it.
    assert card["kid"] == jwk.JWK(**card["jwk"]).thumbprint()
    printed = cli("keys", "fingerprint").out.strip()
    assert printed == group_fingerprint(card["kid"]) and " " in printed
    assert printed.replace(" ", "") == card["kid"]


def test_init_without_passphrase_is_refused(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GREENBELT_PASSPHRASE")
    result = cli("init", "--party", "KZ", "--name", "Aigerim", stdin="")
    assert result.code == 1 and "passphrase" in result.err and "Traceback" not in result.err
    assert not (cli.home / "keys").exists()
    monkeypatch.setenv("GREENBELT_PASSPHRASE", "short")
    assert "at least 8" in cli("init", "--party", "KZ", "--name", "A").err


def test_passphrase_file_is_used(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GREENBELT_PASSPHRASE")
    secret = tmp_path / "pass.txt"
    secret.write_text("a long enough secret\n", encoding="utf-8")
    result = cli("init", "--party", "KZ", "--name", "A", "--passphrase-file", str(secret))
    assert result.code == 0, result.err
    pem = next((cli.home / "keys").iterdir()).read_bytes()
    serialization.load_pem_private_key(pem, b"a long enough secret")


def _card_with_dash(tmp_path: Path) -> tuple[Path, str]:
    for _ in range(5000):
        card = make_card(
            Ed25519PrivateKey.generate(),
            "KZ",
            "01a212a2-1ca1-7049-8443-7a59d5df5a31",
            "KZ",
            "2026-11-24T09:00:00Z",
        )
        if card.kid.startswith("-"):
            path = tmp_path / "dash.card"
            path.write_text(card.dumps(), encoding="utf-8")
            return path, card.kid
    raise AssertionError("no kid beginning with '-' in 5000 keys")


def test_trust_checks_the_fingerprint_with_or_without_spaces(
    cli: CliRunner, tmp_path: Path
) -> None:
    init(cli, "SECRETARIAT")
    card, kid = _card_with_dash(tmp_path)
    wrong = cli("keys", "trust", str(card), "--fingerprint", "AAAA" + kid[4:])
    assert wrong.code == 1 and "does not match" in wrong.err
    assert cli("keys", "list", "--json").json()[1:] == []
    ok = cli("keys", "trust", str(card), f"--fingerprint={group_fingerprint(kid)}")
    assert ok.code == 0, ok.err
    again = cli("keys", "trust", str(card), f"--fingerprint={kid}")
    assert again.code == 0, again.err
    listed = cli("keys", "list", "--json").json()
    assert [(k["party"], k["status"], k["kid"]) for k in listed if not k["own"]] == [
        ("KZ", "active", kid)
    ]
    assert normalise_fingerprint(" ab c\td ") == "abcd"


def test_a_damaged_card_is_refused(cli: CliRunner, tmp_path: Path) -> None:
    init(cli, "SECRETARIAT")
    card, kid = _card_with_dash(tmp_path)
    data = json.loads(card.read_text(encoding="utf-8"))
    data["jwk"]["x"] = data["jwk"]["x"][:-2] + ("AA" if data["jwk"]["x"][-2:] != "AA" else "BB")
    card.write_text(json.dumps(data), encoding="utf-8")
    result = cli("keys", "trust", str(card), f"--fingerprint={kid}")
    assert result.code == 1 and "thumbprint" in result.err
    (tmp_path / "junk").write_text("not json", encoding="utf-8")
    assert "not a key card" in cli("keys", "trust", str(tmp_path / "junk"), "--fingerprint=x").err


def test_revoke_is_for_the_secretariat(cli: CliRunner, tmp_path: Path) -> None:
    init(cli, "KZ")
    result = cli("keys", "revoke", "abcd")
    assert result.code == 1 and "Secretariat" in result.err
