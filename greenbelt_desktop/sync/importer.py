"""Importing a bundle: verify, validate, apply all or nothing (BUNDLE-FORMAT.md §4).

1. :func:`verify` reads the file within the size limits, checks the JWS
   signatures against the keys trusted for the issuer (after a key rotation
   or the Secretariat's registry is taken into account) and every inner
   bundle's own signature. Nothing is written.
2. :func:`import_bundle` takes a backup, then in one transaction holding the
   import lock checks every body and change (``validate_record``), and
   applies the winners record by record by ``version`` (last writer wins;
   the Secretariat's reference data first, see :mod:`sync.reference`),
   logging local unacknowledged edits that lose as conflicts. A dry run runs
   exactly the same code and rolls the transaction back, so its report is the
   report the real import gives. A refusal rolls back: the database is as it
   was, and the refusal is noted beside it (see :mod:`ledger`).

Progress and cancel (``progress(done, total)``, ``cancelled()``): checkpoints
after reading, before each inner bundle is verified, every 500 changes while
validating and writing, before each kind of record and each inner bundle is
written, and a last one just before the commit. A cancel rolls back: nothing
is applied and nothing is noted in the ledger; the backup taken before stays.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, func, insert, select, update

from greenbelt_desktop.domain.clock import HybridLogicalClock
from greenbelt_desktop.domain.validation import RecordInvalid, validate_record
from greenbelt_desktop.store import jsontext, models
from greenbelt_desktop.store.bulk import in_bulk_session
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.progress import CancelCheck, Progress, Tracker
from greenbelt_desktop.store.records import Store, rfc3339, utc_now
from greenbelt_desktop.store.replica import Held, Received, held_records, take_lock, write_received
from greenbelt_desktop.sync import body as B
from greenbelt_desktop.sync import envelope, ledger
from greenbelt_desktop.sync import reference as sync_reference
from greenbelt_desktop.sync.errors import BundleRefused, KeyProblem, Message
from greenbelt_desktop.sync.keyring import Keyring
from greenbelt_desktop.sync.registry import apply_registry, apply_rotation
from greenbelt_desktop.sync.report import Report

APPLIED = cast(Table, models.SyncApplied.__table__)
DEVICES = cast(Table, models.SyncDevice.__table__)
FORWARDS = cast(Table, models.SyncForward.__table__)
CONFLICTS = cast(Table, models.SyncConflict.__table__)
EXPORTS = cast(Table, models.SyncExport.__table__)
SETTINGS = cast(Table, models.Setting.__table__)
INSTALLATION = cast(Table, models.Installation.__table__)
# Progress in thousandths: reading, verifying the inner bundles, applying the changes.
PROGRESS_TOTAL, READ_SHARE, VERIFY_SHARE, APPLY_SHARE = 1000, 50, 150, 750


@dataclass
class Part:
    """One signed set of changes: the outer bundle, or an inner (forwarded) one."""

    envelope: envelope.Envelope
    kid: str
    jws: Any  # the inner bundle's JWS object, kept verbatim (None for the outer bundle)


@dataclass
class Verified:
    body: B.Body
    outer: Part
    inner: list[Part]


def _active_card(ring: Keyring, kid: str) -> Any:
    key = ring.keys.get(kid)
    return key.card if key is not None and key.status == "active" else None


def verify(
    ring: Keyring, document: Any, own_party: str, own_device: str, tracker: Tracker | None = None
) -> Verified:
    """Check every signature (outer and inner) against ``ring``; ``ring`` takes in a key
    rotation or the Secretariat's registry. Nothing is written. ``tracker`` counts the
    inner bundles verified (a checkpoint before each)."""
    tracker = tracker or Tracker(0)
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
        if body.kind == B.STATE:
            apply_rotation(ring, body)
        else:
            apply_registry(ring, body)
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
    return Verified(body, Part(outer, body.issuer.kid, None), inner)


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


def read_document(path: Path) -> Any:
    return envelope.load_jws(envelope.read_bytes(path), path.name)


def import_bundle(
    home: Home,
    store: Store,
    path: Path,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Report:
    """Verify then apply a bundle file all or nothing; returns what it did (or would do)."""
    seen: dict[str, Any] = {}  # who the bundle is from, once verified (for the ledger)
    tracker = Tracker(PROGRESS_TOTAL, progress, cancelled)
    try:
        return _import(home, store, path, dry_run, seen, tracker)
    except BundleRefused as error:
        if not dry_run:
            ledger.record_refusal(home.path, path.name, str(error), seen, message=error.message)
        raise


def _import(
    home: Home, store: Store, path: Path, dry_run: bool, seen: dict[str, Any], tracker: Tracker
) -> Report:
    installation = store.installation()
    document = read_document(path)
    tracker.stage(READ_SHARE, 0).finish()
    tracker.check()
    with store.engine.connect() as conn:
        verifying = tracker.stage(VERIFY_SHARE, 0, step=1)
        checked = verify(
            Keyring.load(conn), document, installation.party, installation.device, verifying
        )
        verifying.finish()
        del document  # the parts keep what they need; a large bundle is big in memory
        body = checked.body
        seen.update(
            bundle_id=body.bundle_id,
            kind=body.kind,
            party=body.issuer.party,
            device=body.issuer.device,
            sequence=body.sequence,
        )
        report = Report(
            body.bundle_id, body.kind, body.issuer.party, body.issuer.device, body.sequence
        )
        if body.kind == B.CONSOLIDATED:
            _check_rollback(conn, body)
        if _already_applied(conn, body):
            return _replayed(home, path, report, seen, dry_run)
    if not dry_run and home.database_url is None:
        home.backups().create(f"before-import-{body.issuer.party}-{body.sequence}")
    with store.engine.connect() as conn:
        transaction = conn.begin()
        try:
            take_lock(conn, now=rfc3339(utc_now()))
            tracker.check()
            # Checked again under the lock: another import may have applied it meanwhile.
            if body.kind == B.CONSOLIDATED:
                _check_rollback(conn, body)
            if _already_applied(conn, body):
                transaction.rollback()
                return _replayed(home, path, report, seen, dry_run)
            applying = tracker.stage(APPLY_SHARE, 2 * _estimated_changes(checked))
            _apply(conn, store, checked, report, installation.party, installation.device, applying)
            applying.finish()
            if dry_run:
                transaction.rollback()
            else:
                ledger.record(
                    conn,
                    direction="import",
                    outcome="applied",
                    bundle_id=body.bundle_id,
                    kind=body.kind,
                    party=body.issuer.party,
                    device=body.issuer.device,
                    sequence=body.sequence,
                    file_name=path.name,
                    report=report.as_json(),
                )
                tracker.check()  # the last checkpoint before the commit
                transaction.commit()
                store.refresh_reference()
        except BaseException:
            if transaction.is_active:
                transaction.rollback()
            raise
    tracker.finish()
    return report


def _estimated_changes(checked: Verified) -> int:
    """The changes to apply, for progress: the inner bundles are parsed only one at a time
    while applying (memory), so their changes are counted in their payload's text."""
    count = len(checked.body.raw.get("changes", []))
    return count + sum(part.envelope.payload.count(b'"entity"') for part in checked.inner)


def _already_applied(conn: Connection, body: B.Body) -> bool:
    done = select(APPLIED.c.bundle_id).where(APPLIED.c.bundle_id == body.bundle_id)
    return conn.execute(done).first() is not None


def _replayed(
    home: Home, path: Path, report: Report, seen: dict[str, Any], dry_run: bool
) -> Report:
    report.already_applied = True
    if not dry_run:
        ledger.record_refusal(home.path, path.name, "already applied", seen, "already applied")
    return report


def _check_rollback(conn: Connection, body: B.Body) -> None:
    row = conn.execute(select(DEVICES).where(DEVICES.c.device == body.issuer.device)).first()
    if row is None:
        return
    if body.sequence < row.consolidated_sequence:
        raise BundleRefused(
            "This consolidated bundle ({sequence}) is older than the last one imported "
            "({last}): it is refused as a rollback.",
            sequence=body.sequence,
            last=row.consolidated_sequence,
        )
    if body.sequence == row.consolidated_sequence and body.bundle_id != row.consolidated_bundle:
        raise BundleRefused(
            "Another consolidated bundle with sequence {sequence} was already imported; "
            "this one is refused.",
            sequence=body.sequence,
        )


@in_bulk_session  # the whole bundle: its changes are applied in bulk
def _apply(
    conn: Connection,
    store: Store,
    checked: Verified,
    report: Report,
    party: str,
    device: str,
    tracker: Tracker | None = None,
) -> None:
    """Apply a verified bundle; ``tracker`` counts two items per change (validated, then
    written)."""
    tracker = tracker or Tracker(0)
    body = checked.body
    now = rfc3339(utc_now())
    ring = Keyring.load(conn)
    if body.kind == B.STATE:
        report.keys += apply_rotation(ring, body)
    else:
        report.keys += apply_registry(ring, body)
    for part in (checked.outer, *checked.inner):
        if ring.trusted(part.kid, ring.keys[part.kid].card.party) is None:
            raise BundleRefused("A key this bundle relies on is no longer trusted here.")
    ring.save(conn, now)
    threshold = _conflict_threshold(conn, store, party)
    attachments = [0]

    def apply_part(part: B.Body, changes: list[Any], origin: str, sharing: str) -> str:
        return _apply_changes(
            conn,
            store,
            part,
            changes,
            origin,
            sharing,
            report,
            threshold,
            now,
            attachments,
            tracker,
        )

    outer_sharing = B.SECRETARIAT_ONLY if body.kind == B.STATE else B.MEMBERS
    changes = body.raw.get("changes", [])
    top_version = ""
    if body.kind == B.CONSOLIDATED:
        # Reference data first: the records of this bundle are validated against it.
        first, changes = sync_reference.split_changes(changes)
        top_version = apply_part(body, first, body.issuer.party, outer_sharing)
        store = sync_reference.validating_store(conn, store)  # for apply_part from here
    else:
        sync_reference.check_sender(store.reference, body.issuer.party)
    top_version = max(top_version, apply_part(body, changes, body.issuer.party, outer_sharing))
    for part in checked.inner:
        tracker.check()
        inner = B.check_body(part.envelope.body(), "forwarded bundle")
        key = ring.keys[part.kid].card
        if inner.issuer.party != key.party or inner.issuer.device != key.device:
            raise BundleRefused("A forwarded bundle's sender does not match its signature.")
        if inner.issuer.kid not in {s.kid for s in part.envelope.signatures}:
            raise BundleRefused("A forwarded bundle does not name the key that signed it.")
        if inner.kind != B.STATE or inner.audience != B.ALL:
            raise BundleRefused("A forwarded bundle is not a member state's bundle for all.")
        sync_reference.check_sender(store.reference, inner.issuer.party)
        if body.kind == B.STATE and (
            inner.sequence != body.sequence or inner.issuer.device != body.issuer.device
        ):
            raise BundleRefused("The inner bundle does not match the bundle that carries it.")
        done = conn.execute(
            select(APPLIED.c.bundle_id).where(APPLIED.c.bundle_id == inner.bundle_id)
        ).first()
        outcome = Message("already applied")
        if not done:
            outcome = Message("applied")
            top_version = max(
                top_version,
                apply_part(inner, inner.raw.get("changes", []), inner.issuer.party, B.MEMBERS),
            )
            _mark_applied(conn, inner, now)
        part.envelope.release()
        if body.kind == B.CONSOLIDATED:
            report.forwarded.append(
                {
                    "bundle_id": inner.bundle_id,
                    "party": inner.issuer.party,
                    "sequence": inner.sequence,
                    "outcome": outcome,
                }
            )
        elif party == B.SECRETARIAT:
            _keep_forward(conn, inner, part.jws, now)
    _mark_applied(conn, body, now)
    _note_device(conn, body, report, device)
    if top_version:
        _observe(conn, top_version)


def _conflict_threshold(conn: Connection, store: Store, party: str) -> int:
    if party == B.SECRETARIAT:
        return int(
            conn.execute(select(func.coalesce(func.max(EXPORTS.c.change_counter), 0))).scalar_one()
        )
    row = conn.execute(
        select(SETTINGS.c.value).where(SETTINGS.c.key == "sync.acknowledged_counter")
    ).scalar_one_or_none()
    return int(row or 0)


def _apply_changes(
    conn: Connection,
    store: Store,
    body: B.Body,
    raw_changes: list[Any],
    origin: str,
    sharing: str,
    report: Report,
    threshold: int,
    now: str,
    attachments: list[int],
    tracker: Tracker | None = None,
) -> str:
    """Validate, decide and write one part's changes; returns the highest version seen.
    ``tracker`` counts each change validated and each record written (checkpoints)."""
    tracker = tracker or Tracker(0)
    if len(raw_changes) > B.MAX_CHANGES:
        raise BundleRefused("The bundle holds an absurd number of changes; it is refused.")
    by_entity: dict[str, dict[str, Received]] = {}
    top = ""
    for position, raw in enumerate(raw_changes):
        tracker.advance()
        change = B.check_change(raw, position, origin, sharing)
        data: dict[str, Any] | None = None
        if change.data:
            try:
                data = validate_record(change.entity, change.data, store.reference)
            except RecordInvalid as error:
                raise BundleRefused(
                    "The bundle's change {number} ({entity} {record_id}) is invalid: "
                    "{issues}. Refused whole.",
                    number=position + 1,
                    entity=change.entity,
                    record_id=change.id,
                    issues=tuple(error.issues[:3]),
                ) from None
            if change.entity == "attachment":
                attachments[0] += int(data["size"])
                if attachments[0] > B.MAX_ATTACHMENT_BYTES_PER_BUNDLE:
                    raise BundleRefused(
                        "The bundle's attachments exceed {limit} MB; it is refused.",
                        limit=B.MAX_ATTACHMENT_BYTES_PER_BUNDLE // (1024 * 1024),
                    )
        top = max(top, change.version[:18])
        received = Received(
            change.id, change.origin, change.version, change.sharing, change.deleted, data
        )
        seen = by_entity.setdefault(change.entity, {})
        earlier = seen.get(change.id)
        if earlier is not None:
            report.count(change.entity, change.origin, "older")
            if earlier.version >= received.version:
                continue
        seen[change.id] = received
    for entity, items in by_entity.items():
        tracker.check()
        held = held_records(conn, entity, list(items))
        winners = _decide(conn, entity, items, held, report, threshold, body, now)
        write_received(
            conn, entity, winners, held, now, f"bundle {body.issuer.party}", body.bundle_id
        )
        tracker.advance(len(items))
    if not top:
        return ""
    return max((c.get("version", "") for c in raw_changes if isinstance(c, dict)), default="")


def _data_text(entity: str, data: dict[str, Any]) -> str:
    if entity == "attachment":
        data = {k: v for k, v in data.items() if k != "content"}
    return jsontext.dumps(data)


def _decide(
    conn: Connection,
    entity: str,
    items: dict[str, Received],
    held: dict[str, Held],
    report: Report,
    threshold: int,
    body: B.Body,
    now: str,
) -> list[Received]:
    winners: list[Received] = []
    conflicts: list[dict[str, Any]] = []
    for record_id, w in items.items():
        h = held.get(record_id)
        if h is None:
            report.count(entity, w.origin, "deleted" if w.deleted else "new")
            winners.append(w)
            continue
        if h.origin != w.origin:
            raise BundleRefused(
                "The bundle changes {entity} {record_id}, which belongs to {owner}, "
                "in the name of {origin}; it is refused whole.",
                entity=entity,
                record_id=record_id,
                owner=h.origin,
                origin=w.origin,
            )
        if w.version <= h.version:
            report.count(entity, w.origin, "unchanged" if w.version == h.version else "older")
            continue
        if w.deleted:
            category = "unchanged" if h.deleted else "deleted"
        elif h.deleted:
            category = "updated"
        else:
            same = w.data is not None and _data_text(entity, w.data) == h.data
            category = "unchanged" if same and w.sharing == h.sharing else "updated"
        report.count(entity, w.origin, category)
        if h.change_counter is not None and h.change_counter > threshold:
            report.count(entity, w.origin, "conflicts")
            conflicts.append(
                {
                    "entity": entity,
                    "record_id": record_id,
                    "origin": h.origin,
                    "lost_version": h.version,
                    "won_version": w.version,
                    "sharing": h.sharing,
                    "deleted": h.deleted,
                    "data": h.data,
                    "bundle_id": body.bundle_id,
                    "at": now,
                    "restored_at": None,
                }
            )
        winners.append(w)
    if conflicts:
        conn.execute(insert(CONFLICTS), conflicts)
    return winners


def _mark_applied(conn: Connection, body: B.Body, now: str) -> None:
    conn.execute(
        insert(APPLIED).values(
            bundle_id=body.bundle_id,
            device=body.issuer.device,
            sequence=body.sequence,
            kind=body.kind,
            applied_at=now,
        )
    )


def _keep_forward(conn: Connection, inner: B.Body, jws: Any, now: str) -> None:
    found = conn.execute(
        select(FORWARDS.c.bundle_id).where(FORWARDS.c.bundle_id == inner.bundle_id)
    )
    if found.first():
        return
    conn.execute(
        insert(FORWARDS).values(
            bundle_id=inner.bundle_id,
            device=inner.issuer.device,
            party=inner.issuer.party,
            sequence=inner.sequence,
            jws=json.dumps(jws, ensure_ascii=False, separators=(",", ":")),
            received_at=now,
        )
    )


def _note_device(conn: Connection, body: B.Body, report: Report, own_device: str) -> None:
    row = conn.execute(select(DEVICES).where(DEVICES.c.device == body.issuer.device)).first()
    if row is None:
        conn.execute(
            insert(DEVICES).values(
                device=body.issuer.device,
                party=body.issuer.party,
                state_sequence=0,
                consolidated_sequence=0,
                consolidated_bundle="",
            )
        )
        row = conn.execute(select(DEVICES).where(DEVICES.c.device == body.issuer.device)).one()
    if body.kind == B.STATE:
        if body.sequence < row.state_sequence:
            report.notes.append(
                Message(
                    "superseded: a later bundle from this device ({later}) was already "
                    "applied; only newer versions in this one were taken",
                    {"later": row.state_sequence},
                )
            )
        values = {"state_sequence": max(body.sequence, row.state_sequence)}
    else:
        values = {"consolidated_sequence": body.sequence, "consolidated_bundle": body.bundle_id}
        _acknowledge(conn, body.acknowledged.get(own_device), report)
    conn.execute(update(DEVICES).where(DEVICES.c.device == body.issuer.device).values(values))


def _acknowledge(conn: Connection, sequence: int | None, report: Report) -> None:
    """The Secretariat applied our bundle ``sequence``: what it covered need not travel again."""
    if not sequence:
        return
    covered = conn.execute(
        select(EXPORTS.c.change_counter).where(EXPORTS.c.sequence == sequence)
    ).scalar_one_or_none()
    if covered is None:
        return
    current = conn.execute(
        select(SETTINGS.c.value).where(SETTINGS.c.key == "sync.acknowledged_counter")
    ).scalar_one_or_none()
    if current is not None and int(current) >= covered:
        return
    conn.execute(SETTINGS.delete().where(SETTINGS.c.key == "sync.acknowledged_counter"))
    conn.execute(insert(SETTINGS).values(key="sync.acknowledged_counter", value=str(covered)))
    report.notes.append(
        Message("the Secretariat acknowledged our bundle {sequence}", {"sequence": sequence})
    )
    first = conn.execute(
        select(SETTINGS.c.value).where(SETTINGS.c.key == "sync.rotation_sequence")
    ).scalar_one_or_none()
    if first is not None and sequence >= int(first):
        conn.execute(
            SETTINGS.delete().where(
                SETTINGS.c.key.in_(["sync.rotation_sequence", "sync.rotation_pending"])
            )
        )


def _observe(conn: Connection, version: str) -> None:
    """Move this device's clock past every received version (later local edits win)."""
    row = conn.execute(select(INSTALLATION.c.device, INSTALLATION.c.clock)).one()
    clock = HybridLogicalClock(row.device, row.clock or None)
    clock.observe(version)
    if clock.last != row.clock:
        conn.execute(update(INSTALLATION).values(clock=clock.last))
