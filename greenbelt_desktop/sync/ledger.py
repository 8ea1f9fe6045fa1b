"""The ledger of exchanges: was this bundle sent, did it arrive, what did it do.

Every bundle written or applied is recorded in the ``sync_exchange`` table in
the same transaction as its effect. A refused bundle must leave the database
exactly as it was, so refusals are appended to ``HOME/refused-bundles.jsonl``
instead; :func:`history` merges both, oldest first.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, insert, select

from greenbelt_desktop.store import models
from greenbelt_desktop.store.records import Store, rfc3339, utc_now
from greenbelt_desktop.sync.errors import Message

TABLE = cast(Table, models.SyncExchange.__table__)
REFUSED_FILE = "refused-bundles.jsonl"


def record(
    conn: Connection,
    *,
    direction: str,
    outcome: str,
    bundle_id: str,
    kind: str,
    party: str,
    device: str,
    sequence: int,
    file_name: str,
    report: dict[str, Any],
) -> None:
    conn.execute(
        insert(TABLE).values(
            at=rfc3339(utc_now()),
            direction=direction,
            outcome=outcome,
            bundle_id=bundle_id,
            kind=kind,
            party=party,
            device=device,
            sequence=sequence,
            file_name=file_name,
            report=json.dumps(report, ensure_ascii=False),
        )
    )


def record_refusal(
    home: Path,
    file_name: str,
    reason: str,
    raw_header: dict[str, Any],
    outcome: str = "refused",
    message: Message | None = None,
) -> None:
    """Note a refused (or replayed) bundle beside the database, which stays untouched;
    ``message`` is the refusal's template and values (the GUI shows it translated)."""
    report: dict[str, Any] = {"reason": reason}
    if message is not None:
        report["message"] = message.as_json()
    entry = {
        "at": rfc3339(utc_now()),
        "direction": "import",
        "outcome": outcome,
        "bundle_id": str(raw_header.get("bundle_id", "")),
        "kind": str(raw_header.get("kind", "")),
        "party": str(raw_header.get("party", "")),
        "device": str(raw_header.get("device", "")),
        "sequence": raw_header.get("sequence")
        if isinstance(raw_header.get("sequence"), int)
        else 0,
        "file_name": file_name,
        "report": report,
    }
    home.mkdir(parents=True, exist_ok=True)
    with open(home / REFUSED_FILE, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry, ensure_ascii=False) + "\n")


def history(store: Store, home: Path) -> list[dict[str, Any]]:
    """Every exchange, oldest first: exports, imports (applied, already applied) and refusals."""
    with store.engine.connect() as conn:
        rows = [dict(row._mapping) for row in conn.execute(select(TABLE).order_by(TABLE.c.seq))]
    for row in rows:
        row.pop("seq", None)
        row["report"] = json.loads(row["report"])
    refused = home / REFUSED_FILE
    if refused.exists():
        for line in refused.read_text(encoding="utf-8").splitlines():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    rows.sort(key=lambda row: str(row.get("at", "")))
    return rows
