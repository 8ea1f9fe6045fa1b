"""Crafting bundles the way an attacker or a broken tool would: real keys, real JWS."""

from __future__ import annotations

import json
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
