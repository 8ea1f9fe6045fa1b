"""The frozen Linux program, built once per test session with PyInstaller
(installer/build-linux.sh) and shared by the ``dist`` tests: the frozen program's own
tests and the Windows installer's, whose stand-in payload it is."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The frozen program folder, built once for the session (GREENBELT_TEST_PROGRAM=dir
    reuses a folder that installer/build-linux.sh built, while working on these tests)."""
    if os.environ.get("GREENBELT_TEST_PROGRAM"):
        return Path(os.environ["GREENBELT_TEST_PROGRAM"])
    dist = tmp_path_factory.mktemp("dist")
    env = {
        **os.environ,
        "DIST": str(dist),
        "WORK": str(ROOT / "build" / "pyinstaller-test"),
        "PY": sys.executable,
    }
    result = subprocess.run(
        ["bash", str(ROOT / "installer" / "build-linux.sh"), "--no-tar"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return dist / "GreenBelt"
