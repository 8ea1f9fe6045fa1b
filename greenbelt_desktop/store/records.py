"""The record store facade: every local write goes through here.

A write validates the data in the domain layer, stamps the sync metadata
(UUID v7 id, owner party, hybrid-logical-clock version, change counter,
timestamps and author), projects the typed columns, keeps the search index
and the audit log in step, all in one transaction. Other parties' records are
read-only here: only their owner edits them (they arrive through sync).
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, delete, func, insert, select, update

from greenbelt_desktop.domain.clock import HybridLogicalClock
from greenbelt_desktop.domain.entities import DEFAULT_SHARING, ENTITIES, RECORD_ENTITIES
from greenbelt_desktop.domain.ids import new_id, normalise_uuid
from greenbelt_desktop.domain.reference import (
    SECRETARIAT,
    Reference,
    country_codes,
    default_reference,
)
from greenbelt_desktop.domain.reference_entries import REFERENCE_ENTITY
from greenbelt_desktop.domain.sharing import may_edit, narrowest
from greenbelt_desktop.domain.validation import UnknownEntity, validate_record, validate_sharing
from greenbelt_desktop.store import bulk, jsontext, models, projection, search
from greenbelt_desktop.store.reference_overlay import effective_reference
from greenbelt_desktop.store.search import SearchHit

Now = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def rfc3339(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class StoreError(Exception):
    """A refusal with a message a focal point understands; nothing was written."""


class NotInitialised(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "This installation is not set up yet: run 'greenbelt init --party CODE --name NAME'."
        )


class RecordNotFound(StoreError):
    def __init__(self, entity: str, record_id: str) -> None:
        super().__init__(f"There is no {entity} with id {record_id}.")
        self.entity, self.record_id = entity, record_id


class NotOwner(StoreError):
    def __init__(self, entity: str, record_id: str, origin: str, party_name: str) -> None:
        super().__init__(
            f"This {entity} belongs to {party_name} ({origin}); only its owner can change it. "
            "Nothing was changed."
        )
        self.entity, self.record_id, self.origin = entity, record_id, origin


class SecretariatOnly(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "Only the SCO Secretariat changes reference data; member states receive it in "
            "the Secretariat's consolidated bundles. Nothing was changed."
        )


@dataclass(frozen=True)
class Write:
    """Create ``id`` (when ``create``) or replace the data of an existing record."""

    entity: str
    id: str
    data: Mapping[str, Any]
    sharing: str | None = None
    create: bool = True


@dataclass(frozen=True)
class Installation:
    device: str
    party: str
    focal_point: str
    organisation: str
    created_at: str
    change_counter: int


@dataclass(frozen=True)
class Record:
    entity: str
    id: str
    origin: str
    version: str
    sharing: str
    deleted: bool
    created_at: str
    updated_at: str
    created_by: str
    updated_by: str
    change_counter: int | None
    data: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        """The record as the command line prints it: metadata, then the fields."""
        return {
            "id": self.id,
            "origin": self.origin,
            "sharing": self.sharing,
            "version": self.version,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "created_by": self.created_by,
            "updated_by": self.updated_by,
            **self.data,
        }


def table_of(entity: str) -> Table:
    model = models.RECORD_MODELS.get(entity)
    if model is None:
        raise UnknownEntity(entity)
    table: Table = model.__table__
    return table


AUDIT_LOG = cast(Table, models.AuditEntry.__table__)
AUDIT_COLUMNS = ("at", "author", "action", "entity", "record_id", "version", "origin", "detail")

# Metadata that Record.as_json() leaves out.
_HIDDEN_META = frozenset({"deleted", "change_counter"})
_META_COLUMNS = projection.META_COLUMNS  # ends with the data


def _record(entity: str, row: Any) -> Record:
    return Record(
        entity=entity,
        id=row.id,
        origin=row.origin,
        version=row.version,
        sharing=row.sharing,
        deleted=bool(row.deleted),
        created_at=row.created_at,
        updated_at=row.updated_at,
        created_by=row.created_by,
        updated_by=row.updated_by,
        change_counter=row.change_counter,
        data=jsontext.loads(row.data),
    )


def _split_content(entity: str, data: dict[str, Any]) -> tuple[dict[str, Any], bytes | None]:
    """An attachment's bytes live in their own column, not in the data JSON."""
    if entity != "attachment":
        return data, None
    stored = dict(data)
    content = base64.b64decode(stored.pop("content"))
    return stored, content


class Store:
    """The one way records are read and written locally. Thread-safe per call."""

    def __init__(
        self,
        engine: Engine,
        reference: Reference | None = None,
        now: Now = utc_now,
    ) -> None:
        self.engine = engine
        # The reference data shipped with the application (or given, in tests); the
        # effective reference data (``reference``) lays the Secretariat's entries over it.
        self.base_reference = reference or default_reference()
        self._reference: Reference | None = None
        self._now = now

    # -- reference data ------------------------------------------------------

    @property
    def reference(self) -> Reference:
        """The effective reference data: shipped, with the Secretariat's entries held here
        laid over it (``store.reference_overlay``). Every validation uses it. Read once,
        then again after each import and each local change of reference data."""
        current = self._reference
        if current is None:
            current = self.refresh_reference()
        return current

    def refresh_reference(self) -> Reference:
        """Read the effective reference data again (another process may have changed it)."""
        with self.engine.connect() as conn:
            current = effective_reference(conn, self.base_reference)
        self._reference = current
        return current

    def with_reference(self, reference: Reference) -> Store:
        """This store validating against ``reference``: an import validates the records of
        a bundle against the reference data that bundle brings, before it is committed."""
        view = copy.copy(self)
        view._reference = reference
        return view

    # -- installation --------------------------------------------------------

    def installation(self) -> Installation:
        with self.engine.connect() as conn:
            row = conn.execute(select(models.Installation.__table__)).first()
        if row is None:
            raise NotInitialised()
        return Installation(
            row.device,
            row.party,
            row.focal_point,
            row.organisation,
            row.created_at,
            row.change_counter,
        )

    def is_initialised(self) -> bool:
        with self.engine.connect() as conn:
            return (
                conn.execute(select(func.count()).select_from(models.Installation)).scalar_one() > 0
            )

    def initialise(
        self,
        party: str,
        focal_point: str,
        organisation: str = "",
        device: str | None = None,
        new_member: bool = False,
    ) -> Installation:
        """Set up this installation for ``party``. ``new_member``: a member state that
        joined after this release (any ISO 3166-1 code; the Secretariat's reference data
        names it when its first consolidated bundle arrives)."""
        party = party.upper()
        if new_member and party in country_codes():
            pass
        elif not self.reference.is_party(party) and party in country_codes():
            raise StoreError(
                f"'{party}' is not an SCO member state in this version's reference data. "
                "If it joined since, set up with --new-member (the Secretariat's reference "
                "data then names it); nothing was changed."
            )
        elif not self.reference.is_party(party):
            raise StoreError(
                f"'{party}' is not an SCO member state code or SECRETARIAT "
                f"(expected one of: {', '.join([*self.reference.member_states, 'SECRETARIAT'])})."
            )
        if not focal_point.strip():
            raise StoreError("The focal point's name is required.")
        if self.is_initialised():
            raise StoreError("This installation is already set up; nothing was changed.")
        with self.engine.begin() as conn:
            conn.execute(
                insert(models.Installation).values(
                    id=1,
                    device=device or new_id(),
                    party=party,
                    focal_point=focal_point.strip(),
                    organisation=organisation.strip(),
                    created_at=rfc3339(self._now()),
                    change_counter=0,
                    clock="",
                )
            )
        self.refresh_reference()
        return self.installation()

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        with self.engine.connect() as conn:
            value = conn.execute(
                select(models.Setting.value).where(models.Setting.key == key)
            ).scalar_one_or_none()
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(models.Setting).where(models.Setting.key == key))
            conn.execute(insert(models.Setting).values(key=key, value=value))

    # -- writing -------------------------------------------------------------

    class _Stamp:
        """Counter and clock of one write transaction."""

        def __init__(self, conn: Connection, now: dt.datetime) -> None:
            # Take the write lock before reading the counter (SQLite: the database's
            # write lock; PostgreSQL: the installation row), so that two writers at
            # once never read, and then use, the same counter.
            counter = models.Installation.change_counter
            conn.execute(update(models.Installation).values(change_counter=counter))
            row = conn.execute(select(models.Installation.__table__)).first()
            if row is None:
                raise NotInitialised()
            self.conn = conn
            self.party: str = row.party
            self.author: str = row.focal_point
            self.counter: int = row.change_counter
            self.clock = HybridLogicalClock(
                row.device, row.clock or None, now=lambda: int(now.timestamp() * 1000)
            )
            self.time = rfc3339(now)

        def next(self) -> tuple[int, str]:
            self.counter += 1
            return self.counter, self.clock.tick()

        def save(self) -> None:
            self.conn.execute(
                update(models.Installation).values(
                    change_counter=self.counter, clock=self.clock.last
                )
            )

    def _audit(self, conn: Connection, rows: Sequence[tuple[str, ...]]) -> None:
        bulk.insert_rows(conn, AUDIT_LOG, AUDIT_COLUMNS, rows)

    def add(
        self,
        entity: str,
        data: Mapping[str, Any],
        sharing: str | None = None,
        author: str | None = None,
    ) -> str:
        return self.add_many(entity, [(data, sharing)], author=author)[0]

    def add_many(
        self,
        entity: str,
        items: Iterable[tuple[Mapping[str, Any], str | None]],
        author: str | None = None,
    ) -> list[str]:
        """Validate every item, then insert them all in one transaction (or none)."""
        table_of(entity)  # an unknown kind is refused even with nothing to add
        pending = list(items)
        ids = [new_id() for _ in pending]
        writes = [
            Write(entity, record_id, data, sharing)
            for record_id, (data, sharing) in zip(ids, pending, strict=True)
        ]
        self.write_many(writes, author)
        return ids

    @staticmethod
    def _audit_row(
        at: str,
        author: str,
        action: str,
        entity: str,
        record_id: str,
        version: str,
        origin: str,
        detail: str,
    ) -> tuple[str, ...]:
        """An audit entry in ``AUDIT_COLUMNS`` order."""
        return (at, author, action, entity, record_id, version, origin, detail)

    def _owned_row(self, conn: Connection, entity: str, record_id: str, party: str) -> Any:
        table = table_of(entity)
        row = conn.execute(select(table).where(table.c.id == record_id)).first()
        if row is None:
            raise RecordNotFound(entity, record_id)
        if not may_edit(party, row.origin):
            raise NotOwner(entity, record_id, row.origin, self.reference.party_name(row.origin))
        return row

    def _full_data(self, entity: str, row: Any) -> dict[str, Any]:
        data: dict[str, Any] = jsontext.loads(row.data)
        if entity == "attachment" and row.content is not None:
            data["content"] = base64.b64encode(row.content).decode("ascii")
        return data

    def _attachment_level(
        self, conn: Connection, data: Mapping[str, Any], level: str, party: str
    ) -> str:
        """An attachment's sharing: never wider than its owner record's (BUNDLE-FORMAT.md
        §8.5). Only the owner record's party attaches files to it."""
        owner_entity, owner = str(data["owner_entity"]), str(data["owner"])
        row = self._owned_row(conn, owner_entity, owner, party)
        if row.deleted:
            raise RecordNotFound(owner_entity, owner)
        return narrowest(level, row.sharing)

    def _attachments_follow(
        self, conn: Connection, stamp: Any, entity: str, record_id: str, level: str, who: str
    ) -> list[tuple[str, ...]]:
        """The record's attachments take its new sharing (each a new version); returns
        their audit rows."""
        if entity not in RECORD_ENTITIES:
            return []
        table = table_of("attachment")
        rows = conn.execute(
            select(table.c.id, table.c.origin).where(
                table.c.owner == record_id,
                table.c.owner_entity == entity,
                table.c.origin == stamp.party,
                table.c.sharing != level,
            )
        ).fetchall()
        audit = []
        for row in rows:
            counter, version = stamp.next()
            conn.execute(
                update(table)
                .where(table.c.id == row.id)
                .values(
                    sharing=level,
                    version=version,
                    change_counter=counter,
                    updated_at=stamp.time,
                    updated_by=who,
                )
            )
            audit.append(
                self._audit_row(
                    stamp.time,
                    who,
                    "update",
                    "attachment",
                    row.id,
                    version,
                    row.origin,
                    '["sharing"]',
                )
            )
        return audit

    def update(
        self,
        entity: str,
        record_id: str,
        patch: Mapping[str, Any],
        sharing: str | None = None,
        author: str | None = None,
    ) -> Record:
        """Change the given fields; the others stay. Returns the updated record."""
        record_id = self._id(entity, record_id)
        table = table_of(entity)
        with self.engine.begin() as conn:
            stamp = self._Stamp(conn, self._now())
            row = self._owned_row(conn, entity, record_id, stamp.party)
            if row.deleted:
                raise RecordNotFound(entity, record_id)
            previous = self._full_data(entity, row)
            clean = validate_record(entity, {**previous, **patch}, self.reference)
            level = validate_sharing(entity, sharing or row.sharing)
            if entity == "attachment":
                level = self._attachment_level(conn, clean, level, stamp.party)
            changed = sorted(k for k in clean if clean.get(k) != previous.get(k))
            if level != row.sharing:
                changed.append("sharing")
            if not changed:
                return _record(entity, row)
            counter, version = stamp.next()
            who = author or stamp.author
            if level != row.sharing:
                self._audit(
                    conn, self._attachments_follow(conn, stamp, entity, record_id, level, who)
                )
            stored, content = _split_content(entity, clean)
            values = {
                "version": version,
                "sharing": level,
                "updated_at": stamp.time,
                "updated_by": who,
                "change_counter": counter,
                "data": jsontext.dumps(stored),
                **projection.columns(entity, clean),
            }
            if content is not None:
                values["content"] = content
            conn.execute(update(table).where(table.c.id == record_id).values(**values))
            projection.write_children(conn, entity, [(record_id, clean)])
            search.index(conn, entity, [(record_id, clean)])
            self._audit(
                conn,
                [
                    self._audit_row(
                        stamp.time,
                        who,
                        "update",
                        entity,
                        record_id,
                        version,
                        row.origin,
                        json.dumps(changed),
                    )
                ],
            )
            stamp.save()
            new_row = conn.execute(select(table).where(table.c.id == record_id)).one()
        if entity == REFERENCE_ENTITY:
            self.refresh_reference()
        return _record(entity, new_row)

    def delete(self, entity: str, record_id: str, author: str | None = None) -> None:
        """Turn the record into a tombstone (it keeps its data so it can be restored)."""
        self._set_deleted(entity, record_id, True, author)

    def restore_deleted(self, entity: str, record_id: str, author: str | None = None) -> None:
        """Undo a delete: the record comes back with a new version."""
        self._set_deleted(entity, record_id, False, author)

    def _set_deleted(self, entity: str, record_id: str, deleted: bool, author: str | None) -> None:
        record_id = self._id(entity, record_id)
        table = table_of(entity)
        with self.engine.begin() as conn:
            stamp = self._Stamp(conn, self._now())
            row = self._owned_row(conn, entity, record_id, stamp.party)
            if bool(row.deleted) == deleted:
                if deleted:
                    raise RecordNotFound(entity, record_id)
                return
            counter, version = stamp.next()
            who = author or stamp.author
            conn.execute(
                update(table)
                .where(table.c.id == record_id)
                .values(
                    deleted=deleted,
                    version=version,
                    updated_at=stamp.time,
                    updated_by=who,
                    change_counter=counter,
                )
            )
            data = self._full_data(entity, row)
            if deleted:
                search.remove(conn, [record_id])
                projection.write_children(conn, entity, [(record_id, None)])
            else:
                search.index(conn, entity, [(record_id, data)])
                projection.write_children(conn, entity, [(record_id, data)])
            action = "delete" if deleted else "restore"
            self._audit(
                conn,
                [
                    self._audit_row(
                        stamp.time, who, action, entity, record_id, version, row.origin, ""
                    )
                ],
            )
            stamp.save()
        if entity == REFERENCE_ENTITY:
            self.refresh_reference()

    def put_received(
        self,
        entity: str,
        items: Iterable[tuple[str, str, str, str, Mapping[str, Any]]],
        author: str = "",
    ) -> int:
        """Insert records owned by other parties, as received: (id, origin, version,
        sharing, data). Ids already held are left alone. Returns how many were new."""
        table = table_of(entity)
        now = rfc3339(self._now())
        names = projection.row_columns(entity)
        rows: list[tuple[Any, ...]] = []
        docs: list[tuple[str, dict[str, Any]]] = []
        with self.engine.begin() as conn:
            held = set(conn.execute(select(table.c.id)).scalars())
            for record_id, origin, version, sharing, data in items:
                if record_id in held:
                    continue
                clean = validate_record(entity, data, self.reference)
                stored, content = _split_content(entity, clean)
                row = (
                    record_id,
                    origin,
                    version,
                    validate_sharing(entity, sharing),
                    False,
                    now,
                    now,
                    author,
                    author,
                    None,
                    jsontext.dumps(stored),
                    *projection.values(entity, clean),
                )
                rows.append(row if content is None else (*row, content))
                docs.append((record_id, clean))
            if rows:
                bulk.insert_rows(conn, table, names, rows)
                projection.write_children(conn, entity, docs, fresh=True)
                search.index(conn, entity, docs, fresh=True)
        return len(rows)

    def write_many(self, writes: Sequence[Write], author: str | None = None) -> int:
        """Create or replace several kinds of record in one transaction (all or nothing).

        New records get their ids from the caller, so records written together can
        link to each other (a workbook's organisations and the projects naming them).
        Returns how many records were written.
        """
        with bulk.paused_gc():
            checked = [
                (w, validate_record(w.entity, w.data, self.reference), normalise_uuid(w.id))
                for w in writes
            ]
            if not checked:
                return 0
            touches_reference = any(w.entity == REFERENCE_ENTITY for w, _, _ in checked)
            with self.engine.connect() as conn, bulk.bulk_session(conn), conn.begin():
                self._write_checked(conn, checked, author, touches_reference)
        if touches_reference:
            self.refresh_reference()
        return len(checked)

    def _write_checked(
        self,
        conn: Connection,
        checked: Sequence[tuple[Write, dict[str, Any], str]],
        author: str | None,
        touches_reference: bool = False,
    ) -> None:
        stamp = self._Stamp(conn, self._now())
        if touches_reference and stamp.party != SECRETARIAT:
            raise SecretariatOnly()
        who = author or stamp.author
        party, time = stamp.party, stamp.time
        audit: list[tuple[str, ...]] = []
        # New rows go in as tuples with one executemany a kind, and child rows and the
        # search index are written per kind: per-record statements made a 10,000-row
        # workbook import spend most of its time compiling SQL.
        new_rows: dict[str, list[tuple[Any, ...]]] = {}
        created: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        changed_docs: dict[str, list[tuple[str, dict[str, Any]]]] = {}
        for write, clean, record_id in checked:
            entity = write.entity
            counter, version = stamp.next()
            stored, content = _split_content(entity, clean)
            data_text = jsontext.dumps(stored)
            if write.create:
                level = validate_sharing(entity, write.sharing or DEFAULT_SHARING[entity])
                if entity == "attachment":
                    level = self._attachment_level(conn, clean, level, party)
                row = (
                    record_id,
                    party,
                    version,
                    level,
                    False,
                    time,
                    time,
                    who,
                    who,
                    counter,
                    data_text,
                    *projection.values(entity, clean),
                )
                new_rows.setdefault(entity, []).append(row if content is None else (*row, content))
                created.setdefault(entity, []).append((record_id, clean))
                audit.append((time, who, "create", entity, record_id, version, party, ""))
                continue
            table = table_of(entity)
            row = self._owned_row(conn, entity, record_id, party)
            if row.deleted:
                raise RecordNotFound(entity, record_id)
            level = validate_sharing(entity, write.sharing or row.sharing)
            if entity == "attachment":
                level = self._attachment_level(conn, clean, level, party)
            previous = jsontext.loads(row.data)
            changed = sorted(k for k in clean if clean.get(k) != previous.get(k))
            if level != row.sharing:
                changed.append("sharing")
                audit += self._attachments_follow(conn, stamp, entity, record_id, level, who)
            values: dict[str, Any] = {
                "version": version,
                "sharing": level,
                "updated_at": time,
                "updated_by": who,
                "change_counter": counter,
                "data": data_text,
                **projection.columns(entity, clean),
            }
            if content is not None:
                values["content"] = content
            conn.execute(update(table).where(table.c.id == record_id).values(**values))
            changed_docs.setdefault(entity, []).append((record_id, clean))
            audit.append(
                (time, who, "update", entity, record_id, version, row.origin, json.dumps(changed))
            )
        for entity, rows in new_rows.items():
            bulk.insert_rows(conn, table_of(entity), projection.row_columns(entity), rows)
        for entity, docs in created.items():
            projection.write_children(conn, entity, docs, fresh=True)
            search.index(conn, entity, docs, fresh=True)
        for entity, docs in changed_docs.items():
            projection.write_children(conn, entity, docs)
            search.index(conn, entity, docs)
        self._audit(conn, audit)
        stamp.save()

    # -- reading -------------------------------------------------------------

    @staticmethod
    def _id(entity: str, record_id: str) -> str:
        try:
            return normalise_uuid(record_id)
        except ValueError:
            raise RecordNotFound(entity, record_id) from None

    def get(self, entity: str, record_id: str, include_deleted: bool = False) -> Record:
        record_id = self._id(entity, record_id)
        table = table_of(entity)
        with self.engine.connect() as conn:
            row = conn.execute(select(table).where(table.c.id == record_id)).first()
        if row is None or (row.deleted and not include_deleted):
            raise RecordNotFound(entity, record_id)
        record = _record(entity, row)
        if entity == "attachment":
            record.data["content"] = base64.b64encode(row.content).decode("ascii")
        return record

    def content(self, attachment_id: str) -> bytes:
        """The bytes of an attachment."""
        table = table_of("attachment")
        with self.engine.connect() as conn:
            value = conn.execute(
                select(table.c.content).where(table.c.id == self._id("attachment", attachment_id))
            ).scalar_one_or_none()
        if value is None:
            raise RecordNotFound("attachment", attachment_id)
        return bytes(value)

    def attachments_of(self, owner: str) -> list[Record]:
        """The live attachments of a record: only those of the record's own party (one
        received from another party before the record itself arrived is not shown)."""
        table = table_of("attachment")
        columns = [table.c[name] for name in _META_COLUMNS]
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(*columns, table.c.owner_entity)
                .where(table.c.owner == owner, table.c.deleted.is_(False))
                .order_by(table.c.file_name)
            ).fetchall()
            origins: dict[str, str | None] = {}
            for kind in {row.owner_entity for row in rows}:
                owner_table = table_of(kind) if kind in RECORD_ENTITIES else None
                origins[kind] = (
                    None
                    if owner_table is None
                    else conn.execute(
                        select(owner_table.c.origin).where(owner_table.c.id == owner)
                    ).scalar_one_or_none()
                )
        return [
            _record("attachment", row) for row in rows if row.origin == origins[row.owner_entity]
        ]

    def iter_records(
        self,
        entity: str,
        include_deleted: bool = False,
        order_by: str | None = None,
        batch_size: int = 5000,
    ) -> Iterator[Record]:
        """Every record of a kind, streamed in batches (memory stays flat)."""
        table = table_of(entity)
        columns = [table.c[name] for name in _META_COLUMNS]
        query = select(*columns)
        if not include_deleted:
            query = query.where(table.c.deleted.is_(False))
        sort = table.c[order_by] if order_by else table.c.id
        query = query.order_by(sort, table.c.id)
        with self.engine.connect() as conn:
            result = conn.execution_options(yield_per=batch_size).execute(query)
            for row in result:
                yield _record(entity, row)

    def iter_json(
        self, entity: str, order_by: str | None = None, batch_size: int = 5000
    ) -> Iterator[str]:
        """Each live record as the JSON text of ``Record.as_json()``, streamed.

        The stored data is already canonical JSON, so it is spliced after the
        metadata rather than parsed and dumped again (``list --json`` of 100,000
        records stays fast and flat in memory). Attachments carry no content here.
        """
        table = table_of(entity)
        meta = [table.c[name] for name in _META_COLUMNS[:-1] if name not in _HIDDEN_META]
        query = select(*meta, table.c.data).where(table.c.deleted.is_(False))
        sort = table.c[order_by] if order_by else table.c.id
        query = query.order_by(sort, table.c.id)
        names = [column.name for column in meta]
        with self.engine.connect() as conn:
            result = conn.execution_options(yield_per=batch_size).execute(query)
            for row in result:
                head = jsontext.dumps(dict(zip(names, row[:-1], strict=True)))
                body: str = row[-1]
                yield head if body == "{}" else head[:-1] + "," + body[1:]

    def count(self, entity: str, include_deleted: bool = False) -> int:
        table = table_of(entity)
        query = select(func.count()).select_from(table)
        if not include_deleted:
            query = query.where(table.c.deleted.is_(False))
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def titles(self, entity: str, ids: Iterable[str]) -> dict[str, str]:
        """Display names of linked records, by id (deleted ones included)."""
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        table = table_of(entity)
        name = table.c[projection.PROJECTED[entity][0]]
        with self.engine.connect() as conn:
            rows = conn.execute(select(table.c.id, name).where(table.c.id.in_(wanted))).fetchall()
        return {row[0]: row[1] for row in rows}

    def search(
        self, words: str, limit: int = 50, entities: Sequence[str] | None = None
    ) -> list[SearchHit]:
        for entity in entities or ():
            if entity not in ENTITIES:
                raise UnknownEntity(entity)
        with self.engine.connect() as conn:
            return search.query(conn, words, limit, entities)

    def audit_log(self, record_id: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
        table = models.AuditEntry.__table__
        query = select(table).order_by(table.c.seq.desc()).limit(limit)
        if record_id:
            query = query.where(table.c.record_id == record_id)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]


__all__ = [
    "RECORD_ENTITIES",
    "Installation",
    "NotInitialised",
    "NotOwner",
    "Record",
    "RecordNotFound",
    "SearchHit",
    "SecretariatOnly",
    "Store",
    "StoreError",
]
