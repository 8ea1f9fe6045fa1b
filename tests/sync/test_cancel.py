"""Cancelling an export, a consolidation or an import leaves nothing behind.

Each job is cancelled at its first, a middle and its last checkpoint (the one
just before the commit); the database dump is compared before and after, and
no file is left: no bundle, no temporary file, nothing in the ledger of
refusals. The last checkpoint is found by running the same job to the end on a
twin of the installation (a copy of its database and keys).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from greenbelt_desktop.store.home import DATABASE_FILE, Home
from greenbelt_desktop.store.progress import Cancelled
from greenbelt_desktop.sync import consolidate, export, importer
from tests.sync.conftest import PASSPHRASE, PROJECT, Site

ORGANISATION = {"name": "Ministry of Ecology", "kind": "ministry", "country": "KZ"}


class CancelAt:
    """``cancelled()`` for a job: counts the checkpoints and answers yes from ``at`` on."""

    def __init__(self, at: int | None = None) -> None:
        self.at, self.calls = at, 0

    def __call__(self) -> bool:
        self.calls += 1
        return self.at is not None and self.calls >= self.at


@dataclass
class Job:
    """One operation of one installation, run with or without callbacks."""

    site: Site
    run: Callable[[Site, Any, Any], Any]


def files_of(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` but databases, backups and twins, with a hash of its
    content."""
    out = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if not path.is_file() or {"backups", "twins"} & set(relative.parts):
            continue
        if path.name.startswith(DATABASE_FILE):
            continue
        out[str(relative)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


@pytest.fixture
def twin(tmp_path: Path) -> Iterator[Callable[[Site], Site]]:
    """``twin(site)``: a copy of an installation in a folder of its own."""
    made: list[Site] = []

    def make(site: Site) -> Site:
        home = Home(tmp_path / "twins" / site.name)
        home.path.mkdir(parents=True)
        source = sqlite3.connect(site.home.database_path)
        target = sqlite3.connect(home.database_path)
        source.backup(target)
        source.close()
        target.close()
        shutil.copytree(site.home.keys_dir, home.keys_dir)
        copy = Site(site.name, home, home.open_store(), site.card, home.path)
        made.append(copy)
        return copy

    yield make
    for site in made:
        site.store.engine.dispose()


def _export(name: str) -> Callable[[Site, Any, Any], Any]:
    def run(site: Site, progress: Any, cancelled: Any) -> Any:
        target = site.work / name
        return export.export_bundle(
            site.store, site.home.keys_dir, PASSPHRASE, target, progress=progress,
            cancelled=cancelled,
        )  # fmt: skip

    return run


def _consolidate(name: str) -> Callable[[Site, Any, Any], Any]:
    def run(site: Site, progress: Any, cancelled: Any) -> Any:
        target = site.work / name
        return consolidate.consolidate(
            site.store, site.home.keys_dir, PASSPHRASE, target, progress=progress,
            cancelled=cancelled,
        )  # fmt: skip

    return run


def _import(bundle: Path) -> Callable[[Site, Any, Any], Any]:
    def run(site: Site, progress: Any, cancelled: Any) -> Any:
        return importer.import_bundle(
            site.home, site.store, bundle, progress=progress, cancelled=cancelled
        )

    return run


def _with_records(site: Site, title: str) -> None:
    """Records of several kinds at both levels that travel (and one that never does)."""
    for number in range(3):
        site.store.add("project", {**PROJECT, "title": f"{title} {number}"}, "members")
    site.store.add("project", {**PROJECT, "title": f"{title} for the Secretariat"}, "secretariat")
    site.store.add("organisation", ORGANISATION, "members")
    site.store.add("contact", {"full_name": f"Focal point of {title}"}, "secretariat")
    site.store.add("project", {**PROJECT, "title": f"{title} draft"}, "private")


@pytest.fixture(params=["export", "consolidate", "import state", "import consolidated"])
def job(request: pytest.FixtureRequest, make_site: Callable[..., Site], tmp_path: Path) -> Job:
    kz, cn, sec = make_site("kz", "KZ"), make_site("cn", "CN"), make_site("sec", "SECRETARIAT")
    for one, other in ((sec, kz), (sec, cn), (kz, sec), (cn, sec)):
        one.trust(other)
    _with_records(kz, "Kazakhstan")
    _with_records(cn, "China")
    if request.param == "export":
        return Job(kz, _export("kz-out.gbundle"))
    if request.param == "import state":
        return Job(sec, _import(kz.export()))
    sec.receive(kz.export())
    sec.receive(cn.export())
    sec.store.add("project", {**PROJECT, "title": "Secretariat's own"}, "members")
    if request.param == "consolidate":
        return Job(sec, _consolidate("sec-out.gbundle"))
    return Job(kz, _import(sec.export()))


def checkpoints(job: Job, twin: Callable[[Site], Site]) -> int:
    """How many checkpoints the job passes when nobody cancels (counted on a twin)."""
    counter = CancelAt()
    job.run(twin(job.site), None, counter)
    return counter.calls


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_a_cancel_at_a_checkpoint_leaves_nothing_behind(
    job: Job, twin: Callable[[Site], Site], where: str, tmp_path: Path
) -> None:
    total = checkpoints(job, twin)
    assert total >= 6, "every job has checkpoints between its batches"
    at = {"first": 1, "middle": total // 2, "last": total}[where]
    site = job.site
    database, files = site.dump(), files_of(tmp_path)
    reports: list[tuple[int, int]] = []
    cancel = CancelAt(at)
    with pytest.raises(Cancelled):
        job.run(site, lambda done, all_: reports.append((done, all_)), cancel)
    assert cancel.calls == at  # it stopped at that checkpoint, not later
    assert site.dump() == database
    assert files_of(tmp_path) == files  # no bundle, no .next or .partial, no refusal noted
    # Nothing was consumed or left locked: the same job now runs to the end.
    result = job.run(site, None, None)
    if isinstance(result, export.ExportSummary):
        assert result.sequence == 1
    elif isinstance(result, dict):
        assert result["sequence"] == 1
    else:
        assert result.totals["new"] > 0


def test_progress_moves_forward_to_its_end(job: Job) -> None:
    reports: list[tuple[int, int]] = []
    job.run(job.site, lambda done, total: reports.append((done, total)), None)
    dones = [done for done, _ in reports]
    assert len(reports) > 5
    assert dones == sorted(dones)
    assert {total for _, total in reports} == {1000}
    assert reports[-1] == (1000, 1000)
    assert len(set(dones)) > 4  # the bar moves, it does not jump from nothing to the end


def test_an_import_cancelled_after_its_backup_keeps_the_backup(
    make_site: Callable[..., Site],
) -> None:
    """The backup taken before an import is not undone by a cancel (it is harmless)."""
    kz, sec = make_site("kz", "KZ"), make_site("sec", "SECRETARIAT")
    sec.trust(kz)
    _with_records(kz, "Kazakhstan")
    bundle = kz.export()
    before = sec.dump()
    cancel_in_transaction = CancelAt(3)  # after reading, the inner bundle: under the lock
    with pytest.raises(Cancelled):
        importer.import_bundle(sec.home, sec.store, bundle, cancelled=cancel_in_transaction)
    assert sec.dump() == before
    assert len(list(sec.home.backups_dir.glob("*"))) == 1
    assert not (sec.home.path / "refused-bundles.jsonl").exists()


def test_a_failed_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    from greenbelt_desktop.sync import envelope

    target = tmp_path / "out.gbundle"

    def full_disk(count: int) -> None:
        raise OSError("No space left on device")

    with pytest.raises(OSError):
        envelope.write_parts(target, [b"x" * 10, b"y" * 10], full_disk)
    assert list(tmp_path.iterdir()) == []
