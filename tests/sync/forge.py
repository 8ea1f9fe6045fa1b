"""Crafting bundles the way an attacker or a broken tool would: real keys, real JWS."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from greenbelt_desktop.sync import envelope
from greenbelt_desktop.sync.keys import load_private_key
from tests.sync.conftest import PASSPHRASE, Site, payload_of, read_bundle


def body_of(path: Path) -> dict[str, Any]:
    return payload_of(read_bundle(path))


def sign_as(site: Site, body: dict[str, Any]) -> dict[str, Any]:
    key = load_private_key(site.home.keys_dir, site.card.kid, PASSPHRASE)
    return envelope.sign(json.dumps(body, ensure_ascii=False).encode(), [(site.card.kid, key)])


def write(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def resign_state(
    site: Site,
    path: Path,
    outer: Callable[[dict[str, Any]], None] | None = None,
    inner: Callable[[dict[str, Any]], None] | None = None,
) -> Path:
    """A member's own state bundle changed by ``outer`` (its body) and ``inner`` (the body
    of its inner bundle), both signed again with the member's real key."""
    body = body_of(path)
    if inner is not None:
        inner_body = payload_of(body["forward"])
        inner(inner_body)
        body["forward"] = sign_as(site, inner_body)
    if outer is not None:
        outer(body)
    return write(path.with_name("forged-" + path.name), sign_as(site, body))
