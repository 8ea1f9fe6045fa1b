"""Cancelling an export, a consolidation and an import through the Sync page.

The sync function is wrapped so that it pauses at one of its progress reports
until the test has cancelled (with the dialog's Cancel button, or from the
progress callback itself); the job then stops at its next checkpoint. Nothing
is written, and the page says so.
"""

from __future__ import annotations

import threading
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from greenbelt_desktop.gui.operations import Operation
from greenbelt_desktop.gui.pages import sync_export, sync_import, sync_members
from tests.gui.sync_support import PASSPHRASE, installation
from tests.gui.test_sync_page import exchange_cards, page_of, wait
from tests.sync.conftest import dump_database

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

CANCELLED = "Cancelled; nothing was changed."


class Pause:
    """Wraps a sync function of a page module: its ``at``-th progress report waits until
    :meth:`release`; ``cancel_inside`` cancels from that report instead of waiting."""

    def __init__(
        self, monkeypatch: pytest.MonkeyPatch, module: ModuleType, name: str, at: int
    ) -> None:
        self.reached, self._release = threading.Event(), threading.Event()
        self.cancel_inside = False
        real = getattr(module, name)

        def paused(*args: Any, progress: Any = None, cancelled: Any = None, **kwargs: Any) -> Any:
            if progress is None or self.reached.is_set():  # a preview, or a second run
                return real(*args, progress=progress, cancelled=cancelled, **kwargs)
            reports = [0]

            def report(done: int, total: int) -> None:
                progress(done, total)
                reports[0] += 1
                if reports[0] == at:
                    self.reached.set()
                    if self.cancel_inside:
                        progress.__self__.cancel()  # the worker's Progress: Cancel pressed
                    else:
                        self._release.wait(20)

            return real(*args, progress=report, cancelled=cancelled, **kwargs)

        monkeypatch.setattr(module, name, paused)

    def release(self) -> None:
        self._release.set()


def press_cancel(qtbot: Any, operation: Operation) -> None:
    """Wait until the bar has moved, then press the progress dialog's Cancel button."""
    dialog = operation.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.maximum() == 1000 and dialog.value() > 0, timeout=10_000)
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    button.click()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".gbundle" in p.name)


@pytest.fixture
def parties(tmp_path: Path):  # type: ignore[no-untyped-def]
    member = installation(tmp_path / "kz", "KZ", "Aigerim Saparova", "Ministry of Ecology")
    secretariat = installation(tmp_path / "sco", "SECRETARIAT", "Wang Lei", "SCO Secretariat")
    for card, folder in ((member[2], "kz"), (secretariat[2], "sco")):
        (tmp_path / f"{folder}.gbkey").write_text(card.dumps(), encoding="utf-8")
    member[1].add("project", {"title": "Солнечная станция", "status": "idea"})
    member[1].add("contact", {"full_name": "Айгерим Сапарова"})
    yield member, secretariat
    for _, store, _ in (member, secretariat):
        store.engine.dispose()


def test_an_export_cancelled_with_the_dialogs_button_writes_nothing(
    qtbot, parties, tmp_path, monkeypatch
):
    (kz_home, kz, _), _ = parties
    member = page_of(qtbot, kz_home, kz)
    panel = member.export_panel
    pause = Pause(monkeypatch, sync_export, "export_bundle", at=4)
    before = dump_database(kz_home.database_path)
    bundle = tmp_path / "kz-0001.gbundle"
    panel.passphrase.setText(PASSPHRASE)
    operation = panel.export_to(bundle)
    qtbot.waitUntil(pause.reached.is_set, timeout=10_000)
    press_cancel(qtbot, operation)
    pause.release()
    wait(qtbot, operation)
    assert operation.was_cancelled
    assert panel.message.text() == CANCELLED
    assert leftovers(tmp_path) == []
    assert dump_database(kz_home.database_path) == before
    assert panel.export_button.isEnabled()
    # The sequence number was not used: the next export is bundle 1.
    wait(qtbot, panel.export_to(bundle))
    assert "Bundle 1 written" in panel.message.text()


def test_a_consolidation_cancelled_at_a_checkpoint_writes_nothing(
    qtbot, parties, tmp_path, monkeypatch
):
    (kz_home, kz, _), (sco_home, sco, _) = parties
    member, secretariat = page_of(qtbot, kz_home, kz), page_of(qtbot, sco_home, sco)
    exchange_cards(member, secretariat, tmp_path)
    member.export_panel.passphrase.setText(PASSPHRASE)
    wait(qtbot, member.export_panel.export_to(tmp_path / "kz.gbundle"))
    wait(qtbot, secretariat.import_panel.check(tmp_path / "kz.gbundle"))
    wait(qtbot, secretariat.import_panel.apply())
    assert sco.count("project") == 1
    panel = secretariat.members_panel
    pause = Pause(monkeypatch, sync_members, "consolidate", at=3)
    pause.cancel_inside = True
    before = dump_database(sco_home.database_path)
    target = tmp_path / "consolidated.gbundle"
    panel.passphrase.setText(PASSPHRASE)
    operation = panel.write_to(target)
    wait(qtbot, operation)
    assert pause.reached.is_set() and operation.was_cancelled
    assert panel.message.text() == CANCELLED
    assert not target.exists()
    assert not list(tmp_path.glob("consolidated.gbundle*"))
    assert dump_database(sco_home.database_path) == before
    assert panel.write_button.isEnabled()


def test_an_import_cancelled_while_applying_changes_nothing(qtbot, parties, tmp_path, monkeypatch):
    (kz_home, kz, _), (sco_home, sco, _) = parties
    member, secretariat = page_of(qtbot, kz_home, kz), page_of(qtbot, sco_home, sco)
    exchange_cards(member, secretariat, tmp_path)
    bundle = tmp_path / "kz.gbundle"
    member.export_panel.passphrase.setText(PASSPHRASE)
    wait(qtbot, member.export_panel.export_to(bundle))
    panel = secretariat.import_panel
    wait(qtbot, panel.check(bundle))
    assert panel.apply_button.isEnabled()
    history = len(secretariat.history_panel.rows)
    before = dump_database(sco_home.database_path)
    pause = Pause(monkeypatch, sync_import, "import_bundle", at=4)
    operation = panel.apply()
    qtbot.waitUntil(pause.reached.is_set, timeout=10_000)
    press_cancel(qtbot, operation)
    pause.release()
    wait(qtbot, operation)
    assert operation.was_cancelled
    assert panel.message.text() == CANCELLED
    assert sco.count("project") == 0 and sco.count("contact") == 0
    assert dump_database(sco_home.database_path) == before
    assert not (sco_home.path / "refused-bundles.jsonl").exists()
    secretariat.history_panel.refresh()
    assert len(secretariat.history_panel.rows) == history
    # The check still holds: Apply is offered again and works.
    assert panel.apply_button.isEnabled()
    wait(qtbot, panel.apply())
    assert sco.count("project") == 1
