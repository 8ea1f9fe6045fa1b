"""The frozen Linux build (``make dist``): built once per session with PyInstaller,
then run without this machine's Python: ``--version``, the headless self-check
(database, signed bundle, PDF, Qt offscreen) and the portable mode.

Marked ``dist`` (deselect with ``-m "not dist"``); CI runs it.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from greenbelt_desktop import __version__

pytestmark = [
    pytest.mark.dist,
    pytest.mark.xdist_group("dist"),
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (pip install -e '.[dist]')",
    ),
]


def run(
    program: Path, *args: str, home: Path | None = None, passphrase: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the frozen program with a bare environment: no Python, no virtualenv."""
    env = {
        **({"GREENBELT_PASSPHRASE": passphrase} if passphrase else {}),
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
    result = run(
        stick,
        "init",
        "--party",
        "KZ",
        "--name",
        "Aigerim",
        home=tmp_path / "user",
        passphrase="a long portable passphrase",
    )
    assert result.returncode == 0, result.stderr
    assert (stick / "data" / "greenbelt.sqlite3").is_file()
    assert not (tmp_path / "user" / ".local").exists()
    assert run(stick, "backup", "create", home=tmp_path / "user").returncode == 0
    assert len(list((stick / "data" / "backups").glob("*.sqlite3"))) == 1
