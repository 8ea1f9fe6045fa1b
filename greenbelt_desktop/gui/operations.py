"""Long database work off the GUI thread, with progress and cancel.

The one helper every page uses for import, export, consolidation, PDF and
spreadsheets (after Anki's ``CollectionOp``/``QueryOp``)::

    run_operation(
        parent,
        lambda progress: import_bundle(store, path, progress=progress),
        on_success=show_report,
        on_failure=show_refusal,
        title=import_title,
    )

- The operation function runs on a worker thread and receives a
  :class:`Progress`. It never touches widgets; it reports with
  ``progress.step(done, total, text)`` and checks ``progress.check()`` between
  steps and before committing. Both raise :class:`Cancelled` once the user
  pressed Cancel.
- ``on_success(result)`` and ``on_failure(error)`` run on the GUI thread.
  ``on_cancel()`` runs on the GUI thread when the operation stopped at a
  checkpoint (it raised :class:`Cancelled`, or the ``Cancelled`` of the layers
  below, ``store.progress.Cancelled``, which documents and sync raise); the work
  is transactional, so nothing was written.
- While it runs, a modal progress dialog shows the step text and a bar, with
  a Cancel button (``show_dialog=False`` for work that is quick or shows its
  own progress).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from greenbelt_desktop.store.progress import Cancelled as StoreCancelled

translate = QCoreApplication.translate


class Cancelled(Exception):
    """Raised inside an operation at a checkpoint after the user cancelled."""

    def __init__(self) -> None:
        super().__init__(translate("Operations", "Cancelled; nothing was changed."))


class Progress(QObject):
    """The handle an operation gets: report progress, notice cancellation.

    Thread-safe: ``step`` and ``check`` are called on the worker thread,
    ``cancel`` on the GUI thread. It is also callable as
    ``progress(done, total)`` for layers that take a plain callback.
    """

    changed = Signal(int, int, str)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """A checkpoint: raise :class:`Cancelled` if the user cancelled."""
        if self._cancel.is_set():
            raise Cancelled()

    def step(self, done: int, total: int = 0, text: str = "") -> None:
        """Report ``done`` of ``total`` (0: unknown) and check for cancel."""
        self.changed.emit(int(done), int(total), text)
        self.check()

    def __call__(self, done: int, total: int = 0, text: str = "") -> None:
        self.step(done, total, text)

    def report(self, done: int, total: int = 0) -> None:
        """Report without checking: for layers that ask ``cancelled()`` themselves
        (the documents layer takes ``progress=p.report, cancelled=p.is_cancelled``)."""
        self.changed.emit(int(done), int(total), "")

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Worker(QThread):
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, function: Callable[[Progress], Any], progress: Progress) -> None:
        super().__init__()
        self._function = function
        self._progress = progress

    def run(self) -> None:
        try:
            result = self._function(self._progress)
        except BaseException as error:  # reported to the GUI thread, never lost
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class Operation(QObject):
    """One running operation; it keeps itself alive until it has finished.

    ``done`` is emitted on the GUI thread after the callbacks ran, whatever
    the outcome, which makes it the signal tests wait for.
    """

    done = Signal()

    def __init__(
        self,
        parent: QObject | None,
        function: Callable[[Progress], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        title: str = "",
        show_dialog: bool = True,
        cancellable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.progress = Progress()
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self.finished = False
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancel = on_cancel
        self._worker = _Worker(function, self.progress)
        self._worker.succeeded.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self._worker.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            self.dialog = self._make_dialog(parent, title, cancellable)
            self.progress.changed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)

    def _make_dialog(
        self, parent: QObject | None, title: str, cancellable: bool
    ) -> QProgressDialog:
        widget = parent if isinstance(parent, QWidget) else None
        dialog = QProgressDialog(widget)
        dialog.setWindowTitle(title or translate("Operations", "Working"))
        dialog.setLabelText(title or translate("Operations", "Working…"))
        dialog.setRange(0, 0)
        dialog.setMinimumDuration(400)
        dialog.setMinimumWidth(420)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        if cancellable:
            dialog.setCancelButtonText(translate("Operations", "Cancel"))
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        return dialog

    # Running operations, so that one is not collected while its thread runs
    # when the caller drops its reference; each removes itself when done.
    _running: ClassVar[set[Operation]] = set()
    _paused_gc: ClassVar[bool] = False

    def start(self) -> Operation:
        # Python's cyclic garbage collector runs in whichever thread allocates; a
        # collection on a worker could destroy Qt widgets off the GUI thread. It is
        # paused while operations run and resumed (on the GUI thread) after the last.
        if not Operation._running and gc.isenabled():
            gc.disable()
            Operation._paused_gc = True
        Operation._running.add(self)
        self._worker.start()
        return self

    def is_running(self) -> bool:
        return not self.finished

    def cancel(self) -> None:
        """Ask the operation to stop at its next checkpoint."""
        self.progress.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(translate("Operations", "Cancelling…"))

    def _show_progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is None or self.finished:
            return
        if total > 0:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))
        if text and not self.progress.cancelled:
            self.dialog.setLabelText(text)

    def _finish(self) -> None:
        self.finished = True
        self._worker.wait()
        Operation._running.discard(self)
        if not Operation._running and Operation._paused_gc:
            Operation._paused_gc = False
            gc.enable()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _succeeded(self, result: Any) -> None:
        self.result = result
        self._finish()
        try:
            if self._on_success is not None:
                self._on_success(result)
        finally:
            self.done.emit()

    def _failed(self, error: BaseException) -> None:
        self._finish()
        try:
            if isinstance(error, Cancelled | StoreCancelled):
                self.was_cancelled = True
                if self._on_cancel is not None:
                    self._on_cancel()
            else:
                self.error = error
                if self._on_failure is not None:
                    self._on_failure(error)
                else:
                    raise error
        finally:
            self.done.emit()


def run_operation(
    parent: QObject | None,
    function: Callable[[Progress], Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    title: str = "",
    show_dialog: bool = True,
    cancellable: bool = True,
) -> Operation:
    """Start ``function(progress)`` on a worker thread; see the module docstring."""
    return Operation(
        parent,
        function,
        on_success,
        on_failure,
        on_cancel,
        title=title,
        show_dialog=show_dialog,
        cancellable=cancellable,
    ).start()


__all__ = ["Cancelled", "Operation", "Progress", "run_operation"]
