"""Run the ``greenbelt`` command in-process, capturing its output and exit code."""

from __future__ import annotations

import io
import json
import sys
from contextlib import redirect_stderr
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from greenbelt_desktop.cli import main


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class CliRunner:
    def __init__(self, home: Path) -> None:
        self.home = home

    def __call__(self, *args: str, stdin: str | None = None) -> Result:
        out, err = io.StringIO(), io.StringIO()
        real_stdin = sys.stdin
        try:
            if stdin is not None:
                sys.stdin = io.StringIO(stdin)
            with redirect_stderr(err):
                try:
                    code = main(["--home", str(self.home), *args], out=out)
                except SystemExit as exit_:
                    code = int(exit_.code or 0)
        finally:
            sys.stdin = real_stdin
        return Result(code, out.getvalue(), err.getvalue())
