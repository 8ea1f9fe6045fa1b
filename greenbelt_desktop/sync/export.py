"""Writing a member state's bundle (BUNDLE-FORMAT.md §5): incremental by default.

Carries every non-private change of this installation's own records whose
change counter is above what the Secretariat acknowledged (``--full``: every
non-private own record). ``secretariat``-level changes go in the outer
``changes``; ``members``-level ones only in the inner bundle under
``forward``, signed separately with the same sequence so the Secretariat can
redistribute it verbatim. Tombstones travel with empty data. Change JSON is
assembled from the stored canonical data text, without re-parsing it.

No leaked ids (BUNDLE-FORMAT.md §8.3): a link in a sent record to a record its
recipients will not receive — a ``private`` one, or in the ``members`` part (the
inner bundle, the Secretariat's consolidated changes) a ``secretariat`` one — is left
out of the data sent: an optional link is emptied (null), a list of links loses that id, and
a row that exists only for the link (an event's participant, a project's partner) is
left out whole, so the data sent stays valid. Only records whose text holds such an
id are parsed again. The record here keeps its links.

Progress and cancel (``progress(done, total)``, ``cancelled()``): checkpoints
every 500 records and after each kind of record while collecting, around each
signature, after each slice of the file written, and a last one just before
the commit. A cancel rolls the transaction back and removes the file begun:
no bundle, no sequence number used, nothing in the ledger.
"""

from __future__ import annotations

import base64
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast, get_args

from sqlalchemy import Connection, Table, func, select

from greenbelt_desktop.domain.entities import LINKS, MODELS, SYNCED_ENTITIES
from greenbelt_desktop.domain.ids import new_id
from greenbelt_desktop.domain.sharing import MEMBERS, PRIVATE, SECRETARIAT_ONLY
from greenbelt_desktop.store import jsontext, models
from greenbelt_desktop.store.progress import CancelCheck, Progress, Tracker
from greenbelt_desktop.store.records import Store, rfc3339, table_of, utc_now
from greenbelt_desktop.store.replica import take_lock
from greenbelt_desktop.sync import body as B
from greenbelt_desktop.sync import envelope, keyring, ledger
from greenbelt_desktop.sync.errors import BundleRefused

EXPORTS = cast(Table, models.SyncExport.__table__)
DEVICES = cast(Table, models.SyncDevice.__table__)
# Progress is reported in thousandths of the whole job, shared out among its phases.
PROGRESS_TOTAL = 1000


@dataclass
class ExportSummary:
    """What a bundle carries (or would carry): counts per entity and sharing level."""

    bundle_id: str
    sequence: int
    full: bool
    counts: Counter[tuple[str, str, str]] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def as_json(self) -> dict[str, Any]:
        rows = [
            {"entity": e, "sharing": s, "change": c, "count": n}
            for (e, s, c), n in sorted(self.counts.items())
        ]
        return {
            "bundle_id": self.bundle_id,
            "sequence": self.sequence,
            "full": self.full,
            "total": self.total,
            "changes": rows,
        }

    def lines(self) -> list[str]:
        if not self.total:
            return ["No changes to send: the bundle carries only acknowledgements."]
        return [
            f"  {row['entity']:<15} {row['sharing']:<12} {row['change']:<8} {row['count']}"
            for row in self.as_json()["changes"]
        ]


def acknowledged_counter(store: Store) -> int:
    return int(store.get_setting("sync.acknowledged_counter", "0") or 0)


_ID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
LINK_TARGETS = tuple(sorted({target for links in LINKS.values() for _, target in links}))


@dataclass(frozen=True)
class Withheld:
    """The ids a part of a bundle must not name (§8.3): ``private`` records, and for the
    ``members`` part ``secretariat`` records too (of any owner: the Secretariat holds
    members' ``secretariat`` records)."""

    private: frozenset[str]
    secretariat: frozenset[str]

    @classmethod
    def load(cls, conn: Connection) -> Withheld:
        found: dict[str, set[str]] = {PRIVATE: set(), SECRETARIAT_ONLY: set()}
        for entity in LINK_TARGETS:
            table = table_of(entity)
            rows = conn.execute(
                select(table.c.id, table.c.sharing).where(table.c.sharing.in_(list(found)))
            )
            for row in rows:
                found[row.sharing].add(row.id)
        return cls(frozenset(found[PRIVATE]), frozenset(found[SECRETARIAT_ONLY]))

    def ids_for(self, sharing: str) -> frozenset[str]:
        return self.private | self.secretariat if sharing == MEMBERS else self.private


def _row_model(entity: str, field_name: str) -> Any:
    """The model of the rows of a list field (``participants`` -> Participant)."""
    annotation = MODELS[entity].model_fields[field_name].annotation
    return get_args(annotation)[0]


def without_links(entity: str, data: dict[str, Any], withheld: frozenset[str]) -> dict[str, Any]:
    """``data`` without its links to ``withheld`` ids (a new dict; ``data`` is kept)."""
    out = dict(data)
    for path, _target in LINKS.get(entity, ()):
        name, _, sub = path.partition(".")
        value = out.get(name)
        if sub and isinstance(value, list):
            required = _row_model(entity, name).model_fields[sub].is_required()
            rows: list[Any] = []
            for row in value:
                if isinstance(row, dict) and row.get(sub) in withheld:
                    if required:
                        continue  # the row exists for the link alone
                    row = {**row, sub: None}
                rows.append(row)
            out[name] = rows
        elif isinstance(value, list):
            out[name] = [item for item in value if item not in withheld]
        elif isinstance(value, str) and value in withheld:
            out[name] = None
    return out


def _data_text(entity: str, row: Any, withheld: frozenset[str]) -> str:
    text = str(row.data)
    if not withheld or entity not in LINKS or withheld.isdisjoint(_ID_TEXT.findall(text)):
        return text
    return jsontext.dumps(without_links(entity, jsontext.loads(text), withheld))


def _change_bytes(entity: str, row: Any, withheld: frozenset[str] = frozenset()) -> bytes:
    head = jsontext.dumps(
        {
            "entity": entity,
            "id": row.id,
            "origin": row.origin,
            "version": row.version,
            "deleted": bool(row.deleted),
            "sharing": row.sharing,
        }
    )
    if row.deleted:
        data = "{}"
    elif entity == "attachment":
        stored = jsontext.loads(row.data)
        stored["content"] = base64.b64encode(row.content).decode("ascii")
        data = jsontext.dumps(stored)
    else:
        data = _data_text(entity, row, withheld)
    return f'{head[:-1]},"data":{data}}}'.encode()


def _changes_query(entity: str, party: str, since: int | None) -> Any:
    table = table_of(entity)
    cols = [table.c[n] for n in ("id", "origin", "version", "deleted", "sharing", "data")]
    if entity == "attachment":
        cols.append(table.c.content)
    query = select(*cols).where(table.c.origin == party, table.c.sharing != PRIVATE)
    if since is not None:
        query = query.where(table.c.change_counter > since)
    return query.order_by(table.c.version)


def count_changes(conn: Connection, party: str, since: int | None) -> int:
    """How many changes :func:`collect` will gather (for its progress)."""
    total = 0
    for entity in SYNCED_ENTITIES:
        query = _changes_query(entity, party, since).order_by(None)
        total += int(conn.execute(select(func.count()).select_from(query.subquery())).scalar_one())
    return total


def collect(
    conn: Connection,
    party: str,
    since: int | None,
    summary: ExportSummary,
    tracker: Tracker | None = None,
) -> tuple[list[bytes], list[bytes]]:
    """(secretariat-level changes, members-level changes) to send, as JSON bytes;
    ``tracker`` counts one item per change and checks after each kind of record."""
    tracker = tracker or Tracker(0)
    outer: list[bytes] = []
    inner: list[bytes] = []
    withheld = Withheld.load(conn)
    for entity in SYNCED_ENTITIES:  # reference data first (the Secretariat's only)
        for row in conn.execute(_changes_query(entity, party, since)):
            sent = _change_bytes(entity, row, withheld.ids_for(row.sharing))
            (inner if row.sharing == MEMBERS else outer).append(sent)
            change = "deleted" if row.deleted else "live"
            summary.counts[(entity, row.sharing, change)] += 1
            tracker.advance()
        tracker.check()
    return outer, inner


def payload(fields: dict[str, Any], changes: list[bytes], before: bytes = b"") -> bytes:
    """The body's JSON: ``fields``, then ``before`` (pre-encoded members, e.g. an inner
    bundle), then the changes; each change is copied once."""
    head = jsontext.dumps(fields).encode("utf-8")[:-1]
    parts = [head, before, b',"changes":[']
    for number, change in enumerate(changes):
        if number:
            parts.append(b",")
        parts.append(change)
    parts.append(b"]}")
    return b"".join(parts)


def _acknowledgements(conn: Connection) -> dict[str, int]:
    rows = conn.execute(
        select(DEVICES.c.device, DEVICES.c.consolidated_sequence).where(
            DEVICES.c.consolidated_sequence > 0
        )
    )
    return {row.device: row.consolidated_sequence for row in rows}


def next_sequence(conn: Connection) -> int:
    return (
        int(conn.execute(select(func.coalesce(func.max(EXPORTS.c.sequence), 0))).scalar_one()) + 1
    )


def export_bundle(
    store: Store,
    keys_dir: Path,
    passphrase: str | None,
    out: Path | None,
    full: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ExportSummary:
    """Write the state bundle to ``out`` (or, ``dry_run``, only say what it would carry)."""
    installation = store.installation()
    if installation.party == B.SECRETARIAT:
        raise BundleRefused(
            "The Secretariat writes consolidated bundles: use 'greenbelt bundle consolidate'."
        )
    full = full or store.get_setting("sync.full_export_pending") == "1"
    signers = [] if dry_run else keyring.signing_keys(store, keys_dir, passphrase)
    own = keyring.own_key(store)
    rotation = own.rotation if store.get_setting("sync.rotation_pending") else None
    since = None if full else acknowledged_counter(store)
    tracker = Tracker(PROGRESS_TOTAL, progress, cancelled)
    staging = None if dry_run or out is None else out.with_name(out.name + ".next")
    with envelope.removed_on_failure(staging), store.engine.begin() as conn:
        if not dry_run:
            take_lock(conn)
        tracker.check()
        counter = int(
            conn.execute(
                select(cast(Table, models.Installation.__table__).c.change_counter)
            ).scalar_one()
        )
        sequence = next_sequence(conn)
        summary = ExportSummary(new_id(), sequence, full)
        collecting = tracker.stage(400, count_changes(conn, installation.party, since))
        outer, inner = collect(conn, installation.party, since, summary, collecting)
        collecting.finish()
        if dry_run:
            conn.rollback()
            return summary
        assert out is not None and staging is not None
        common = {
            "format": B.FORMAT,
            "format_version": B.FORMAT_VERSION,
            "schema_version": B.SCHEMA_VERSION,
            "kind": B.STATE,
            "issuer": {"party": installation.party, "device": installation.device, "kid": own.kid},
            "sequence": sequence,
            "created_at": rfc3339(utc_now()),
            "acknowledged": _acknowledgements(conn),
        }
        fields: dict[str, Any] = {
            **common,
            "bundle_id": summary.bundle_id,
            "audience": B.SECRETARIAT,
        }
        if rotation:
            fields["key_rotation"] = json.loads(rotation)
        signing = tracker.stage(100, 2, step=1)
        forward = b""
        if inner:
            inner_fields = {**common, "bundle_id": new_id(), "audience": B.ALL}
            signed_inner = envelope.sign_payload(payload(inner_fields, inner), signers)
            inner.clear()
            forward = b"".join([b',"forward":', *signed_inner.parts()])
            del signed_inner
        signing.advance()
        outer_payload = payload(fields, outer, forward)
        del forward, outer
        signed = envelope.sign_payload(outer_payload, signers)
        del outer_payload
        signing.advance()
        write_signed(
            conn,
            signed,
            staging,
            tracker.stage(450, 0, step=1),
            Written(
                B.STATE,
                installation.party,
                installation.device,
                sequence,
                summary.bundle_id,
                counter,
                full,
                str(common["created_at"]),
                out.name,
            ),
            summary.as_json(),
        )
        del signed
        if full:
            _clear_setting(conn, "sync.full_export_pending")
        if rotation and store.get_setting("sync.rotation_sequence") is None:
            settings = cast(Table, models.Setting.__table__)
            conn.execute(
                settings.insert().values(key="sync.rotation_sequence", value=str(sequence))
            )
        tracker.check()  # the last checkpoint: then commit, and the file takes its name
    assert out is not None and staging is not None
    staging.replace(out)
    tracker.finish()
    return summary


@dataclass(frozen=True)
class Written:
    """Who wrote an exported bundle and what it covers (its row in ``sync_export``)."""

    kind: str
    party: str
    device: str
    sequence: int
    bundle_id: str
    change_counter: int
    full: bool
    created_at: str
    file_name: str


def write_signed(
    conn: Connection,
    signed: envelope.Signed,
    staging: Path,
    writing: Tracker,
    written: Written,
    report: dict[str, Any],
) -> None:
    """The tail every exported bundle shares (state and consolidated): write the signed
    JWS to ``staging`` in slices (``writing`` counts the bytes), then record the export
    and note it in the ledger, in ``conn``'s transaction. The caller renames ``staging``
    once the transaction commits."""
    parts = list(signed.parts())
    writing.expect(sum(len(part) for part in parts))
    envelope.write_parts(staging, parts, writing.advance)
    del parts
    conn.execute(
        EXPORTS.insert().values(
            sequence=written.sequence,
            bundle_id=written.bundle_id,
            change_counter=written.change_counter,
            full=written.full,
            created_at=written.created_at,
        )
    )
    ledger.record(
        conn,
        direction="export",
        outcome="written",
        bundle_id=written.bundle_id,
        kind=written.kind,
        party=written.party,
        device=written.device,
        sequence=written.sequence,
        file_name=written.file_name,
        report=report,
    )


def _clear_setting(conn: Connection, key: str) -> None:
    table = cast(Table, models.Setting.__table__)
    conn.execute(table.delete().where(table.c.key == key))


__all__ = [
    "ExportSummary",
    "Withheld",
    "Written",
    "acknowledged_counter",
    "export_bundle",
    "without_links",
    "write_signed",
]
