"""Verifying a bundle, once (BUNDLE-FORMAT.md §4 step 1, §6, §7): nothing is written.

:func:`verify` reads the envelope, checks the outer signature against the
keys trusted for the issuer, checks the direction (state bundles go to the
Secretariat, consolidated ones come from it), takes in the bundle's key
rotation or the Secretariat's registry (in memory: the ring is saved by
:mod:`sync.apply`, under the import lock) and checks every inner bundle's own
signature. The result, :class:`Verified`, carries the updated keyring and its
key notes, so applying never loads the keyring nor applies a registry again.

The inner bundles' bodies are parsed one at a time while applying (a large
consolidated bundle is big in memory); :func:`check_inner` is the part of the
verification that runs then, on each inner body.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from greenbelt_desktop.store.progress import Tracker
from greenbelt_desktop.sync import body as B
from greenbelt_desktop.sync import envelope
from greenbelt_desktop.sync import reference as sync_reference
from greenbelt_desktop.sync.errors import BundleRefused, KeyProblem, Message
from greenbelt_desktop.sync.keyring import Keyring
from greenbelt_desktop.sync.registry import apply_registry, apply_rotation


@dataclass
class Part:
    """One signed set of changes: the outer bundle, or an inner (forwarded) one."""

    envelope: envelope.Envelope
    kid: str
    jws: Any  # the inner bundle's JWS object, kept verbatim (None for the outer bundle)


@dataclass
class Verified:
    """A bundle whose signatures all verified, with the keyring as it will be saved."""

    body: B.Body
    outer: Part
    inner: list[Part]
    ring: Keyring
    keys: list[Message] = field(default_factory=list)  # what the keys' changes say
    ring_state: frozenset[tuple[str, str]] = frozenset()  # the ring as read, (kid, status)


def _active_card(ring: Keyring, kid: str) -> Any:
    key = ring.keys.get(kid)
    return key.card if key is not None and key.status == "active" else None


def read_document(path: Path) -> Any:
    return envelope.load_jws(envelope.read_bytes(path), path.name)


def verify(
    ring: Keyring, document: Any, own_party: str, own_device: str, tracker: Tracker | None = None
) -> Verified:
    """Check every signature (outer and inner) against ``ring``; ``ring`` takes in a key
    rotation or the Secretariat's registry. Nothing is written. ``tracker`` counts the
    inner bundles verified (a checkpoint before each)."""
    tracker = tracker or Tracker(0)
    before = frozenset((kid, key.status) for kid, key in ring.keys.items())
    outer = envelope.parse(document)
    kids = outer.verified_kids(lambda kid: _active_card(ring, kid))
    if not kids:
        raise BundleRefused(
            "This bundle is refused: {reason}.",
            reason=ring.why_untrusted(s.kid for s in outer.signatures),
        )
    body = B.check_body(outer.body())
    outer.release_decoded()  # parsed: the decoded bytes go, the signed text stays a while
    _check_direction(body, own_party, own_device)
    try:
        apply_keys = apply_rotation if body.kind == B.STATE else apply_registry
        notes = apply_keys(ring, body)
    except KeyProblem as error:
        raise BundleRefused(
            "The bundle's keys are refused: {reason}", reason=error.message
        ) from None
    kids = outer.verified_kids(lambda kid: _active_card(ring, kid))
    if body.issuer.kid not in kids or not ring.trusted(
        body.issuer.kid, body.issuer.party, body.issuer.device
    ):
        raise BundleRefused(
            "This bundle is refused: it is not signed by a key trusted for its sender ({party}).",
            party=body.issuer.party,
        )
    inner: list[Part] = []
    if body.kind == B.STATE:
        forward = body.raw.get("forward")
        if forward is not None:
            tracker.expect(1)
            tracker.advance()
            inner.append(_verify_inner(ring, forward, body.issuer.party, body.issuer.device))
    else:
        forwarded = body.raw.get("forwarded", [])
        if not isinstance(forwarded, list):
            raise BundleRefused("The bundle's forwarded bundles are not a list.")
        tracker.expect(len(forwarded))
        for jws in forwarded:
            tracker.advance()
            inner.append(_verify_inner(ring, jws, None, None))
        # Members keep nothing of the inner bundles but their verified payloads.
        body.raw["forwarded"] = []
        for part in inner:
            part.jws = None
    # What was verified is no longer needed in its encoded form (large bundles: memory).
    outer.release()
    return Verified(body, Part(outer, body.issuer.kid, None), inner, ring, notes, before)


def _verify_inner(ring: Keyring, jws: Any, party: str | None, device: str | None) -> Part:
    parsed = envelope.parse(jws, "forwarded bundle")

    def card_of(kid: str) -> Any:
        key = ring.keys.get(kid)
        if key is None or key.status != "active" or key.card.party == B.SECRETARIAT:
            return None
        if party is not None and (key.card.party != party or key.card.device != device):
            return None
        return key.card

    kids = parsed.verified_kids(card_of)
    if not kids:
        why = ring.why_untrusted(s.kid for s in parsed.signatures)
        raise BundleRefused(
            "A forwarded bundle inside this bundle fails its own signature check ({reason}); "
            "the whole bundle is refused.",
            reason=why,
        )
    parsed.keep_payload_only()
    return Part(parsed, kids[0], jws)


def _check_direction(body: B.Body, own_party: str, own_device: str) -> None:
    if body.issuer.device == own_device:
        raise BundleRefused("This bundle was written by this installation; it is not imported.")
    if body.kind == B.STATE:
        if own_party != B.SECRETARIAT:
            raise BundleRefused(
                "This is a member state's bundle for the SCO Secretariat; member states import "
                "the Secretariat's consolidated bundles."
            )
        if body.audience != B.SECRETARIAT or body.issuer.party == B.SECRETARIAT:
            raise BundleRefused("This state bundle is not addressed to the Secretariat.")
    else:
        if own_party == B.SECRETARIAT:
            raise BundleRefused("The Secretariat does not import consolidated bundles.")
        if body.issuer.party != B.SECRETARIAT or body.audience != B.ALL:
            raise BundleRefused("This consolidated bundle was not issued by the Secretariat.")


def check_inner(checked: Verified, part: Part, reference: Any) -> B.Body:
    """Parse and check one inner bundle's body against the key that signed it and the
    bundle that carries it (called while applying, one inner bundle at a time)."""
    body = checked.body
    inner = B.check_body(part.envelope.body(), "forwarded bundle")
    key = checked.ring.keys[part.kid].card
    if inner.issuer.party != key.party or inner.issuer.device != key.device:
        raise BundleRefused("A forwarded bundle's sender does not match its signature.")
    if inner.issuer.kid not in {s.kid for s in part.envelope.signatures}:
        raise BundleRefused("A forwarded bundle does not name the key that signed it.")
    if inner.kind != B.STATE or inner.audience != B.ALL:
        raise BundleRefused("A forwarded bundle is not a member state's bundle for all.")
    sync_reference.check_sender(reference, inner.issuer.party)
    if body.kind == B.STATE and (
        inner.sequence != body.sequence or inner.issuer.device != body.issuer.device
    ):
        raise BundleRefused("The inner bundle does not match the bundle that carries it.")
    return inner


__all__ = ["Part", "Verified", "check_inner", "read_document", "verify"]
