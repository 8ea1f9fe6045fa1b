"""What a benchmark reports, and small measuring helpers."""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    target: float | None = None  # upper bound; None: reported only
    baseline: float | None = None
    baseline_name: str = ""

    @property
    def ok(self) -> bool:
        return self.target is None or self.value <= self.target

    def line(self) -> str:
        target = f"< {self.target:g} {self.unit}" if self.target is not None else "-"
        base = ""
        if self.baseline is not None:
            ratio = self.value / self.baseline if self.baseline else float("inf")
            base = f"{self.baseline:.3g} {self.unit} ({self.baseline_name}); ratio {ratio:.2f}x"
        verdict = "ok" if self.ok else "MISSED"
        return (
            f"{self.name:<52} {self.value:>10.3g} {self.unit:<4} {target:<14} {verdict:<7} {base}"
        )


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def median_time(action: Callable[[], object], repeat: int) -> float:
    return statistics.median(timed(action) for _ in range(repeat))


def run_measured(command: Sequence[str], cwd: Path | None = None) -> tuple[float, float, str]:
    """Run a command; return (seconds, peak RSS in MB of the child, stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=cwd, check=True)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest child so far; run heavy children last or alone.
    return seconds, max(peak, before) / 1024, done.stdout


PYTHON = sys.executable
