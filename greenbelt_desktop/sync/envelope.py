"""The JWS envelope of a bundle (BUNDLE-FORMAT.md §1): RFC 7515 General JSON
Serialization, EdDSA/Ed25519 (RFC 8037), read with size limits.

Signing input is ``BASE64URL(protected) '.' BASE64URL(payload)`` as RFC 7515
§5.1 says, so any JOSE library verifies a bundle from the key card alone.
Reading is bounded (BUNDLE-FORMAT.md §8.7, :mod:`sync.files`): only a regular
file is read (a FIFO, a device or a socket is refused at once), and absurd sizes
are refused before parsing: a file above :data:`MAX_FILE_BYTES`, or a gzip file
that inflates above :data:`MAX_BUNDLE_BYTES` or above :data:`MAX_GZIP_RATIO`
times its own size (a gzip bomb; :data:`GZIP_FLOOR` always allowed), is refused
without being inflated whole. Every JSON text is read strictly
(:mod:`sync.strictjson`, §8.6): a name twice in one object, NaN, Infinity or an
integer beyond 2^53 refuses the bundle.
"""

from __future__ import annotations

import base64
import gzip
import io
import json
import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from greenbelt_desktop.store import jsontext
from greenbelt_desktop.sync import strictjson
from greenbelt_desktop.sync.errors import BundleRefused, Message
from greenbelt_desktop.sync.files import NotRegular, read_regular
from greenbelt_desktop.sync.keys import KeyCard, b64url, b64url_decode

TYP = "greenbelt-bundle+json"
ROTATION_TYP = "greenbelt-keycard+json"
MAX_FILE_BYTES = 512 * 1024 * 1024  # a bundle file on disk (compressed or not)
MAX_BUNDLE_BYTES = 512 * 1024 * 1024  # the JSON once inflated
MAX_SIGNATURES = 8
MAX_GZIP_RATIO = 64  # an honest bundle inflates about 4 times; a bomb a thousand times
GZIP_FLOOR = 64 * 1024 * 1024  # a small gzip file may always inflate this far
WRITE_SLICE = 4 * 1024 * 1024  # bundles are written in slices: progress and cancel
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass
class Signed:
    """A JWS being written: the base64url payload kept as bytes (no extra copies of a
    large bundle), and its signatures."""

    payload_b64: bytes
    signatures: list[dict[str, str]]

    def parts(self) -> Iterator[bytes]:
        """The JWS JSON in pieces, to write or join without a second copy."""
        yield b'{"payload":"'
        yield self.payload_b64
        yield b'","signatures":'
        yield jsontext.dumps(self.signatures).encode("ascii")
        yield b"}"

    def as_json(self) -> dict[str, Any]:
        return {"payload": self.payload_b64.decode("ascii"), "signatures": self.signatures}


def sign_payload(
    payload: bytes, keys: Iterable[tuple[str, Ed25519PrivateKey]], typ: str = TYP
) -> Signed:
    """Sign ``payload`` with each (kid, key): RFC 7515 signing input, EdDSA."""
    payload_b64 = base64.urlsafe_b64encode(payload).rstrip(b"=")
    signatures = []
    for kid, key in keys:
        header = json.dumps({"alg": "EdDSA", "kid": kid, "typ": typ}, separators=(",", ":"))
        protected = b64url(header.encode("utf-8"))
        signature = key.sign(protected.encode("ascii") + b"." + payload_b64)
        signatures.append({"protected": protected, "signature": b64url(signature)})
    return Signed(payload_b64, signatures)


def sign(payload: bytes, keys: Iterable[tuple[str, Ed25519PrivateKey]], typ: str = TYP) -> Any:
    """The JWS (General JSON Serialization) of ``payload`` signed by each (kid, key)."""
    return sign_payload(payload, keys, typ).as_json()


@dataclass(frozen=True)
class Signature:
    kid: str
    typ: str
    protected: str
    value: bytes


@dataclass
class Envelope:
    """A parsed but not yet verified JWS: its signatures and its base64url payload.

    The payload is decoded on first use; neither the signing input nor the
    decoded payload is kept longer than needed (for a large bundle each is as
    big as the file). Verification results are remembered per signature and key.
    """

    payload_b64: str
    signatures: tuple[Signature, ...]
    what: str = "bundle"
    _payload: bytes | None = None
    _checked: dict[tuple[int, str], bool] = field(default_factory=dict)

    def verified_kids(self, card_of: Callable[[str], KeyCard | None]) -> list[str]:
        """The kids whose signature verifies with the card ``card_of(kid)`` returns."""
        good = []
        for index, signature in enumerate(self.signatures):
            card = card_of(signature.kid)
            if card is None:
                continue
            key = (index, card.jwk["x"])
            if key not in self._checked:
                signed = f"{signature.protected}.{self.payload_b64}".encode("ascii")
                self._checked[key] = card.verify(signature.value, signed)
                del signed
            if self._checked[key]:
                good.append(signature.kid)
        return good

    @property
    def payload(self) -> bytes:
        if self._payload is None:
            try:
                self._payload = b64url_decode(self.payload_b64)
            except ValueError:
                raise BundleRefused(
                    "The content of this {what} is damaged (not base64url).",
                    what=Message(self.what),
                ) from None
        return self._payload

    def keep_payload_only(self) -> None:
        """Decode the payload now and let the encoded text go."""
        _ = self.payload
        self.payload_b64 = ""

    def release_decoded(self) -> None:
        self._payload = None

    def release(self) -> None:
        self.payload_b64, self._payload = "", None

    def body(self) -> dict[str, Any]:
        """The payload as a JSON object (call only once a signature verified)."""
        try:
            value = strictjson.loads(self.payload)
        except strictjson.NotStrictJSON as error:
            what = self.what
            refuse_loose(error, what)
            raise BundleRefused("The signed content of the bundle is not valid JSON.") from None
        if not isinstance(value, dict):
            raise BundleRefused("The signed content of the bundle is not a JSON object.")
        return value


def parse(jws: Any, what: str = "bundle", typ: str = TYP) -> Envelope:
    """Check the envelope's shape and headers (alg must be EdDSA). ``what`` names the
    document in refusals ("bundle", "forwarded bundle", "key rotation")."""
    named = Message(what)
    if not isinstance(jws, dict) or not isinstance(jws.get("payload"), str):
        raise BundleRefused(
            "This {what} is not a signed Green Belt bundle (no JWS payload).", what=named
        )
    signatures = jws.get("signatures")
    if not isinstance(signatures, list) or not signatures or len(signatures) > MAX_SIGNATURES:
        raise BundleRefused("This {what} carries no valid list of signatures.", what=named)
    payload_b64: str = jws["payload"]
    if not payload_b64.isascii():
        raise BundleRefused("The content of this {what} is damaged (not base64url).", what=named)
    parsed = []
    for item in signatures:
        if not isinstance(item, dict) or set(item) - {"protected", "signature", "header"}:
            raise BundleRefused("A signature of this {what} is malformed.", what=named)
        protected, value = item.get("protected"), item.get("signature")
        if not isinstance(protected, str) or not isinstance(value, str):
            raise BundleRefused("A signature of this {what} is malformed.", what=named)
        try:
            header = strictjson.loads(b64url_decode(protected))
            raw_signature = b64url_decode(value)
        except strictjson.NotStrictJSON as error:
            refuse_loose(error, what)
            raise BundleRefused(
                "A signature header of this {what} is damaged.", what=named
            ) from None
        except ValueError:
            raise BundleRefused(
                "A signature header of this {what} is damaged.", what=named
            ) from None
        if not isinstance(header, dict):
            raise BundleRefused("A signature header of this {what} is damaged.", what=named)
        if header.get("alg") != "EdDSA":
            raise BundleRefused(
                "This {what} is signed with '{alg}', not EdDSA (Ed25519); it is refused.",
                what=named,
                alg=str(header.get("alg")),
            )
        if header.get("crit") is not None:
            raise BundleRefused(
                "This {what} asks for JWS extensions this version does not know.", what=named
            )
        kid, found_typ = header.get("kid"), header.get("typ", typ)
        if not isinstance(kid, str) or found_typ != typ:
            raise BundleRefused(
                "A signature of this {what} does not name its key or type.", what=named
            )
        parsed.append(Signature(kid, found_typ, protected, raw_signature))
    return Envelope(payload_b64, tuple(parsed), what)


def read_bytes(path: Path) -> bytes:
    """The bundle's JSON bytes: a regular file only, gzip inflated (bounded), size limits
    enforced before anything is parsed."""
    try:
        raw, size = read_regular(path, MAX_FILE_BYTES)
    except NotRegular:
        raise BundleRefused(
            "{name} is not a file but a device, a pipe, a socket or a folder; only files are read.",
            name=path.name,
        ) from None
    except OSError as error:
        raise BundleRefused(
            "Cannot read {path}: {reason}.", path=str(path), reason=str(error.strerror)
        ) from None
    if size > MAX_FILE_BYTES:
        raise BundleRefused(
            "{name} is {size} MB, above the limit of {limit} MB for a bundle; it is refused.",
            name=path.name,
            size=size // (1024 * 1024),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    if raw[:2] == _GZIP_MAGIC:
        raw = _inflate(raw, path.name)
    return raw


def _inflate(raw: bytes, name: str) -> bytes:
    """Inflate in slices, never past the limit: a bomb costs at most the limit."""
    limit = min(MAX_BUNDLE_BYTES, max(GZIP_FLOOR, MAX_GZIP_RATIO * len(raw)))
    pieces: list[bytes] = []
    size = 0
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as handle:
            while chunk := handle.read(1024 * 1024):
                size += len(chunk)
                if size > limit:
                    pieces.clear()
                    raise BundleRefused(
                        "{name} inflates to more than {limit} MB (a compression bomb or an "
                        "absurd size); it is refused.",
                        name=name,
                        limit=limit // (1024 * 1024),
                    )
                pieces.append(chunk)
    except (OSError, EOFError, zlib.error):
        raise BundleRefused("{name} is a damaged or truncated gzip file.", name=name) from None
    del raw
    return b"".join(pieces)


def refuse_loose(error: strictjson.NotStrictJSON, what: str) -> None:
    """Refuse JSON that two readers could read differently (a name twice, a number not
    every reader holds alike); other damage is said by the caller."""
    if error.problem == strictjson.DUPLICATE:
        raise BundleRefused(
            "This {what} is refused: one of its objects names the field '{field}' twice, so "
            "two programs could read two different bundles.",
            what=Message(what),
            field=error.name,
        ) from None
    if error.problem == strictjson.NUMBER:
        raise BundleRefused(
            "This {what} is refused: it holds a number that not every program reads alike "
            "(NaN, Infinity, or an integer beyond 2^53).",
            what=Message(what),
        ) from None


def load_jws(raw: bytes, name: str) -> Any:
    """The outer JSON of a bundle file."""
    if len(raw) > MAX_BUNDLE_BYTES:
        raise BundleRefused(
            "{name} is above the size limit for a bundle; it is refused.", name=name
        )
    try:
        return strictjson.loads(raw)
    except strictjson.NotStrictJSON as error:
        refuse_loose(error, "bundle")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            raise BundleRefused(
                "{name} is not a bundle (it is not UTF-8 text).", name=name
            ) from None
        raise BundleRefused(
            "{name} is not a bundle (not valid JSON: the file may be truncated or damaged).",
            name=name,
        ) from None


def write_json(path: Path, value: Any) -> None:
    """Write a JSON document (gzip when the name ends in .gz) atomically."""
    write_parts(path, [jsontext.dumps(value).encode("utf-8")])


def write_parts(
    path: Path, parts: Iterable[bytes], written: Callable[[int], None] | None = None
) -> None:
    """Write a bundle from pieces (gzip when the name ends in .gz) atomically: a temporary
    file, fsync, then rename. ``written(count)`` is called after each slice of at most
    :data:`WRITE_SLICE` bytes (progress, and a checkpoint: an exception raised there
    stops the writing and removes the temporary file)."""
    partial = path.with_name(path.name + ".partial")
    try:
        with open(partial, "wb") as raw:
            if path.name.endswith(".gz"):
                with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0) as handle:
                    _write_slices(handle.write, parts, written)
            else:
                _write_slices(raw.write, parts, written)
            raw.flush()
            os.fsync(raw.fileno())
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(path)


@contextmanager
def removed_on_failure(path: Path | None) -> Iterator[None]:
    """Remove ``path`` (a bundle written before its transaction commits) when the block
    fails or is cancelled; entered before the transaction, so a failed commit removes it too."""
    try:
        yield
    except BaseException:
        if path is not None:
            path.unlink(missing_ok=True)
        raise


def _write_slices(
    write: Callable[[memoryview], object],
    parts: Iterable[bytes],
    written: Callable[[int], None] | None,
) -> None:
    for part in parts:
        view = memoryview(part)
        for start in range(0, len(view), WRITE_SLICE):
            piece = view[start : start + WRITE_SLICE]
            write(piece)
            if written is not None:
                written(len(piece))
