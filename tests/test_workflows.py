"""The GitHub Actions workflows cannot run here: actionlint checks them (syntax, expressions,
action versions, job and step keys), and the Windows workflow is held to the build script
it runs and to the compiler the Linux build uses."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ACTIONLINT = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which(
    "actionlint"
)


@pytest.mark.skipif(
    ACTIONLINT is None, reason="actionlint is not installed (pip install -e '.[test]')"
)
def test_actionlint_accepts_every_workflow() -> None:
    assert WORKFLOWS, "no workflows"
    result = subprocess.run(
        [str(ACTIONLINT), "-no-color", *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(
    ACTIONLINT is None, reason="actionlint is not installed (pip install -e '.[test]')"
)
def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    broken = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    broken = broken.replace(
        "runs-on: windows-latest", "runs-on: windows-latest\n    timeout-minutes: soon"
    )
    (tmp_path / "broken.yml").write_text(broken, encoding="utf-8")
    result = subprocess.run(
        [str(ACTIONLINT), "-no-color", str(tmp_path / "broken.yml")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1 and "timeout-minutes" in result.stdout


def test_windows_workflow_builds_with_the_scripts_and_compiler_of_the_linux_build() -> None:
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in workflow
    assert r".\installer\build-windows.ps1" in workflow
    versions = {
        re.search(r"innosetup-compiler@([\d.]+)", (ROOT / path).read_text(encoding="utf-8"))[1]  # type: ignore[index]
        for path in (
            ".github/workflows/windows.yml",
            "installer/build-windows.ps1",
            "installer/build-windows-wine.sh",
            "scripts/install-windows-tools.sh",
        )
    }
    assert len(versions) == 1, versions
    for step in (
        "selfcheck",
        "bundle export",
        "bundle import",
        "keys trust",
        "unins000.exe",
        "actions/upload-artifact",
    ):
        assert step in workflow, step
