"""Taking in keys from bundles: a device's key rotation, the Secretariat's registry.

A registry entry is ``{"party", "status": "active"|"revoked", "card": <key
card>, "rotation": <JWS, optional>, "replaced_by": <kid, optional>}``. A
member keeps every key it has learned: an entry that moves a known key to
another party, or gives a known device another key without a rotation signed
by an earlier key of that device (and by the new key), is refused whole.
Revocation is permanent: a revoked key never becomes active again. A revoked key
not known before is simply recorded as revoked (it verifies nothing).
"""

from __future__ import annotations

import json
from typing import Any

from greenbelt_desktop.sync import envelope, strictjson
from greenbelt_desktop.sync.body import Body
from greenbelt_desktop.sync.errors import BundleRefused, KeyProblem, Message
from greenbelt_desktop.sync.keyring import (
    ACTIVE,
    REVOKED,
    ROTATED,
    Keyring,
    KnownKey,
    check_rotation,
)
from greenbelt_desktop.sync.keys import KeyCard, group_fingerprint

MAX_REGISTRY = 10_000


def rotation_card(rotation: Any) -> KeyCard:
    """The new key card a rotation introduces (not yet verified)."""
    try:
        parsed = envelope.parse(rotation, "key rotation", envelope.ROTATION_TYP)
        content = strictjson.loads(parsed.payload)
        content.pop("replaces", None)
        return KeyCard.from_json(content)
    except (ValueError, TypeError, AttributeError, RecursionError, KeyProblem):
        raise BundleRefused("A key rotation in this bundle is damaged.") from None


def _rotate(ring: Keyring, card: KeyCard, rotation: Any, source: str) -> Message:
    old_kid = check_rotation(ring, rotation, card)
    old = ring.keys[old_kid]
    text = rotation if isinstance(rotation, str) else json.dumps(rotation)
    ring.put(KnownKey(old.card, ROTATED, old.own, old.rotation, card.kid, old.learned_from))
    ring.put(KnownKey(card, ACTIVE, False, text, None, source))
    return Message(
        "{party} device {device} replaced its key {old_fingerprint}… by {fingerprint}…",
        {
            "party": card.party,
            "device": card.device[:8],
            "old_fingerprint": group_fingerprint(old_kid)[:9],
            "fingerprint": group_fingerprint(card.kid)[:9],
        },
    )


def apply_rotation(ring: Keyring, body: Body) -> list[Message]:
    """A state bundle may carry its device's key rotation (``key_rotation``)."""
    rotation = body.raw.get("key_rotation")
    if rotation is None:
        return []
    card = rotation_card(rotation)
    if card.device != body.issuer.device or card.party != body.issuer.party:
        raise BundleRefused("The bundle carries a key rotation for another device.")
    known = ring.keys.get(card.kid)
    if known is not None:
        return []
    return [_rotate(ring, card, rotation, f"rotation in bundle {body.bundle_id}")]


def apply_registry(ring: Keyring, body: Body) -> list[Message]:
    """Learn the keys the Secretariat vouches for; revoke the ones it revoked. Returns
    a note for each key learned, replaced or revoked."""
    registry = body.raw.get("registry", [])
    if not isinstance(registry, list) or len(registry) > MAX_REGISTRY:
        raise BundleRefused("The bundle's key registry is malformed.")
    entries = []
    for item in registry:
        if not isinstance(item, dict) or item.get("status") not in (ACTIVE, REVOKED):
            raise BundleRefused("An entry of the bundle's key registry is malformed.")
        card = KeyCard.from_json(item.get("card"))
        if item.get("party") != card.party:
            raise BundleRefused("A registry entry names another party than its key card.")
        entries.append((card, item))
    source = f"registry of bundle {body.bundle_id}"
    notes: list[Message] = []
    # Active keys first, so a rotation verifies with the old key before it is revoked.
    for card, item in sorted(entries, key=lambda e: e[1]["status"] != ACTIVE):
        known = ring.keys.get(card.kid)
        if known is not None:
            if known.card.party != card.party or known.card.device != card.device:
                raise BundleRefused(
                    "The registry moves the key {fingerprint}… of {old_party} to {party}; the "
                    "bundle is refused.",
                    fingerprint=group_fingerprint(card.kid)[:9],
                    old_party=known.card.party,
                    party=card.party,
                )
            if item["status"] == REVOKED and known.status == ACTIVE:
                ring.put(KnownKey(known.card, REVOKED, known.own, known.rotation, None, source))
                notes.append(
                    Message(
                        "{party} key {fingerprint}… revoked",
                        {"party": card.party, "fingerprint": group_fingerprint(card.kid)[:9]},
                    )
                )
            continue
        if item["status"] == ACTIVE and any(
            k.card.device == card.device for k in ring.keys.values()
        ):
            rotation = item.get("rotation")
            if rotation is None:
                raise BundleRefused(
                    "The registry gives {party} device {device} another key without a rotation "
                    "signed by its old key; the bundle is refused.",
                    party=card.party,
                    device=card.device[:8],
                )
            if rotation_card(rotation) != card:
                raise BundleRefused("A registry entry's rotation does not match its key card.")
            notes.append(_rotate(ring, card, rotation, source))
            continue
        ring.put(KnownKey(card, item["status"], False, None, None, source))
        party, fingerprint = card.party, group_fingerprint(card.kid)[:9]
        if item["status"] == ACTIVE:
            learned = Message(
                "learned {party} key {fingerprint}… (active)",
                {"party": party, "fingerprint": fingerprint},
            )
        else:
            learned = Message(
                "learned {party} key {fingerprint}… (revoked)",
                {"party": party, "fingerprint": fingerprint},
            )
        notes.append(learned)
    return notes


def registry_entries(ring: Keyring) -> list[dict[str, Any]]:
    """The registry a Secretariat publishes: every key it knows, rotated ones as revoked."""
    out = []
    for key in sorted(ring.keys.values(), key=lambda k: (k.card.party, k.card.device, k.kid)):
        entry: dict[str, Any] = {
            "party": key.card.party,
            "status": ACTIVE if key.status == ACTIVE else REVOKED,
            "card": key.card.as_json(),
        }
        if key.rotation:
            entry["rotation"] = json.loads(key.rotation)
        if key.replaced_by:
            entry["replaced_by"] = key.replaced_by
        out.append(entry)
    return out
