#!/usr/bin/env python3
"""Extract the user-visible strings of each area of the GUI into its .ts files.

One .ts file per area and language (``translations/<area>_<lang>.ts``) so that
areas are translated, reviewed and merged independently; the application loads
every compiled ``*_<lang>.qm``. Run after changing strings, then translate the
new entries (Qt Linguist, or by hand) so none stays unfinished:

    .venv/bin/python scripts/update-translations.py [AREA ...]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "greenbelt_desktop" / "gui"
LANGUAGES = ("en", "ru", "zh_CN")
# The files of each area other than "main", which has every other file of gui/.
AREAS: dict[str, tuple[str, ...]] = {
    # first-run wizard, sync and conflicts pages, background work
    "sync": ("wizard*.py", "wizard/**/*.py", "pages/sync*.py", "pages/conflicts*.py",
             "operations.py"),
    # backups dialog and start-up recovery
    "backups": ("backups.py", "recovery.py"),
    # briefing pack dialog and its entry in the main window
    "briefing": ("dialogs/briefing*.py",),
    # spreadsheets, calendar and address book dialog
    "files": ("dialogs/files*.py",),
}  # fmt: skip


def _matching(patterns: tuple[str, ...]) -> set[Path]:
    return {path for pattern in patterns for path in GUI.glob(pattern)}


def area_files(area: str) -> list[Path]:
    if area in AREAS:
        return sorted(_matching(AREAS[area]))
    others = set().union(*(_matching(patterns) for patterns in AREAS.values()))
    return sorted(set(GUI.rglob("*.py")) - others)


def lupdate() -> Path:
    found = Path(sys.executable).with_name("pyside6-lupdate")
    return found if found.exists() else Path("pyside6-lupdate")


def update(area: str) -> None:
    files = [str(path.relative_to(ROOT)) for path in area_files(area)]
    if not files:
        return
    for language in LANGUAGES:
        target = ROOT / "translations" / f"{area}_{language}.ts"
        subprocess.run(
            [str(lupdate()), *files, "-no-obsolete", "-locations", "none",
             "-source-language", "en", "-target-language", language, "-ts", str(target)],
            check=True, cwd=ROOT,
        )  # fmt: skip


def main(areas: list[str]) -> int:
    for area in areas or ["main", *AREAS]:
        update(area)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
