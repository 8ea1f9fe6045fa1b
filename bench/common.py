"""What a benchmark reports, and small measuring helpers."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
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


def run_measured(module: str, *args: str) -> tuple[float, float, str]:
    """Run ``python -m module args``; return (seconds, its own peak memory in MB, stdout)."""
    with tempfile.NamedTemporaryFile(suffix=".peak") as peak:
        start = time.perf_counter()
        done = subprocess.run(
            [PYTHON, "-m", "bench.peak", peak.name, module, *args],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
        )
        seconds = time.perf_counter() - start
        if done.returncode:
            raise RuntimeError(f"{module} failed: {done.stderr.strip()[-500:]}")
        kilobytes = int(Path(peak.name).read_text() or 0)
    return seconds, kilobytes / 1024, done.stdout


ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
