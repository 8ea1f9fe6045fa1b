"""The Windows installer (installer/greenbelt.iss), compiled here by Inno Setup's ISCC.exe
under Wine (installer/build-windows-wine.sh, as `make windows-installer` does) and
installed silently under Wine, each test in its own copy of a Wine prefix made once per
session.

The payload is a stand-in: the frozen Linux program under the Windows names, so these
tests prove the installer's behaviour (files, Start-menu shortcut, the .gbundle
association in the registry, the portable task, /SILENT and /VERYSILENT, an upgrade
over an older version, an uninstall that keeps the user's data), not the Windows
program's; .github/workflows/windows.yml tests that on Windows.

Wine 8 cannot name the per-user Programs folder (SHGetKnownFolderPath answers
FOLDERID_UserProgramFiles with E_INVALIDARG, and no registry value changes that); the
script falls back to that folder's Windows default, %LOCALAPPDATA%\\Programs, so the
default per-user install is tested here as well as the all-users one (/ALLUSERS).

Marked ``dist`` (deselect with ``-m "not dist"``); CI runs it. Needs Wine, Xvfb and the
npm compiler: scripts/install-windows-tools.sh installs them (as root).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

import pytest

from greenbelt_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
ISCC = ROOT / "build" / "innosetup" / "node_modules" / "innosetup-compiler" / "bin" / "ISCC.exe"
APP_ID = "{6F1C7E2A-4B5D-4C1E-9A8B-3D2F5E7A9C10}_is1"
UNINSTALL_KEY = rf"Software\Microsoft\Windows\CurrentVersion\Uninstall\{APP_ID}"
OLD_VERSION = "0.0.9"
STALE = "left-by-0.0.9.txt"
MISSING = [name for name in ("wine", "wineboot", "wineserver", "Xvfb") if not shutil.which(name)]
if not ISCC.is_file() and not shutil.which("npm"):
    MISSING.append("the Inno Setup compiler (npm innosetup-compiler)")

pytestmark = [
    pytest.mark.dist,
    pytest.mark.xdist_group("dist"),
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (pip install -e '.[dist]')",
    ),
    pytest.mark.skipif(
        bool(MISSING), reason=f"{', '.join(MISSING)} missing: run scripts/install-windows-tools.sh"
    ),
]


@dataclass
class Wine:
    """One Wine prefix (a Windows installation) and the commands run in it."""

    prefix: Path
    display: str

    @property
    def env(self) -> dict[str, str]:
        return {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": os.environ.get("HOME", "/root"),
            "USER": os.environ.get("USER", "root"),
            "WINEPREFIX": str(self.prefix),
            "WINEARCH": "win64",
            "WINEDEBUG": "-all",
            "WINEDLLOVERRIDES": "mscoree,mshtml=",
            "DISPLAY": self.display,
        }

    def run(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["wine", *args],
            env=self.env,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=timeout,
            check=False,
        )

    def wait(self) -> None:
        """Wait until every Windows process of the prefix has ended (an uninstaller
        hands over to a copy of itself and returns early)."""
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=300, check=False)

    def stop(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env, timeout=60, check=False)

    def path(self, windows: str) -> Path:
        """The Linux path of a C:\\ path inside the prefix."""
        parts = PureWindowsPath(windows).parts
        assert parts[0].upper() == "C:\\", windows
        return self.prefix.joinpath("drive_c", *parts[1:])

    @property
    def profile(self) -> str:
        [user] = [
            p.name
            for p in (self.prefix / "drive_c" / "users").iterdir()
            if p.name != "Public" and not p.is_symlink()
        ]
        return rf"C:\users\{user}"

    def reg(self, key: str) -> dict[str, str] | None:
        """The values of a registry key (``(Default)`` for the unnamed one), or None."""
        # /reg:64: the 64-bit view, where a 64-bit install writes (wine reg is 32-bit).
        result = self.run("reg", "query", key, "/reg:64", timeout=60)
        if result.returncode != 0:
            return None
        values: dict[str, str] = {}
        for line in result.stdout.replace("\r", "").splitlines():
            if line.startswith("    "):
                name, _type, *data = line.strip().split("    ")
                values[name] = "    ".join(data).strip()
        return values


def windows_path(path: Path) -> str:
    return "Z:" + str(path).replace("/", "\\")


@pytest.fixture(scope="session")
def display() -> Iterator[str]:
    """One virtual screen for the session: Wine wants a display, even for silent setups."""
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "1024x768x24"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    yield f":{number}"
    xvfb.terminate()
    xvfb.wait(timeout=30)


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory, display: str) -> Iterator[Wine]:
    """A 64-bit Windows 10 prefix, made once (wineboot takes about 25 s)."""
    wine = Wine(tmp_path_factory.mktemp("wine") / "prefix", display)
    subprocess.run(["wineboot", "-i"], env=wine.env, capture_output=True, timeout=600, check=True)
    assert wine.run("winecfg", "-v", "win10").returncode == 0
    wine.wait()
    yield wine
    wine.stop()


@dataclass
class Setups:
    new: Path
    old: Path
    payload: Path


@pytest.fixture(scope="session")
def setups(tmp_path_factory: pytest.TempPathFactory, program: Path, template: Wine) -> Setups:
    """This version's setup from the stand-in payload, and an older version's, compiled
    from the same script with a payload that has one more file in _internal."""
    base = tmp_path_factory.mktemp("setups")

    def build(**env: str) -> None:
        result = subprocess.run(
            ["bash", str(ROOT / "installer" / "build-windows-wine.sh")],
            cwd=ROOT,
            env={**template.env, "COMPRESSION": "none", **env},
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]

    build(PROGRAM=str(program), WORK=str(base / "work"), OUT=str(base / "new"))
    payload = base / "work" / "dist" / "GreenBelt"
    old = base / "old-payload" / "GreenBelt"
    shutil.copytree(payload, old, symlinks=True, copy_function=os.link)
    (old / "_internal" / STALE).write_text("a file only the older version shipped\n")
    build(PAYLOAD=str(old), VERSION=OLD_VERSION, OUT=str(base / "old"))
    return Setups(
        new=base / "new" / f"GreenBelt-{__version__}-setup.exe",
        old=base / "old" / f"GreenBelt-{OLD_VERSION}-setup.exe",
        payload=payload,
    )


SHARED = ("drive_c/windows/system32/", "drive_c/windows/syswow64/")


@pytest.fixture
def wine(template: Wine, tmp_path: Path) -> Iterator[Wine]:
    """A fresh copy of the session's prefix: Wine's own DLLs (1.2 GB, never written)
    as hard links, everything else (the registry files, which the Wine server rewrites
    in place, and the user's folders) copied."""
    prefix = tmp_path / "prefix"
    subprocess.run(["cp", "-al", str(template.prefix), str(prefix)], check=True)
    for path in prefix.rglob("*"):
        relative = path.relative_to(prefix).as_posix()
        if path.is_file() and not path.is_symlink() and not relative.startswith(SHARED):
            copy = path.with_name(path.name + ".copy")
            shutil.copy2(path, copy)
            copy.replace(path)
    copy = Wine(prefix, template.display)
    yield copy
    copy.stop()


def install(wine: Wine, setup: Path, *args: str, quiet: str = "/VERYSILENT") -> str:
    """Run the setup silently; the log it writes, after checking it succeeded."""
    log = wine.prefix / f"setup-{len(list(wine.prefix.glob('setup-*.log')))}.log"
    result = wine.run(
        str(setup), quiet, "/SUPPRESSMSGBOXES", "/NORESTART", f"/LOG={windows_path(log)}", *args
    )
    wine.wait()
    text = log.read_text(encoding="utf-8-sig", errors="replace")
    assert result.returncode == 0, text[-3000:]
    assert "Installation process succeeded." in text
    return text


def uninstall(wine: Wine, app: str) -> str:
    log = wine.prefix / "uninstall.log"
    result = wine.run(
        rf"{app}\unins000.exe",
        "/VERYSILENT",
        "/SUPPRESSMSGBOXES",
        "/NORESTART",
        f"/LOG={windows_path(log)}",
    )
    wine.wait()
    text = log.read_text(encoding="utf-8-sig", errors="replace")
    assert result.returncode == 0, text[-3000:]
    assert "Uninstallation process succeeded." in text
    return text


def assert_program_files(wine: Wine, app: str, payload: Path) -> None:
    folder = wine.path(app)
    for name in ("GreenBelt.exe", "greenbelt-cli.exe", "unins000.exe", "STAND-IN.txt"):
        assert (folder / name).is_file(), name
    shipped = {p.relative_to(payload) for p in payload.rglob("*") if p.is_file()}
    installed = {p.relative_to(folder) for p in folder.rglob("*") if p.is_file()}
    assert shipped <= installed, sorted(shipped - installed)[:5]
    assert (folder / "_internal" / "resources" / "fonts" / "wqy-microhei.ttc").is_file()


def assert_shortcut(wine: Wine, lnk: str, target: str) -> None:
    data = wine.path(lnk).read_bytes()
    assert data[:4] == b"L\x00\x00\x00", "not a shell link"
    assert target.encode("utf-16-le") in data or target.encode("latin-1") in data


def assert_association(wine: Wine, classes: str, app: str) -> None:
    assert wine.reg(rf"{classes}\.gbundle") == {
        "(Default)": "GreenBelt.Bundle",
        "Content Type": "application/x-greenbelt-bundle",
    }
    command = wine.reg(rf"{classes}\GreenBelt.Bundle\shell\open\command")
    assert command == {"(Default)": rf'"{app}\GreenBelt.exe" "%1"'}
    assert wine.reg(rf"{classes}\GreenBelt.Bundle\DefaultIcon") == {
        "(Default)": rf"{app}\GreenBelt.exe,0"
    }
    assert wine.reg(rf"{classes}\Applications\GreenBelt.exe\SupportedTypes") == {".gbundle": ""}


def assert_self_check_did_not_fail_the_install(log: str) -> None:
    # The stand-in's greenbelt-cli.exe is a Linux program: Windows (Wine) cannot run it as
    # a Windows one, and the install must succeed all the same, saying so in the log.
    [line] = [x for x in log.splitlines() if "Self-check" in x]
    assert "passed" in line or "the install goes on" in line, line


def test_per_user_upgrade_over_an_older_version_then_uninstall_keeps_the_data(
    wine: Wine, setups: Setups
) -> None:
    """The default install (per user, /VERYSILENT) of an older version, this version over
    it, then the uninstaller."""
    app = rf"{wine.profile}\AppData\Local\Programs\GreenBelt"
    install(wine, setups.old)
    assert (wine.path(app) / "_internal" / STALE).is_file()
    old = wine.reg(rf"HKCU\{UNINSTALL_KEY}")
    assert old is not None and old["DisplayVersion"] == OLD_VERSION
    # The user's data folder (platformdirs' user_data_dir on Windows), from the old version.
    data = wine.path(rf"{wine.profile}\AppData\Local\SCO\GreenBelt")
    (data / "backups").mkdir(parents=True)
    (data / "greenbelt.sqlite3").write_bytes(b"SQLite format 3\x00 records of 0.0.9")
    (data / "backups" / "before-upgrade.sqlite3").write_bytes(b"SQLite format 3\x00")

    log = install(wine, setups.new)
    assert "Administrative install mode: No" in log
    assert_program_files(wine, app, setups.payload)
    assert not (wine.path(app) / "_internal" / STALE).exists()
    assert [p.name for p in wine.path(app).glob("unins*.exe")] == ["unins000.exe"]
    assert not (wine.path(app) / "portable").exists()
    menu = rf"{wine.profile}\AppData\Roaming\Microsoft\Windows\Start Menu\Programs"
    assert_shortcut(wine, rf"{menu}\Green Belt Desktop.lnk", rf"{app}\GreenBelt.exe")
    assert not wine.path(rf"{wine.profile}\Desktop\Green Belt Desktop.lnk").exists()
    assert_association(wine, r"HKCU\Software\Classes", app)
    entry = wine.reg(rf"HKCU\{UNINSTALL_KEY}")
    assert entry is not None
    assert entry["DisplayVersion"] == __version__
    assert entry["Inno Setup: App Path"] == app
    assert wine.reg(rf"HKLM\{UNINSTALL_KEY}") is None
    assert (data / "greenbelt.sqlite3").read_bytes().endswith(b"records of 0.0.9")
    assert_self_check_did_not_fail_the_install(log)

    uninstall(wine, app)
    assert not wine.path(app).exists()
    assert not wine.path(rf"{menu}\Green Belt Desktop.lnk").exists()
    assert wine.reg(r"HKCU\Software\Classes\.gbundle") is None
    assert wine.reg(r"HKCU\Software\Classes\GreenBelt.Bundle") is None
    assert wine.reg(r"HKCU\Software\Classes\Applications\GreenBelt.exe") is None
    assert wine.reg(rf"HKCU\{UNINSTALL_KEY}") is None
    assert (data / "greenbelt.sqlite3").read_bytes().endswith(b"records of 0.0.9")
    assert (data / "backups" / "before-upgrade.sqlite3").is_file()


def test_all_users_install_with_progress_only(wine: Wine, setups: Setups) -> None:
    """/SILENT (a progress window, no questions) and /ALLUSERS: Program Files, the common
    Start menu, the association in HKLM; the desktop shortcut task on request."""
    log = install(wine, setups.new, "/ALLUSERS", "/TASKS=desktopicon", quiet="/SILENT")
    app = r"C:\Program Files\GreenBelt"
    assert "Administrative install mode: Yes" in log
    assert_program_files(wine, app, setups.payload)
    menu = r"C:\ProgramData\Microsoft\Windows\Start Menu\Programs"
    assert_shortcut(wine, rf"{menu}\Green Belt Desktop.lnk", rf"{app}\GreenBelt.exe")
    assert_shortcut(
        wine, r"C:\users\Public\Desktop\Green Belt Desktop.lnk", rf"{app}\GreenBelt.exe"
    )
    assert_association(wine, r"HKLM\Software\Classes", app)
    assert wine.reg(r"HKCU\Software\Classes\.gbundle") is None
    entry = wine.reg(rf"HKLM\{UNINSTALL_KEY}")
    assert entry is not None and entry["DisplayVersion"] == __version__
    assert_self_check_did_not_fail_the_install(log)

    uninstall(wine, app)
    assert not wine.path(app).exists()
    assert not wine.path(rf"{menu}\Green Belt Desktop.lnk").exists()
    assert not wine.path(r"C:\users\Public\Desktop\Green Belt Desktop.lnk").exists()
    assert wine.reg(r"HKLM\Software\Classes\.gbundle") is None
    assert wine.reg(rf"HKLM\{UNINSTALL_KEY}") is None


def test_portable_task_keeps_everything_in_its_folder(wine: Wine, setups: Setups) -> None:
    stick = r"C:\stick\GreenBelt"
    log = install(wine, setups.new, f"/DIR={stick}", "/TASKS=portable")
    folder = wine.path(stick)
    assert (folder / "portable").is_file()
    assert (folder / "data").is_dir()
    assert (folder / "GreenBelt.exe").is_file()
    assert not (folder / "unins000.exe").exists()
    assert not [p for p in wine.prefix.rglob("*.lnk") if "Green Belt" in p.name]
    for root in ("HKCU", "HKLM"):
        assert wine.reg(rf"{root}\Software\Classes\.gbundle") is None
        assert wine.reg(rf"{root}\Software\Classes\GreenBelt.Bundle") is None
        assert wine.reg(rf"{root}\{UNINSTALL_KEY}") is None
    assert_self_check_did_not_fail_the_install(log)
