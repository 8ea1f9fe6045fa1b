"""Applying a verified bundle (BUNDLE-FORMAT.md §4 steps 2–4), inside the import's
transaction and lock.

:func:`apply` saves the keyring the verification produced (checking first
that no other import changed the keys meanwhile), then validates and writes
each part's changes: the Secretariat's reference data first (the records are
validated against it, see :mod:`sync.reference`), the outer changes, then
each inner bundle, parsed and checked one at a time
(:func:`sync.verify.check_inner`). For each record the higher ``version``
wins (last writer wins); a local edit not yet acknowledged that loses is kept
in the conflict log. :class:`Applier` holds what every part shares (the
connection, the report, the conflict threshold, the attachment budget).
"""

from __future__ import annotations

import json
from typing import Any, cast

from sqlalchemy import Connection, Table, func, insert, select, update

from greenbelt_desktop.domain.clock import (
    MAX_AHEAD_MS,
    HybridLogicalClock,
    parse_version,
    wall_millis,
)
from greenbelt_desktop.domain.entities import SYNCED_ENTITIES
from greenbelt_desktop.domain.validation import RecordInvalid, validate_record
from greenbelt_desktop.store import jsontext, models
from greenbelt_desktop.store.bulk import in_bulk_session
from greenbelt_desktop.store.progress import Tracker
from greenbelt_desktop.store.records import Store, rfc3339, table_of, utc_now
from greenbelt_desktop.store.replica import (
    Held,
    Received,
    chunks,
    held_records,
    write_received,
)
from greenbelt_desktop.sync import body as B
from greenbelt_desktop.sync import reference as sync_reference
from greenbelt_desktop.sync.attachments import foreign_attachments
from greenbelt_desktop.sync.errors import BundleRefused, Message
from greenbelt_desktop.sync.keyring import KEY_TABLE
from greenbelt_desktop.sync.report import Report
from greenbelt_desktop.sync.verify import Verified, check_inner

APPLIED = cast(Table, models.SyncApplied.__table__)
DEVICES = cast(Table, models.SyncDevice.__table__)
FORWARDS = cast(Table, models.SyncForward.__table__)
CONFLICTS = cast(Table, models.SyncConflict.__table__)
CLASHES = cast(Table, models.SyncClash.__table__)
DAY_MS = 24 * 60 * 60 * 1000
EXPORTS = cast(Table, models.SyncExport.__table__)
SETTINGS = cast(Table, models.Setting.__table__)
INSTALLATION = cast(Table, models.Installation.__table__)


@in_bulk_session  # the whole bundle: its changes are applied in bulk
def apply(
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
    held_keys = frozenset((row.kid, row.status) for row in conn.execute(select(KEY_TABLE)))
    if held_keys != checked.ring_state:  # another import changed the keys meanwhile
        raise BundleRefused("A key this bundle relies on is no longer trusted here.")
    report.keys += checked.keys
    checked.ring.save(conn, now)
    applier = Applier(conn, store, report, _conflict_threshold(conn, party), now, tracker)
    outer_sharing = B.SECRETARIAT_ONLY if body.kind == B.STATE else B.MEMBERS
    changes = body.raw.get("changes", [])
    if body.kind == B.CONSOLIDATED:
        # Reference data first: the records of this bundle are validated against it.
        first, changes = sync_reference.split_changes(changes)
        applier.apply_part(body, first, body.issuer.party, outer_sharing)
        applier.store = sync_reference.validating_store(conn, store)
    else:
        sync_reference.check_sender(store.reference, body.issuer.party)
    applier.apply_part(body, changes, body.issuer.party, outer_sharing)
    for part in checked.inner:
        tracker.check()
        inner = check_inner(checked, part, applier.store.reference)
        outcome = Message("already applied")
        if not is_applied(conn, inner.bundle_id):
            outcome = Message("applied")
            applier.apply_part(
                inner,
                inner.raw.get("changes", []),
                inner.issuer.party,
                B.MEMBERS,
                forwarded=body.kind == B.CONSOLIDATED,
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
    if applier.top_version:
        _observe(conn, applier.top_version)


class Applier:
    """Validates, decides and writes the changes of each part of one bundle."""

    def __init__(
        self,
        conn: Connection,
        store: Store,
        report: Report,
        threshold: int,
        now: str,
        tracker: Tracker,
    ) -> None:
        self.conn, self.store, self.report = conn, store, report
        self.threshold, self.now, self.tracker = threshold, now, tracker
        self.attachment_bytes = 0
        self.top_version = ""  # the highest version received (the clock observes it)
        self.clock_ms = wall_millis()  # this computer's clock
        # Every id this import applied, with its kind of record and owner: one id is one
        # record, also between the parts of one bundle (BUNDLE-FORMAT.md §8.2).
        self.claimed: dict[str, tuple[str, str]] = {}

    def apply_part(
        self,
        body: B.Body,
        raw_changes: list[Any],
        origin: str,
        sharing: str,
        forwarded: bool = False,
    ) -> None:
        """Validate, decide and write one part's changes. The tracker counts each change
        validated and each record written (checkpoints). ``forwarded``: an inner bundle of
        a consolidated bundle, whose changes dated too far ahead are kept back alone
        (elsewhere such a change refuses the whole bundle)."""
        if len(raw_changes) > B.MAX_CHANGES:
            raise BundleRefused("The bundle holds an absurd number of changes; it is refused.")
        by_entity: dict[str, dict[str, Received]] = {}
        for position, raw in enumerate(raw_changes):
            self.tracker.advance()
            change = B.check_change(raw, position, origin, sharing)
            data = self._validated(change, position) if change.data else None
            if self._too_far_ahead(body, change, position, forwarded, data):
                continue
            self.top_version = max(self.top_version, change.version)
            received = Received(
                change.id, change.origin, change.version, change.sharing, change.deleted, data
            )
            seen = by_entity.setdefault(change.entity, {})
            earlier = seen.get(change.id)
            if earlier is not None:
                self.report.count(change.entity, change.origin, "older")
                if earlier.version >= received.version:
                    continue
            seen[change.id] = received
        self.report.notes += foreign_attachments(self.conn, by_entity)  # §8.5
        for entity, items in by_entity.items():
            self.tracker.check()
            held = held_records(self.conn, entity, list(items))
            self._keep_clashes(entity, items, held, body)
            winners = self._decide(entity, items, held, body)
            for received in winners:
                self.claimed[received.id] = (entity, received.origin)
            write_received(
                self.conn,
                entity,
                winners,
                held,
                self.now,
                f"bundle {body.issuer.party}",
                body.bundle_id,
            )
            self.tracker.advance(len(items))

    def _too_far_ahead(
        self,
        body: B.Body,
        change: B.Change,
        position: int,
        forwarded: bool,
        data: dict[str, Any] | None,
    ) -> bool:
        """A change dated more than 24 hours ahead of this computer (§8.1): a state bundle
        or the Secretariat's own changes are refused whole; a forwarded change is kept
        back (listed with its sender) and the rest applies, so one member's clock never
        stops the others'. True when the change is kept back."""
        ahead = parse_version(change.version)[0] - self.clock_ms
        if ahead <= MAX_AHEAD_MS:
            return False
        days = max(1, round(ahead / DAY_MS))
        if not forwarded:
            raise BundleRefused(
                "The bundle's change {number} ({entity} {record_id}) is dated {days} days "
                "ahead of this computer: the sender's clock ({party}) is {days} days ahead. "
                "The bundle is refused.",
                number=position + 1,
                entity=change.entity,
                record_id=change.id,
                days=days,
                party=body.issuer.party,
            )
        received = Received(
            change.id, change.origin, change.version, change.sharing, change.deleted, data
        )
        self._keep("clock", change.entity, received, body, ("", "", ""))
        self.report.count(change.entity, change.origin, "clashes")
        return True

    def _keep_clashes(
        self, entity: str, items: dict[str, Received], held: dict[str, Held], body: B.Body
    ) -> None:
        """Take out of ``items`` every change whose id is already held under another kind
        of record or another owner (live, deleted, in the conflict log, or applied earlier
        in this import); each is kept in the clash list with its sender, and counted."""
        clashes: dict[str, tuple[str, str, str]] = {}
        for record_id, w in items.items():
            h = held.get(record_id)
            if h is not None and h.origin != w.origin:
                clashes[record_id] = (entity, h.origin, "deleted" if h.deleted else "live")
            elif h is None and record_id in self.claimed:
                claimed_entity, claimed_origin = self.claimed[record_id]
                if (claimed_entity, claimed_origin) != (entity, w.origin):
                    clashes[record_id] = (claimed_entity, claimed_origin, "bundle")
        fresh = [i for i in items if i not in held and i not in clashes]
        clashes.update(_held_elsewhere(self.conn, entity, fresh, items))
        for record_id, holder in clashes.items():
            received = items.pop(record_id)
            self._keep("id", entity, received, body, holder)
            self.report.count(entity, received.origin, "clashes")

    def _keep(
        self,
        reason: str,
        entity: str,
        w: Received,
        body: B.Body,
        holder: tuple[str, str, str],
    ) -> None:
        self.report.clashes.append(
            {
                "reason": reason,
                "entity": entity,
                "record_id": w.id,
                "origin": w.origin,
                "sender": body.issuer.party,
                "held_entity": holder[0],
                "held_origin": holder[1],
            }
        )
        self.conn.execute(
            insert(CLASHES).values(
                reason=reason,
                entity=entity,
                record_id=w.id,
                origin=w.origin,
                version=w.version,
                sharing=w.sharing,
                deleted=w.deleted,
                data=_data_text(entity, w.data) if w.data is not None else "{}",
                sender=body.issuer.party,
                sender_device=body.issuer.device,
                bundle_id=body.bundle_id,
                held_entity=holder[0],
                held_origin=holder[1],
                held_state=holder[2],
                at=self.now,
            )
        )

    def _validated(self, change: B.Change, position: int) -> dict[str, Any]:
        try:
            data = validate_record(change.entity, change.data, self.store.reference)
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
            self.attachment_bytes += int(data["size"])
            if self.attachment_bytes > B.MAX_ATTACHMENT_BYTES_PER_BUNDLE:
                raise BundleRefused(
                    "The bundle's attachments exceed {limit} MB; it is refused.",
                    limit=B.MAX_ATTACHMENT_BYTES_PER_BUNDLE // (1024 * 1024),
                )
        return data

    def _decide(
        self, entity: str, items: dict[str, Received], held: dict[str, Held], body: B.Body
    ) -> list[Received]:
        report = self.report
        winners: list[Received] = []
        conflicts: list[dict[str, Any]] = []
        for record_id, w in items.items():
            h = held.get(record_id)
            if h is None:
                report.count(entity, w.origin, "deleted" if w.deleted else "new")
                winners.append(w)
                continue
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
            if h.change_counter is not None and h.change_counter > self.threshold:
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
                        "at": self.now,
                        "restored_at": None,
                    }
                )
            winners.append(w)
        if conflicts:
            self.conn.execute(insert(CONFLICTS), conflicts)
        return winners


def _held_elsewhere(
    conn: Connection, entity: str, ids: list[str], items: dict[str, Received]
) -> dict[str, tuple[str, str, str]]:
    """Of ``ids`` (not held as ``entity``), those held as another kind of record, or in the
    conflict log under another kind or owner: id -> (its kind, its owner, where)."""
    found: dict[str, tuple[str, str, str]] = {}
    if not ids:
        return found
    for other in SYNCED_ENTITIES:
        if other == entity:
            continue
        table = table_of(other)
        for part in chunks(ids):
            query = select(table.c.id, table.c.origin, table.c.deleted).where(table.c.id.in_(part))
            for row in conn.execute(query):
                found.setdefault(row.id, (other, row.origin, "deleted" if row.deleted else "live"))
    for part in chunks(ids):
        query = select(CONFLICTS.c.record_id, CONFLICTS.c.entity, CONFLICTS.c.origin).where(
            CONFLICTS.c.record_id.in_(part)
        )
        for row in conn.execute(query):
            if (row.entity, row.origin) != (entity, items[row.record_id].origin):
                found.setdefault(row.record_id, (row.entity, row.origin, "conflict"))
    return found


def _conflict_threshold(conn: Connection, party: str) -> int:
    if party == B.SECRETARIAT:
        return int(
            conn.execute(select(func.coalesce(func.max(EXPORTS.c.change_counter), 0))).scalar_one()
        )
    row = conn.execute(
        select(SETTINGS.c.value).where(SETTINGS.c.key == "sync.acknowledged_counter")
    ).scalar_one_or_none()
    return int(row or 0)


def _data_text(entity: str, data: dict[str, Any]) -> str:
    if entity == "attachment":
        data = {k: v for k, v in data.items() if k != "content"}
    return jsontext.dumps(data)


def is_applied(conn: Connection, bundle_id: str) -> bool:
    done = select(APPLIED.c.bundle_id).where(APPLIED.c.bundle_id == bundle_id)
    return conn.execute(done).first() is not None


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


__all__ = ["Applier", "apply", "is_applied"]
