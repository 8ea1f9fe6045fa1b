"""The background-operation helper: results, failures and cancel on real SQLite."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from greenbelt_desktop.gui.operations import Cancelled, Operation, Progress, run_operation

pytestmark = pytest.mark.gui


def rows_in(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM item").fetchone()[0])


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "work.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE item (n INTEGER)")
    return path


def transactional_insert(path: Path, count: int, gate: threading.Event | None = None):
    """An operation that writes ``count`` rows in one transaction, step by step."""

    def operation(progress: Progress) -> int:
        conn = sqlite3.connect(path)
        try:
            with conn:  # commits on success, rolls back on any exception
                for n in range(count):
                    conn.execute("INSERT INTO item VALUES (?)", (n,))
                    progress.step(n + 1, count, f"row {n + 1}")
                    if gate is not None and n == 1:
                        gate.wait(10)
                progress.check()  # the last checkpoint, before committing
            return count
        finally:
            conn.close()

    return operation


def test_success_runs_off_the_gui_thread_and_reports_on_it(qtbot, database):
    gui_thread = QApplication.instance().thread()
    seen: dict[str, object] = {}

    def operation(progress: Progress) -> int:
        seen["op_thread"] = QThread.currentThread()
        return transactional_insert(database, 5)(progress)

    def success(result: int) -> None:
        seen["result"] = result
        seen["callback_thread"] = QThread.currentThread()

    parent = QWidget()
    qtbot.addWidget(parent)
    op = Operation(parent, operation, on_success=success, title="Writing")
    with qtbot.waitSignal(op.done, timeout=10_000):
        op.start()
    assert seen["result"] == 5
    assert seen["op_thread"] is not gui_thread
    assert seen["callback_thread"] is gui_thread
    assert rows_in(database) == 5
    assert op.finished and not op.was_cancelled and op.error is None
    assert op.dialog is None  # closed and released


def test_failure_reaches_the_failure_callback_and_nothing_is_written(qtbot, database):
    errors: list[BaseException] = []

    def operation(progress: Progress) -> None:
        conn = sqlite3.connect(database)
        try:
            with conn:
                conn.execute("INSERT INTO item VALUES (1)")
                progress.step(1, 2)
                raise ValueError("the bundle is damaged")
        finally:
            conn.close()

    op = Operation(None, operation, on_success=pytest.fail, on_failure=errors.append)
    with qtbot.waitSignal(op.done, timeout=10_000):
        op.start()
    assert len(errors) == 1 and isinstance(errors[0], ValueError)
    assert str(errors[0]) == "the bundle is damaged"
    assert op.error is errors[0]
    assert rows_in(database) == 0


def test_cancel_button_stops_at_a_checkpoint_and_rolls_back(qtbot, database):
    gate = threading.Event()
    cancelled: list[bool] = []
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    op = Operation(
        parent,
        transactional_insert(database, 50, gate),
        on_success=pytest.fail,
        on_failure=pytest.fail,
        on_cancel=lambda: cancelled.append(True),
        title="Importing",
    )
    op.dialog.setMinimumDuration(0)
    op.start()
    # The dialog follows the operation's progress.
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.labelText() == "row 2")
    assert op.dialog.maximum() == 50 and op.dialog.value() == 2
    assert rows_in(database) == 0  # not committed yet
    button = op.dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    with qtbot.waitSignal(op.done, timeout=10_000):
        button.click()
        gate.set()
    assert cancelled == [True]
    assert op.was_cancelled and op.error is None
    assert rows_in(database) == 0


def test_cancel_before_commit_leaves_nothing(qtbot, database):
    """Cancel arriving after the last step is still caught before committing."""
    gate = threading.Event()

    def operation(progress: Progress) -> int:
        conn = sqlite3.connect(database)
        try:
            with conn:
                conn.execute("INSERT INTO item VALUES (1)")
                progress.step(1, 1)
                gate.wait(10)
                progress.check()
            return 1
        finally:
            conn.close()

    op = run_operation(None, operation, show_dialog=False)
    with qtbot.waitSignal(op.done, timeout=10_000):
        op.cancel()
        gate.set()
    assert op.was_cancelled
    assert rows_in(database) == 0


def test_progress_handle_is_a_callback_and_raises_after_cancel():
    progress = Progress()
    reports: list[tuple[int, int, str]] = []
    progress.changed.connect(lambda *args: reports.append(args))
    progress(1, 3)
    progress.step(2, 3, "half")
    assert reports == [(1, 3, ""), (2, 3, "half")]
    progress.cancel()
    assert progress.cancelled
    with pytest.raises(Cancelled):
        progress.check()
    with pytest.raises(Cancelled):
        progress(3, 3)


def test_operation_without_reference_is_kept_alive_until_done(qtbot):
    results: list[int] = []
    done = threading.Event()

    def operation(progress: Progress) -> int:
        done.wait(10)
        return 42

    run_operation(None, lambda p: operation(p), on_success=results.append, show_dialog=False)
    done.set()
    qtbot.waitUntil(lambda: results == [42], timeout=10_000)
    assert not Operation._running


def test_documents_layer_cancel_is_a_cancel(qtbot, tmp_path):
    """Jobs of the documents and sync layers take progress and cancelled() and raise the
    store's Cancelled; the helper treats it as a cancel, and the job wrote nothing."""
    from greenbelt_desktop.store.progress import Cancelled as StoreCancelled

    gate = threading.Event()
    target = tmp_path / "out.txt"
    reports: list[tuple[int, int]] = []

    def job(progress: Progress) -> None:
        progress.report(1, 3)
        gate.wait(10)
        if progress.is_cancelled():
            raise StoreCancelled()
        target.write_text("done")

    cancelled: list[bool] = []
    op = Operation(None, job, on_failure=pytest.fail, on_cancel=lambda: cancelled.append(True))
    op.progress.changed.connect(lambda done, total, text: reports.append((done, total)))
    op.start()
    qtbot.waitUntil(lambda: reports == [(1, 3)])
    with qtbot.waitSignal(op.done, timeout=10_000):
        op.cancel()
        gate.set()
    assert cancelled == [True] and op.was_cancelled
    assert not target.exists()


def test_garbage_collection_waits_for_the_gui_thread(qtbot):
    """No cyclic collection can run on a worker (it could destroy widgets there)."""
    import gc

    gate = threading.Event()
    seen: list[bool] = []

    def job(progress: Progress) -> None:
        seen.append(gc.isenabled())
        gate.wait(10)

    assert gc.isenabled()
    op = run_operation(None, job, show_dialog=False)
    qtbot.waitUntil(lambda: seen == [False])
    with qtbot.waitSignal(op.done, timeout=10_000):
        gate.set()
    assert gc.isenabled()
