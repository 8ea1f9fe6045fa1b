"""Property: installations that exchange bundles in any order converge, losing nothing.

Three member installations (two laptops of Kazakhstan, one of China) and the
Secretariat make random additions, edits and deletions; bundles are exported
at random, imported by the Secretariat in random order, duplicated or never
(a lost USB stick); consolidated bundles reach members in random order (older
ones are refused as rollbacks). After a final round every installation holds
the same data for every shared record, and every edit that did not survive
is in the ancestry of the surviving version or of a conflict entry on the
laptop that made it (or had been acknowledged by the Secretariat, when last
writer wins by design: see docs/sync.md).
"""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from greenbelt_desktop.sync import conflicts
from greenbelt_desktop.sync.errors import BundleRefused
from greenbelt_desktop.sync.export import acknowledged_counter
from tests.sync.conftest import Site, new_site

MEMBERS = (("kz1", "KZ"), ("kz2", "KZ"), ("cn", "CN"))

operation = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 2), st.sampled_from(["members", "secretariat"])),
    st.tuples(st.just("update"), st.integers(0, 2), st.integers(0, 50)),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 50)),
    st.tuples(st.just("export"), st.integers(0, 2), st.booleans()),
    st.tuples(st.just("sec_import"), st.integers(0, 50), st.booleans()),
    st.tuples(st.just("consolidate"), st.just(0), st.just(0)),
    st.tuples(st.just("member_import"), st.integers(0, 2), st.integers(0, 50)),
)


class World:
    def __init__(self, empty_database: Path, folder: Path) -> None:
        self.members = [new_site(empty_database, folder, n, p) for n, p in MEMBERS]
        self.sec = new_site(empty_database, folder, "sec", "SECRETARIAT")
        for member in self.members:
            self.sec.trust(member)
            member.trust(self.sec)
        self.state: list[Path] = []
        self.consolidated: list[Path] = []
        self.parent: dict[str, str | None] = {}  # version -> version it was based on
        self.edits: list[tuple[int, str, int]] = []  # (device, version, change counter)
        self.serial = 0

    def close(self) -> None:
        for site in [*self.members, self.sec]:
            site.store.engine.dispose()

    def _edit_target(self, site: Site, pick: int) -> Any:
        own = [r for r in site.store.iter_records("project") if r.origin == site.party]
        return own[pick % len(own)] if own else None

    def _note(self, device: int, site: Site, record_id: str, before: str | None) -> None:
        after = site.store.get("project", record_id, include_deleted=True)
        self.parent[after.version] = before
        self.edits.append((device, after.version, int(after.change_counter or 0)))

    def apply(self, op: tuple[str, int, Any]) -> None:
        kind, a, b = op
        if kind == "add":
            site = self.members[a]
            self.serial += 1
            record_id = site.store.add(
                "project", {"title": f"P{self.serial} {site.name}", "status": "idea"}, b
            )
            self._note(a, site, record_id, None)
        elif kind in ("update", "delete"):
            site = self.members[a]
            target = self._edit_target(site, b)
            if target is None:
                return
            if kind == "update":
                self.serial += 1
                site.store.update("project", target.id, {"summary": f"edit {self.serial}"})
            else:
                site.store.delete("project", target.id)
            self._note(a, site, target.id, target.version)
        elif kind == "export":
            self.state.append(self.members[a].export(full=b))
        elif kind == "sec_import" and self.state:
            self.sec.receive(self.state[a % len(self.state)])
        elif kind == "consolidate":
            self.consolidated.append(self.sec.export())
        elif kind == "member_import" and self.consolidated:
            try:
                self.members[a].receive(self.consolidated[b % len(self.consolidated)])
            except BundleRefused as error:
                assert "rollback" in str(error) or "older" in str(error)

    def final_round(self, rng: random.Random) -> None:
        bundles = [member.export() for member in self.members]
        rng.shuffle(bundles)
        for bundle in bundles:
            self.sec.receive(bundle)
        last = self.sec.export()
        for member in self.members:
            member.receive(last)

    def ancestry(self, version: str) -> set[str]:
        seen: set[str] = set()
        current: str | None = version
        while current is not None and current not in seen:
            seen.add(current)
            current = self.parent.get(current)
        return seen


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(ops=st.lists(operation, min_size=5, max_size=30), seed=st.integers(0, 2**16))
def test_installations_converge_and_lose_nothing_silently(
    empty_database: Path, ops: list[tuple[str, int, Any]], seed: int
) -> None:
    # On a RAM disk when there is one: each import fsyncs and takes a backup.
    shm = Path("/dev/shm")
    folder = Path(tempfile.mkdtemp(prefix="converge-", dir=shm if shm.is_dir() else None))
    world = World(empty_database, folder)
    try:
        for op in ops:
            world.apply(op)
        world.final_round(random.Random(seed))
        sites = [*world.members, world.sec]
        shared = [{k: v for k, v in site.records().items() if v[2] == "members"} for site in sites]
        for other in shared[1:]:
            assert other == shared[0]
        held_by_sec = world.sec.records()
        for member in world.members:
            for key, value in member.records().items():
                if value[2] == "secretariat" and value[0] == member.party:
                    assert held_by_sec.get(key) == value
        # every edit is in the surviving version's ancestry, or in a conflict entry's
        survivors: set[str] = set()
        for record in held_by_sec.values():
            survivors |= world.ancestry(record[1])
        for member in world.members:
            for record in member.records().values():
                survivors |= world.ancestry(record[1])
        for device, version, counter in world.edits:
            if version in survivors:
                continue
            site = world.members[device]
            kept: set[str] = set()
            for entry in conflicts.list_conflicts(site.store, include_restored=True):
                kept |= world.ancestry(entry["lost_version"])
            assert version in kept or counter <= acknowledged_counter(site.store), (
                f"edit {version} of {site.name} lost without a conflict entry"
            )
    finally:
        world.close()
        shutil.rmtree(folder, ignore_errors=True)
