"""Run the benchmarks: ``python -m bench [NAME …]`` (NAME: a module name without ``bench_``)."""

from __future__ import annotations

import importlib
import sys
import tempfile
from pathlib import Path

from bench.common import Figure


def main(names: list[str]) -> int:
    folder = Path(__file__).resolve().parent
    modules = sorted(p.stem for p in folder.glob("bench_*.py"))
    if names:
        modules = [m for m in modules if m.removeprefix("bench_") in names]
    print(f"{'figure':<52} {'value':>10} {'unit':<4} {'target':<14} {'verdict':<7} baseline")
    missed = 0
    for name in modules:
        module = importlib.import_module(f"bench.{name}")
        with tempfile.TemporaryDirectory(prefix=f"gb-{name}-") as work:
            figures: list[Figure] = module.run(Path(work))
        for figure in figures:
            print(figure.line(), flush=True)
            missed += not figure.ok
    print(f"{missed} target(s) missed")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
