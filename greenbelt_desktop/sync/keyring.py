"""The keys an installation knows and trusts, kept in the ``sync_key`` table.

Its own key (generated at setup, see :func:`create_installation_key`), keys
trusted by hand after comparing fingerprints (:func:`trust_card`: a member
trusts the Secretariat, the Secretariat each member device), and keys learned
from the Secretariat's registry. A key is trusted only for its own party and
device; ``revoked`` and ``rotated`` keys verify nothing any more.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, Table, insert, select, update

from greenbelt_desktop.store import models
from greenbelt_desktop.store.records import Store, rfc3339, utc_now
from greenbelt_desktop.sync import envelope, strictjson
from greenbelt_desktop.sync.errors import BundleRefused, KeyProblem, Message
from greenbelt_desktop.sync.keys import (
    KeyCard,
    generate_key,
    group_fingerprint,
    load_private_key,
    make_card,
    normalise_fingerprint,
)

ACTIVE, REVOKED, ROTATED = "active", "revoked", "rotated"
KEY_TABLE = cast(Table, models.SyncKey.__table__)
SECRETARIAT = "SECRETARIAT"


@dataclass(frozen=True)
class KnownKey:
    card: KeyCard
    status: str
    own: bool
    rotation: str | None
    replaced_by: str | None
    learned_from: str

    @property
    def kid(self) -> str:
        return self.card.kid

    def as_json(self) -> dict[str, Any]:
        return {
            "kid": self.kid,
            "fingerprint": group_fingerprint(self.kid),
            "party": self.card.party,
            "device": self.card.device,
            "label": self.card.label,
            "status": self.status,
            "own": self.own,
            "replaced_by": self.replaced_by,
            "learned_from": self.learned_from,
        }


def _known(row: Any) -> KnownKey:
    return KnownKey(
        KeyCard.from_json(json.loads(row.card)),
        row.status,
        bool(row.own),
        row.rotation,
        row.replaced_by,
        row.learned_from,
    )


class Keyring:
    """An in-memory view of the known keys, changed by an import before it commits."""

    def __init__(self, keys: Iterable[KnownKey]) -> None:
        self.keys: dict[str, KnownKey] = {key.kid: key for key in keys}
        self.changed: dict[str, KnownKey] = {}

    @classmethod
    def load(cls, conn: Connection) -> Keyring:
        return cls(_known(row) for row in conn.execute(select(KEY_TABLE)))

    def trusted(self, kid: str, party: str, device: str | None = None) -> KeyCard | None:
        key = self.keys.get(kid)
        if key is None or key.status != ACTIVE or key.card.party != party:
            return None
        if device is not None and key.card.device != device:
            return None
        return key.card

    def active_for_device(self, device: str) -> list[KnownKey]:
        return [k for k in self.keys.values() if k.card.device == device and k.status == ACTIVE]

    def put(self, key: KnownKey) -> None:
        self.keys[key.kid] = key
        self.changed[key.kid] = key

    def why_untrusted(self, kids: Iterable[str]) -> Message:
        """Why none of ``kids`` verifies: a reason that goes inside a refusal."""
        for kid in kids:
            key = self.keys.get(kid)
            if key is not None and key.status == REVOKED:
                return Message(
                    "it is signed by a revoked key ({fingerprint}…)",
                    {"fingerprint": group_fingerprint(kid)[:14]},
                )
            if key is not None and key.status == ROTATED:
                return Message(
                    "it is signed by a key that was replaced ({fingerprint}…)",
                    {"fingerprint": group_fingerprint(kid)[:14]},
                )
        return Message("it is not signed by a key this installation trusts for its sender")

    def save(self, conn: Connection, now: str) -> None:
        held = set(conn.execute(select(KEY_TABLE.c.kid)).scalars())
        for key in self.changed.values():
            values = {
                "party": key.card.party,
                "device": key.card.device,
                "card": json.dumps(key.card.as_json(), ensure_ascii=False),
                "status": key.status,
                "own": key.own,
                "rotation": key.rotation,
                "replaced_by": key.replaced_by,
                "learned_from": key.learned_from,
            }
            if key.kid in held:
                conn.execute(update(KEY_TABLE).where(KEY_TABLE.c.kid == key.kid).values(values))
            else:
                conn.execute(insert(KEY_TABLE).values(kid=key.kid, learned_at=now, **values))
        self.changed.clear()


def list_keys(store: Store) -> list[KnownKey]:
    with store.engine.connect() as conn:
        return sorted(
            Keyring.load(conn).keys.values(), key=lambda k: (not k.own, k.card.party, k.kid)
        )


def own_key(store: Store) -> KnownKey:
    for key in list_keys(store):
        if key.own and key.status == ACTIVE:
            return key
    raise KeyProblem("This installation has no key yet: it was set up without one.")


def create_installation_key(
    store: Store, keys_dir: Path, passphrase: str, label: str = ""
) -> KeyCard:
    """Generate the installation's key pair at setup (command line and first-run wizard)."""
    installation = store.installation()
    key, _ = generate_key(keys_dir, passphrase)
    card = make_card(
        key,
        installation.party,
        installation.device,
        label or f"{installation.focal_point} ({installation.party})".strip(),
        rfc3339(utc_now()),
    )
    ring = Keyring([])
    ring.put(KnownKey(card, ACTIVE, True, None, None, "generated here"))
    with store.engine.begin() as conn:
        ring.save(conn, card.created_at)
    return card


def signing_keys(
    store: Store, keys_dir: Path, passphrase: str | None
) -> list[tuple[str, Ed25519PrivateKey]]:
    """The (kid, private key) pairs that sign this installation's bundles: the active key,
    and during a rotation not yet acknowledged also the previous one."""
    current = own_key(store)
    keys = [(current.kid, load_private_key(keys_dir, current.kid, passphrase))]
    pending = store.get_setting("sync.rotation_pending")
    if pending:
        keys.append((pending, load_private_key(keys_dir, pending, passphrase)))
    return keys


def trust_card(store: Store, card: KeyCard, fingerprint: str) -> KnownKey:
    """Trust another installation's key card once its fingerprint was compared."""
    if normalise_fingerprint(fingerprint) != card.kid:
        raise KeyProblem(
            "The fingerprint does not match this key card; it was not trusted. "
            "The card's fingerprint is {fingerprint}.",
            fingerprint=group_fingerprint(card.kid),
        )
    if not store.reference.is_party(card.party):
        raise KeyProblem("The key card names an unknown party '{party}'.", party=card.party)
    with store.engine.begin() as conn:
        ring = Keyring.load(conn)
        known = ring.keys.get(card.kid)
        if known is not None:
            if known.card.party != card.party or known.card.device != card.device:
                raise KeyProblem("This key is already known for another party or device.")
            if known.status == REVOKED:
                raise KeyProblem("This key was revoked; it cannot be trusted again.")
            if known.status != ACTIVE:
                raise KeyProblem("This key was rotated; it cannot be trusted again.")
            return known
        if ring.active_for_device(card.device):
            raise KeyProblem(
                "Another key is already trusted for this device; a new key for it is accepted "
                "only through a rotation signed by the old key."
            )
        key = KnownKey(card, ACTIVE, False, None, None, "trusted by hand")
        ring.put(key)
        ring.save(conn, rfc3339(utc_now()))
    return key


def revoke(store: Store, kid: str) -> KnownKey:
    """The Secretariat revokes a key: bundles it signs are refused from then on."""
    kid = normalise_fingerprint(kid)
    if store.installation().party != SECRETARIAT:
        raise KeyProblem("Only the Secretariat revokes keys (in its registry).")
    with store.engine.begin() as conn:
        ring = Keyring.load(conn)
        known = ring.keys.get(kid)
        if known is None:
            raise KeyProblem(
                "No known key has the fingerprint {fingerprint}.",
                fingerprint=group_fingerprint(kid),
            )
        if known.own:
            raise KeyProblem("This installation's own key cannot be revoked here; rotate it.")
        revoked = KnownKey(known.card, REVOKED, False, known.rotation, None, known.learned_from)
        ring.put(revoked)
        ring.save(conn, rfc3339(utc_now()))
    return revoked


def rotate(store: Store, keys_dir: Path, passphrase: str) -> KeyCard:
    """Replace this installation's key: a new key card signed by the old and new keys.

    The rotation travels in the next bundles (signed by both keys) until the
    Secretariat acknowledges one; the next export is a full one.
    """
    old = own_key(store)
    old_key = load_private_key(keys_dir, old.kid, passphrase)
    new_key, _ = generate_key(keys_dir, passphrase)
    installation = store.installation()
    card = make_card(
        new_key, installation.party, installation.device, old.card.label, rfc3339(utc_now())
    )
    payload = json.dumps({**card.as_json(), "replaces": old.kid}, ensure_ascii=False).encode()
    rotation = json.dumps(
        envelope.sign(payload, [(old.kid, old_key), (card.kid, new_key)], envelope.ROTATION_TYP)
    )
    with store.engine.begin() as conn:
        ring = Keyring.load(conn)
        ring.put(KnownKey(old.card, ROTATED, True, old.rotation, card.kid, old.learned_from))
        ring.put(KnownKey(card, ACTIVE, True, rotation, None, "generated here"))
        ring.save(conn, card.created_at)
    store.set_setting("sync.rotation_pending", old.kid)
    store.set_setting("sync.full_export_pending", "1")
    return card


def check_rotation(ring: Keyring, rotation: Any, new_card: KeyCard) -> str:
    """Verify a rotation: the new card signed by an active key of the same device and by
    the new key itself. Returns the old kid."""
    try:
        parsed = envelope.parse(
            json.loads(rotation) if isinstance(rotation, str) else rotation,
            "key rotation",
            envelope.ROTATION_TYP,
        )
        content = strictjson.loads(parsed.payload)
    except (ValueError, TypeError, RecursionError):
        raise BundleRefused("A key rotation is damaged.") from None
    if not isinstance(content, dict):
        raise BundleRefused("A key rotation is damaged.")
    old_kid = content.pop("replaces", None)
    card = KeyCard.from_json(content)
    if card != new_card:
        raise BundleRefused("A key rotation does not match the key card it introduces.")
    old = ring.keys.get(old_kid) if isinstance(old_kid, str) else None
    if (
        old is None
        or old.card.device != card.device
        or old.card.party != card.party
        or old.status == REVOKED
    ):
        raise BundleRefused("A key rotation is not signed by a known key of that device.")

    def card_of(kid: str) -> KeyCard | None:
        return {old.kid: old.card, card.kid: card}.get(kid)

    if set(parsed.verified_kids(card_of)) != {old.kid, card.kid}:
        raise BundleRefused("A key rotation's signatures do not verify.")
    return old.kid
