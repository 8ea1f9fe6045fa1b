from __future__ import annotations

from collections.abc import Callable

from greenbelt_desktop.sync import conflicts
from tests.helpers.cli import CliRunner
from tests.sync.conftest import PROJECT, Site


def test_a_lost_local_edit_is_logged_and_can_be_restored(
    make_site: Callable[[str, str], Site],
) -> None:
    # Two laptops of the same ministry: both may edit Kazakhstan's records.
    first, second, sec = (
        make_site("kz1", "KZ"),
        make_site("kz2", "KZ"),
        make_site("sec", "SECRETARIAT"),
    )
    for member in (first, second):
        sec.trust(member)
        member.trust(sec)
    record = first.store.add("project", PROJECT, "members")
    sec.receive(first.export())
    second.receive(sec.export())
    second.store.update("project", record, {"status": "pipeline"})  # not yet sent
    first.store.update("project", record, {"status": "completed"})  # later: wins
    sec.receive(first.export())
    report = second.receive(sec.export())
    assert report.totals["updated"] == 1 and report.totals["conflicts"] == 1
    assert second.store.get("project", record).data["status"] == "completed"
    [conflict] = conflicts.list_conflicts(second.store)
    assert conflict["record_id"] == record and conflict["data"]["status"] == "pipeline"
    conflicts.restore(second.store, conflict["id"])
    restored = second.store.get("project", record)
    assert restored.data["status"] == "pipeline" and restored.change_counter is not None
    assert conflicts.list_conflicts(second.store) == []
    # the restored version is a new edit: it travels and wins everywhere
    sec.receive(second.export())
    first.receive(sec.export())
    assert first.store.get("project", record).data["status"] == "pipeline"
    assert first.records() == {k: v for k, v in second.records().items() if k in first.records()}


def test_edits_already_acknowledged_do_not_count_as_conflicts(
    trio: tuple[Site, Site, Site],
) -> None:
    kz, _cn, sec = trio
    record = kz.store.add("project", PROJECT, "members")
    sec.receive(kz.export())
    report = kz.receive(sec.export())
    assert report.totals["conflicts"] == 0 and report.totals["unchanged"] == 1
    assert kz.store.get("project", record).change_counter is not None


def test_conflicts_commands(cli: CliRunner) -> None:
    assert cli("init", "--party", "KZ", "--name", "A").code == 0
    listed = cli("conflicts", "list")
    assert listed.code == 0 and "No conflicts" in listed.out
    assert cli("conflicts", "list", "--json").json() == []
    missing = cli("conflicts", "restore", "7")
    assert missing.code == 1 and "no conflict number 7" in missing.err
