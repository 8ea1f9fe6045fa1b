"""Hybrid logical clock for record versions (BUNDLE-FORMAT.md §3).

A version is ``<13-digit Unix milliseconds>.<4-digit counter>.<device UUID>``;
versions compare as strings, so the later edit wins on every installation.

Bounds (BUNDLE-FORMAT.md §8.1): a version seen elsewhere moves this clock at
most :data:`MAX_AHEAD_MS` (24 hours) past this computer's clock, whatever it
says (the importer refuses such a change anyway); a clock persisted beyond
that bound (written by an earlier version that trusted any received version)
is brought back to it when read; and the clock never issues a version the
format cannot hold: an exhausted counter carries into the milliseconds, and
the milliseconds never reach 14 digits.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

VERSION_RE = re.compile(
    r"^(\d{13})\.(\d{4})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"
)
MAX_COUNTER = 9999
MAX_MILLIS = 10**13 - 1  # the last millisecond 13 digits hold (the year 2286)
MAX_AHEAD_MS = 24 * 60 * 60 * 1000  # how far a received version may be ahead of ours


class ClockExhausted(ValueError):
    """No version can follow the last one within the format (13-digit milliseconds)."""


def wall_millis() -> int:
    """This computer's clock, in Unix milliseconds."""
    return int(time.time() * 1000)


def parse_version(version: str) -> tuple[int, int, str]:
    match = VERSION_RE.fullmatch(version)
    if not match:
        raise ValueError(f"not a record version: {version!r}")
    return int(match.group(1)), int(match.group(2)), match.group(3)


def format_version(millis: int, counter: int, device: str) -> str:
    return f"{millis:013d}.{counter:04d}.{device}"


class HybridLogicalClock:
    """Issues strictly increasing versions for one device.

    ``now`` returns Unix milliseconds; ``last`` is the highest version this
    device has issued or observed (persisted by the store between runs).
    """

    def __init__(
        self,
        device: str,
        last: str | None = None,
        now: Callable[[], int] | None = None,
    ) -> None:
        self.device = device
        self._now = now or wall_millis
        self._millis = 0
        self._counter = 0
        if last:
            self.observe(last)

    def bound(self) -> int:
        """The furthest millisecond this clock may be moved to: 24 hours past now."""
        return min(self._now() + MAX_AHEAD_MS, MAX_MILLIS)

    def ahead_ms(self, version: str) -> int:
        """How far ``version``'s time is ahead of this computer's clock (0 if not)."""
        millis, _, _ = parse_version(version)
        return max(0, millis - self._now())

    @property
    def last(self) -> str:
        return format_version(self._millis, self._counter, self.device)

    def tick(self) -> str:
        wall = self._now()
        if wall > self._millis:
            self._millis, self._counter = wall, 0
        elif self._counter < MAX_COUNTER:
            self._counter += 1
        elif self._millis < MAX_MILLIS:  # counter exhausted: borrow the next millisecond
            self._millis, self._counter = self._millis + 1, 0
        else:
            raise ClockExhausted("no record version can follow " + self.last)
        return self.last

    def observe(self, version: str) -> None:
        """Move past a version seen elsewhere, so local edits made later win; never
        further than :meth:`bound` (24 hours past this computer's clock)."""
        millis, counter, _ = parse_version(version)
        limit = self.bound()
        if millis > limit:
            millis, counter = limit, 0
        if (millis, counter) > (self._millis, self._counter):
            self._millis, self._counter = millis, counter
