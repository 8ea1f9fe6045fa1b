"""The conflict log: local versions that lost to a received one while they held edits
the Secretariat had not yet acknowledged. Nothing is lost silently: each lost version
is kept and can be restored, which makes it a new local edit (that wins from then on).

Beside it, the clash list (BUNDLE-FORMAT.md §8.1–8.2): received changes that were
kept but not applied, with their sender: an id already held under another kind of
record or another owner (``reason`` "id"), or a version dated more than 24 hours
ahead of this computer in a forwarded bundle (``reason`` "clock"). They are shown,
never applied: the record this installation holds stays as it is.
"""

from __future__ import annotations

import json
from typing import Any, cast

from sqlalchemy import Table, select, update

from greenbelt_desktop.domain.entities import TITLE_FIELD
from greenbelt_desktop.store import models
from greenbelt_desktop.store.records import RecordNotFound, Store, rfc3339, utc_now
from greenbelt_desktop.sync.errors import SyncProblem

TABLE = cast(Table, models.SyncConflict.__table__)
CLASHES = cast(Table, models.SyncClash.__table__)


def list_conflicts(store: Store, include_restored: bool = False) -> list[dict[str, Any]]:
    query = select(TABLE).order_by(TABLE.c.id)
    if not include_restored:
        query = query.where(TABLE.c.restored_at.is_(None))
    with store.engine.connect() as conn:
        rows = [dict(row._mapping) for row in conn.execute(query)]
    for row in rows:
        row["data"] = json.loads(row["data"])
        row["deleted"] = bool(row["deleted"])
    return rows


def title_of(entity: str, data: dict[str, Any]) -> str:
    field = TITLE_FIELD.get(entity)
    return str(data.get(field) or "") if field else str(data.get("code") or "")


def differences(store: Store, conflict: dict[str, Any]) -> list[str]:
    """The fields in which a conflict's kept version differs from the record held now
    (with "deleted" and "sharing" when those differ)."""
    try:
        current = store.get(conflict["entity"], conflict["record_id"], include_deleted=True)
    except RecordNotFound:
        return ["deleted"]
    out = []
    if conflict["deleted"] != current.deleted:
        out.append("deleted")
    if conflict["sharing"] != current.sharing:
        out.append("sharing")
    kept = {} if conflict["deleted"] else conflict["data"]
    now = {} if current.deleted else current.data
    for name in sorted(set(kept) | set(now)):
        if name != "content" and kept.get(name) != now.get(name):
            out.append(name)
    return out


def list_clashes(store: Store) -> list[dict[str, Any]]:
    """Every change kept back, oldest first, with what this installation holds under its
    id (``held``: the record's kind, owner, state and title, or None)."""
    with store.engine.connect() as conn:
        rows = [dict(row._mapping) for row in conn.execute(select(CLASHES).order_by(CLASHES.c.id))]
    for row in rows:
        row["data"] = json.loads(row["data"])
        row["deleted"] = bool(row["deleted"])
        row["title"] = title_of(row["entity"], row["data"]) if row["data"] else ""
        row["held"] = None
        if row["held_entity"]:
            try:
                held = store.get(row["held_entity"], row["record_id"], include_deleted=True)
                title = title_of(row["held_entity"], held.data) if held.data else ""
            except RecordNotFound:
                title = ""
            row["held"] = {
                "entity": row["held_entity"],
                "origin": row["held_origin"],
                "state": row["held_state"],
                "title": title,
            }
        for key in ("held_entity", "held_origin", "held_state"):
            del row[key]
    return rows


def restore(store: Store, conflict_id: int) -> dict[str, Any]:
    """Bring a lost version back as a new local edit of the record."""
    with store.engine.connect() as conn:
        row = conn.execute(select(TABLE).where(TABLE.c.id == conflict_id)).first()
    if row is None:
        raise SyncProblem("There is no conflict number {number}.", number=conflict_id)
    if row.restored_at is not None:
        raise SyncProblem(
            "Conflict {number} was already restored on {date}.",
            number=conflict_id,
            date=row.restored_at,
        )
    entity, record_id = row.entity, row.record_id
    try:
        current = store.get(entity, record_id, include_deleted=True)
    except RecordNotFound:
        raise SyncProblem(
            "The {entity} of conflict {number} is no longer here.",
            entity=entity,
            number=conflict_id,
        ) from None
    if row.deleted:
        if not current.deleted:
            store.delete(entity, record_id)
    else:
        if current.deleted:
            store.restore_deleted(entity, record_id)
        data = json.loads(row.data)
        if entity == "attachment" and "content" not in data:
            data["content"] = store.get(entity, record_id, include_deleted=True).data["content"]
        store.update(entity, record_id, data, sharing=row.sharing)
    with store.engine.begin() as conn:
        conn.execute(
            update(TABLE).where(TABLE.c.id == conflict_id).values(restored_at=rfc3339(utc_now()))
        )
    return {"id": conflict_id, "entity": entity, "record_id": record_id}
