"""Ed25519 keys of an installation and key cards (BUNDLE-FORMAT.md §7).

The private key lives only in ``HOME/keys/private-<kid>.pem``, PKCS#8 PEM
encrypted with the user's passphrase (``BestAvailableEncryption``); it is
never written unencrypted and is not in the database (so not in a backup).
The public half is a key card; its ``kid`` is the RFC 7638 thumbprint of the
JWK. Fingerprints are shown grouped by four characters for reading aloud and
accepted with or without spaces.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from greenbelt_desktop.domain.ids import normalise_uuid
from greenbelt_desktop.sync import strictjson
from greenbelt_desktop.sync.errors import KeyProblem
from greenbelt_desktop.sync.files import NotRegular, read_regular

CARD_FORMAT = "sco-greenbelt-keycard"
CARD_FORMAT_VERSION = 1
MIN_PASSPHRASE = 8
MAX_CARD_BYTES = 64 * 1024
_B64URL_RE = re.compile(r"^[A-Za-z0-9_-]*$")


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """Strict base64url without padding (RFC 7515 §2); ValueError otherwise."""
    if not isinstance(text, str) or not _B64URL_RE.fullmatch(text) or len(text) % 4 == 1:
        raise ValueError("not base64url")
    raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    # Only the canonical encoding is accepted: stray bits in the last character would let
    # two different texts carry the same bytes (a changed byte that changes nothing).
    tail = raw[-(len(raw) % 3 or 3) :] if raw else b""
    if not text.endswith(b64url(tail)):
        raise ValueError("not canonical base64url")
    return raw


def public_jwk(public: Ed25519PublicKey) -> dict[str, str]:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return {"kty": "OKP", "crv": "Ed25519", "x": b64url(raw)}


def thumbprint(jwk: dict[str, str]) -> str:
    """RFC 7638: SHA-256 of the required members in lexicographic order, no spaces."""
    canonical = json.dumps(
        {"crv": jwk["crv"], "kty": jwk["kty"], "x": jwk["x"]},
        separators=(",", ":"),
        sort_keys=True,
    )
    return b64url(hashlib.sha256(canonical.encode("utf-8")).digest())


def public_key_of(jwk: dict[str, str]) -> Ed25519PublicKey:
    try:
        raw = b64url_decode(jwk["x"])
        return Ed25519PublicKey.from_public_bytes(raw)
    except (KeyError, TypeError, ValueError):
        raise KeyProblem("The key card's public key is not a valid Ed25519 key.") from None


def group_fingerprint(kid: str) -> str:
    """The kid in groups of four characters, for reading aloud over the phone."""
    return " ".join(kid[i : i + 4] for i in range(0, len(kid), 4))


def normalise_fingerprint(typed: str) -> str:
    """What a person typed, spaces removed (grouped or not)."""
    return "".join(typed.split())


@dataclass(frozen=True)
class KeyCard:
    """The public half of an installation's key, as shared by e-mail or USB stick."""

    party: str
    device: str
    label: str
    jwk: dict[str, str]
    kid: str
    created_at: str

    def as_json(self) -> dict[str, Any]:
        return {
            "format": CARD_FORMAT,
            "format_version": CARD_FORMAT_VERSION,
            "party": self.party,
            "device": self.device,
            "label": self.label,
            "jwk": dict(self.jwk),
            "kid": self.kid,
            "created_at": self.created_at,
        }

    def dumps(self) -> str:
        return json.dumps(self.as_json(), ensure_ascii=False, indent=2) + "\n"

    @property
    def public_key(self) -> Ed25519PublicKey:
        return public_key_of(self.jwk)

    def verify(self, signature: bytes, signed: bytes) -> bool:
        try:
            self.public_key.verify(signature, signed)
        except InvalidSignature:
            return False
        return True

    @classmethod
    def from_json(cls, value: Any) -> KeyCard:
        """Check a key card (format, party, device, JWK, kid = thumbprint)."""
        if not isinstance(value, dict) or value.get("format") != CARD_FORMAT:
            raise KeyProblem("This is not a Green Belt key card.")
        if value.get("format_version") != CARD_FORMAT_VERSION:
            raise KeyProblem("This key card has a format this version does not know.")
        jwk = value.get("jwk")
        if (
            not isinstance(jwk, dict)
            or jwk.get("kty") != "OKP"
            or jwk.get("crv") != "Ed25519"
            or not isinstance(jwk.get("x"), str)
        ):
            raise KeyProblem("The key card does not hold an Ed25519 public key.")
        public_key_of(jwk)
        kid = value.get("kid")
        if kid != thumbprint(jwk):
            raise KeyProblem("The key card's kid is not the thumbprint of its key.")
        party, label, created = value.get("party"), value.get("label", ""), value.get("created_at")
        if not isinstance(party, str) or not isinstance(label, str) or not isinstance(created, str):
            raise KeyProblem("The key card lacks its party, label or date.")
        try:
            device = normalise_uuid(str(value.get("device")))
        except ValueError:
            raise KeyProblem("The key card's device is not a UUID.") from None
        jwk_clean = {"kty": "OKP", "crv": "Ed25519", "x": jwk["x"]}
        return cls(party, device, label, jwk_clean, kid, created)

    @classmethod
    def loads(cls, text: str | bytes) -> KeyCard:
        if len(text) > MAX_CARD_BYTES:
            raise KeyProblem("This file is far too large to be a key card.")
        try:
            value = strictjson.loads(text)
        except strictjson.NotStrictJSON as error:
            if error.problem == strictjson.DUPLICATE:
                raise KeyProblem(
                    "This key card is refused: it names the field '{field}' twice.",
                    field=error.name,
                ) from None
            raise KeyProblem("This file is not a key card (it is not JSON).") from None
        return cls.from_json(value)


def read_card(path: Path) -> KeyCard:
    try:
        raw, size = read_regular(path, MAX_CARD_BYTES)
    except NotRegular:
        raise KeyProblem(
            "The key card {path} is not a file but a device, a pipe, a socket or a folder; "
            "only files are read.",
            path=str(path),
        ) from None
    except OSError as error:
        raise KeyProblem(
            "Cannot read the key card {path}: {reason}.", path=str(path), reason=str(error.strerror)
        ) from None
    if size > MAX_CARD_BYTES:
        raise KeyProblem("This file is far too large to be a key card.")
    return KeyCard.loads(raw)


def check_passphrase(passphrase: str | None) -> str:
    if passphrase is None or not passphrase:
        raise KeyProblem(
            "A passphrase is needed to protect the private key: use --passphrase-file FILE "
            "or set GREENBELT_PASSPHRASE."
        )
    if len(passphrase) < MIN_PASSPHRASE:
        raise KeyProblem(
            "The passphrase must have at least {count} characters.", count=MIN_PASSPHRASE
        )
    return passphrase


def private_key_path(keys_dir: Path, kid: str) -> Path:
    return keys_dir / f"private-{kid}.pem"


def generate_key(keys_dir: Path, passphrase: str) -> tuple[Ed25519PrivateKey, str]:
    """A new key pair; the private key is written encrypted. Returns (key, kid)."""
    check_passphrase(passphrase)
    key = Ed25519PrivateKey.generate()
    kid = thumbprint(public_jwk(key.public_key()))
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    keys_dir.mkdir(parents=True, exist_ok=True)
    target = private_key_path(keys_dir, kid)
    partial = target.with_suffix(".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(target)
    return key, kid


def load_private_key(keys_dir: Path, kid: str, passphrase: str | None) -> Ed25519PrivateKey:
    path = private_key_path(keys_dir, kid)
    try:
        pem = path.read_bytes()
    except OSError:
        raise KeyProblem(
            "The private key of this installation is missing ({file} in {folder}).",
            file=path.name,
            folder=str(keys_dir),
        ) from None
    if not passphrase:
        raise KeyProblem(
            "The passphrase of the private key is needed: use --passphrase-file FILE "
            "or set GREENBELT_PASSPHRASE."
        )
    try:
        key = serialization.load_pem_private_key(pem, passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise KeyProblem("The passphrase is wrong; the private key could not be opened.") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyProblem("The private key file does not hold an Ed25519 key.")
    return key


def make_card(key: Ed25519PrivateKey, party: str, device: str, label: str, now: str) -> KeyCard:
    jwk = public_jwk(key.public_key())
    return KeyCard(party, device, label, jwk, thumbprint(jwk), now)
