"""Importing a bundle: verify once, then apply all or nothing (BUNDLE-FORMAT.md §4).

1. :func:`sync.verify.verify` reads the file within the size limits, checks
   the JWS signatures against the keys trusted for the issuer (after a key
   rotation or the Secretariat's registry is taken into account, in memory)
   and every inner bundle's own signature. Nothing is written.
2. :func:`import_bundle` takes a backup, then in one transaction holding the
   import lock runs :func:`sync.apply.apply`: it saves the verified keyring,
   checks every body and change (``validate_record``), and applies the
   winners record by record by ``version`` (last writer wins; the
   Secretariat's reference data first, see :mod:`sync.reference`), logging
   local unacknowledged edits that lose as conflicts. A dry run runs exactly
   the same code and rolls the transaction back, so its report is the report
   the real import gives. A refusal rolls back: the database is as it was,
   and the refusal is noted beside it (see :mod:`ledger`).

Progress and cancel (``progress(done, total)``, ``cancelled()``): checkpoints
after reading, before each inner bundle is verified, every 500 changes while
validating and writing, before each kind of record and each inner bundle is
written, and a last one just before the commit. A cancel rolls back: nothing
is applied and nothing is noted in the ledger; the backup taken before stays.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, select

from greenbelt_desktop.store import models
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.progress import CancelCheck, Progress, Tracker
from greenbelt_desktop.store.records import Store, rfc3339, utc_now
from greenbelt_desktop.store.replica import take_lock
from greenbelt_desktop.sync import body as B
from greenbelt_desktop.sync import ledger
from greenbelt_desktop.sync.apply import apply, is_applied
from greenbelt_desktop.sync.errors import BundleRefused
from greenbelt_desktop.sync.keyring import Keyring
from greenbelt_desktop.sync.report import Report
from greenbelt_desktop.sync.verify import Verified, read_document, verify

DEVICES = cast(Table, models.SyncDevice.__table__)
# Progress in thousandths: reading, verifying the inner bundles, applying the changes.
PROGRESS_TOTAL, READ_SHARE, VERIFY_SHARE, APPLY_SHARE = 1000, 50, 150, 750


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
            apply(conn, store, checked, report, installation.party, installation.device, applying)
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
    return is_applied(conn, body.bundle_id)


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


__all__ = ["import_bundle", "read_document", "verify"]
