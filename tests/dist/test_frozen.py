"""The frozen Linux build (``make dist``): built once per session with PyInstaller,
then run without this machine's Python: ``--version``, the headless self-check
(database, signed bundle, PDF, Qt offscreen) and the portable mode.

Marked ``dist`` (deselect with ``-m "not dist"``); CI runs it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from greenbelt_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.dist,
    pytest.mark.xdist_group("dist"),
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (pip install -e '.[dist]')",
    ),
]


@pytest.fixture(scope="session")
def program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The frozen program folder, built once for the session."""
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


def run(program: Path, *args: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the frozen program with a bare environment: no Python, no virtualenv."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home or program.parent / "user"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [str(program / "greenbelt"), *args],
        env=env,
        cwd=program.parent,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_version(program: Path) -> None:
    result = run(program, "--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"greenbelt {__version__}")
    assert not (program / "_internal" / "greenbelt_desktop" / "cli" / "__init__.py").exists()


def test_selfcheck_writes_what_independent_readers_accept(program: Path, tmp_path: Path) -> None:
    from jwcrypto import jwk, jws
    from pypdf import PdfReader

    result = run(program, "selfcheck", "--keep", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(frozen)" in result.stdout and "All checks passed." in result.stdout
    assert "ok  qt: Qt offscreen" in result.stdout
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "selfcheck.pdf").pages)
    assert "Солнечная электростанция" in text and "太阳能电站" in text
    token = jws.JWS()
    token.deserialize((tmp_path / "selfcheck.gbundle").read_text(encoding="utf-8"))
    card = json.loads((tmp_path / "selfcheck-card.json").read_text(encoding="utf-8"))
    token.verify(jwk.JWK(**card["jwk"]))
    assert json.loads(token.payload)["issuer"]["party"] == "KZ"
    [backup] = (tmp_path / "home" / "backups").glob("*.sqlite3")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM project").fetchone()[0] == 1


def test_portable_mode_keeps_the_data_beside_the_program(program: Path, tmp_path: Path) -> None:
    stick = tmp_path / "usb" / "GreenBelt"
    shutil.copytree(program, stick, symlinks=True)
    (stick / "portable").write_text("")
    result = run(stick, "init", "--party", "KZ", "--name", "Aigerim", home=tmp_path / "user")
    assert result.returncode == 0, result.stderr
    assert (stick / "data" / "greenbelt.sqlite3").is_file()
    assert not (tmp_path / "user" / ".local").exists()
    assert run(stick, "backup", "create", home=tmp_path / "user").returncode == 0
    assert len(list((stick / "data" / "backups").glob("*.sqlite3"))) == 1
