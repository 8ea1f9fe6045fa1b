"""Hybrid logical clock for record versions (BUNDLE-FORMAT.md §3).

A version is ``<13-digit Unix milliseconds>.<4-digit counter>.<device UUID>``;
versions compare as strings, so the later edit wins on every installation.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

VERSION_RE = re.compile(
    r"^(\d{13})\.(\d{4})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"
)
MAX_COUNTER = 9999


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
        self._now = now or (lambda: int(time.time() * 1000))
        self._millis = 0
        self._counter = 0
        if last:
            self.observe(last)

    @property
    def last(self) -> str:
        return format_version(self._millis, self._counter, self.device)

    def tick(self) -> str:
        wall = self._now()
        if wall > self._millis:
            self._millis, self._counter = wall, 0
        elif self._counter < MAX_COUNTER:
            self._counter += 1
        else:  # counter exhausted within one millisecond: borrow the next one
            self._millis, self._counter = self._millis + 1, 0
        return self.last

    def observe(self, version: str) -> None:
        """Move past a version seen elsewhere, so local edits made later win."""
        millis, counter, _ = parse_version(version)
        if (millis, counter) > (self._millis, self._counter):
            self._millis, self._counter = millis, counter
