"""Progress reporting and cancelling of long document jobs (export, import, template).

Every job takes ``progress(done, total)`` and ``cancelled() -> bool``; the GUI
passes its worker's signal and cancel flag, the command line passes nothing.
A cancelled job raises :class:`Cancelled` and leaves nothing half-written.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    def __init__(self) -> None:
        super().__init__("Cancelled; nothing was written.")


class Tracker:
    """Reports every ``step`` items and checks for cancel at the same time."""

    def __init__(
        self,
        total: int,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
        step: int = 500,
    ) -> None:
        self.total, self.done, self.step = total, 0, step
        self._progress, self._cancelled = progress, cancelled

    def advance(self, count: int = 1) -> None:
        before = self.done
        self.done += count
        if before // self.step != self.done // self.step:
            self.check()

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        self.done = self.total
        if self._progress is not None:
            self._progress(self.total, self.total)


@contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Write to a temporary file beside ``path``; rename only when the job succeeds."""
    path = Path(path)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    os.close(handle)
    try:
        yield Path(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
