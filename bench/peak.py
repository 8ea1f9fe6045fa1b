"""Run a Python module and report its own peak memory (VmHWM, reset at exec).

``python -m bench.peak OUT MODULE ARGS…`` writes the peak in kB to OUT. A
child's ``ru_maxrss`` would include the forking parent's memory, so the
process measures itself.
"""

from __future__ import annotations

import atexit
import runpy
import sys
from pathlib import Path


def _peak_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def main() -> None:
    out, module, *args = sys.argv[1:]
    atexit.register(lambda: Path(out).write_text(str(_peak_kb())))
    sys.argv = [module, *args]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
