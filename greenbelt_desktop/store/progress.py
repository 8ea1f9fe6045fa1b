"""Progress and cancel of long jobs: the protocol the documents and sync layers share.

A long job takes ``progress(done, total)`` and ``cancelled() -> bool``; the
GUI passes its worker's signal and cancel flag, the command line passes
nothing. The job calls :meth:`Tracker.check` at its checkpoints (between
batches, and once more just before it commits); a cancelled job raises
:class:`Cancelled` there, rolls its transaction back and removes what it had
begun to write, so nothing is left half-done.

It lives in the store layer because both ``documents`` and ``sync`` use it
and neither may import the other; it has no rules of its own.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """Raised at a checkpoint once the person cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Cancelled; nothing was written.")


class Tracker:
    """Counts ``done`` of ``total``; reports and checks for cancel every ``step`` items.

    :meth:`stage` hands a part of the total to one phase of a job that counts
    its own items (rows, bytes, changes), so a job of several phases reports
    one bar that only moves forward.
    """

    def __init__(
        self,
        total: int,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
        step: int = 500,
    ) -> None:
        self.total, self.done, self.step = max(total, 0), 0, max(step, 1)
        self._progress, self._cancelled = progress, cancelled

    def advance(self, count: int = 1) -> None:
        before = self.done
        self.done += count
        if before // self.step != self.done // self.step:
            self.check()

    def check(self) -> None:
        """A checkpoint: raise :class:`Cancelled` if the person cancelled, else report."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()
        self._report()

    def expect(self, total: int) -> None:
        """The work turned out to be ``total`` items (an estimate corrected)."""
        self.total = max(total, self.done)

    def finish(self) -> None:
        self.done = self.total
        self._report()

    def stage(self, share: int, total: int, step: int = 500) -> Tracker:
        """A tracker for the next ``share`` units of this one, counting ``total`` items
        of its own; it reports through this one and obeys the same cancel."""
        return _Stage(self, self.done, share, total, step)

    def _report(self) -> None:
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)

    def _moved_to(self, done: int) -> None:
        if done > self.done:
            self.done = done
        self._report()


class _Stage(Tracker):
    def __init__(self, parent: Tracker, base: int, share: int, total: int, step: int) -> None:
        super().__init__(total, None, parent._cancelled, step)
        self._parent, self._base, self._share = parent, base, share

    def _report(self) -> None:
        done = min(self.done, self.total)
        fraction = self._share * done // self.total if self.total else 0
        self._parent._moved_to(self._base + fraction)

    def finish(self) -> None:
        self.done = self.total
        self._parent._moved_to(self._base + self._share)


__all__ = ["CancelCheck", "Cancelled", "Progress", "Tracker"]
