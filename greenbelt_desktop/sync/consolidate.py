"""The Secretariat's consolidated bundle (BUNDLE-FORMAT.md §6).

Carries the Secretariat's own ``members``-level records (all of them, so a
member that missed a bundle loses nothing), every member's inner bundle still
needed verbatim (one dropped only when none of its changes is still the
winning version here, or when its key was revoked or rotated out: the device
then sends a full export signed by its new key), the key registry and, per
device, the highest state bundle sequence applied.

Progress and cancel as in :mod:`export`: checkpoints while collecting, after
each inner bundle examined, after signing and each slice written, and a last
one just before the commit; a cancel leaves no file and no trace.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, func, select

from greenbelt_desktop.domain.ids import new_id
from greenbelt_desktop.store import models
from greenbelt_desktop.store.progress import CancelCheck, Progress, Tracker
from greenbelt_desktop.store.records import Store, rfc3339, table_of, utc_now
from greenbelt_desktop.store.replica import chunks, take_lock
from greenbelt_desktop.sync import body as B
from greenbelt_desktop.sync import envelope, keyring
from greenbelt_desktop.sync.errors import BundleRefused
from greenbelt_desktop.sync.export import (
    PROGRESS_TOTAL,
    ExportSummary,
    Written,
    collect,
    count_changes,
    next_sequence,
    payload,
    write_signed,
)
from greenbelt_desktop.sync.keyring import ACTIVE, Keyring
from greenbelt_desktop.sync.registry import registry_entries

FORWARDS = cast(Table, models.SyncForward.__table__)
DEVICES = cast(Table, models.SyncDevice.__table__)


def _still_needed(conn: Connection, ring: Keyring, jws_text: str) -> bool:
    jws = json.loads(jws_text)
    parsed = envelope.parse(jws, "forwarded bundle")
    if not any(s.kid in ring.keys and ring.keys[s.kid].status == ACTIVE for s in parsed.signatures):
        return False
    changes = json.loads(parsed.payload).get("changes", [])
    wanted: dict[str, dict[str, str]] = {}
    for change in changes:
        wanted.setdefault(change["entity"], {})[change["id"]] = change["version"]
    for entity, versions in wanted.items():
        table = table_of(entity)
        for part in chunks(list(versions)):
            rows = conn.execute(select(table.c.id, table.c.version).where(table.c.id.in_(part)))
            if any(versions[row.id] == row.version for row in rows):
                return True
    return False


def consolidate(
    store: Store,
    keys_dir: Path,
    passphrase: str | None,
    out: Path,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> dict[str, Any]:
    """Write the consolidated bundle to ``out``; returns a summary of what it carries."""
    installation = store.installation()
    if installation.party != B.SECRETARIAT:
        raise BundleRefused("Only the Secretariat writes consolidated bundles.")
    signers = keyring.signing_keys(store, keys_dir, passphrase)
    own = keyring.own_key(store)
    tracker = Tracker(PROGRESS_TOTAL, progress, cancelled)
    staging = out.with_name(out.name + ".next")
    with envelope.removed_on_failure(staging), store.engine.begin() as conn:
        take_lock(conn)
        tracker.check()
        counter = int(
            conn.execute(
                select(cast(Table, models.Installation.__table__).c.change_counter)
            ).scalar_one()
        )
        sequence = next_sequence(conn)
        summary = ExportSummary(new_id(), sequence, True)
        collecting = tracker.stage(250, count_changes(conn, B.SECRETARIAT, None))
        _, changes = collect(conn, B.SECRETARIAT, None, summary, collecting)
        collecting.finish()
        ring = Keyring.load(conn)
        forwarded: list[str] = []
        dropped = 0
        held = conn.execute(select(func.count()).select_from(FORWARDS)).scalar_one()
        examining = tracker.stage(250, int(held), step=1)
        for row in conn.execute(select(FORWARDS).order_by(FORWARDS.c.received_at)):
            examining.advance()
            if _still_needed(conn, ring, row.jws):
                forwarded.append(row.jws)
            else:
                dropped += 1
        examining.finish()
        acknowledged = {
            row.device: row.state_sequence
            for row in conn.execute(select(DEVICES).where(DEVICES.c.state_sequence > 0))
        }
        registry = registry_entries(ring)
        fields: dict[str, Any] = {
            "format": B.FORMAT,
            "format_version": B.FORMAT_VERSION,
            "schema_version": B.SCHEMA_VERSION,
            "kind": B.CONSOLIDATED,
            "bundle_id": summary.bundle_id,
            "issuer": {"party": B.SECRETARIAT, "device": installation.device, "kid": own.kid},
            "audience": B.ALL,
            "sequence": sequence,
            "created_at": rfc3339(utc_now()),
            "acknowledged": acknowledged,
            "registry": registry,
        }
        embedded = b",".join(text.encode("utf-8") for text in forwarded)
        signing = tracker.stage(50, 1, step=1)
        signed = envelope.sign_payload(
            payload(fields, changes, b',"forwarded":[' + embedded + b"]"), signers
        )
        del embedded
        signing.advance()
        report = {
            **summary.as_json(),
            "forwarded": len(forwarded),
            "forwarded_dropped": dropped,
            "registry": len(registry),
            "acknowledged": acknowledged,
        }
        write_signed(
            conn,
            signed,
            staging,
            tracker.stage(400, 0, step=1),
            Written(
                B.CONSOLIDATED,
                B.SECRETARIAT,
                installation.device,
                sequence,
                summary.bundle_id,
                counter,
                True,
                fields["created_at"],
                out.name,
            ),
            report,
        )
        del signed
        tracker.check()  # the last checkpoint: then commit, and the file takes its name
    staging.replace(out)
    tracker.finish()
    return report
