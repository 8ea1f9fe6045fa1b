"""``greenbelt selfcheck``: a headless check that an installed copy works.

It proves, without touching the user's data (it writes only in a temporary
folder), that the program, frozen or not, has everything it needs: the
shipped resources; a new database with its migrations, a record in Russian
and Chinese found again by search, a backup that passes the integrity check;
a bundle signed by one temporary installation with its encrypted key, then
verified and imported by another (the real sync code); a briefing pack in
Chinese with the shipped font embedded; and Qt (offscreen is enough): the
font loads and the translations are there. Every check runs and reports
``ok`` or ``FAILED`` with its reason; the last line says which failed (exit
code 1). IT departments run it after installing; the build's test runs it on
the frozen program.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from greenbelt_desktop import __version__
from greenbelt_desktop.cli.context import CommandError, Context
from greenbelt_desktop.cli.display import require_display
from greenbelt_desktop.domain.resources import resource_path
from greenbelt_desktop.store.backup import check_file
from greenbelt_desktop.store.home import Home

FONT = ("fonts", "wqy-microhei.ttc")
PASSPHRASE = "self-check passphrase"
SAMPLE = {
    "title": "Солнечная электростанция 太阳能电站",
    "status": "idea",
    "summary": "Проверка установки · 安装检查",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "selfcheck", help="check that this installation works (database, bundles, PDF, Qt)"
    )
    parser.add_argument("--keep", metavar="DIR", help="keep the files it writes in DIR")
    parser.add_argument("--no-gui", action="store_true", help="skip the Qt check")
    parser.set_defaults(handler=cmd_selfcheck)


def check_resources(work: Path) -> str:
    for parts in (("reference", "reference.json"), ("schema", "project.schema.json"), FONT):
        if not resource_path(*parts).is_file():
            raise CommandError(f"The installation is incomplete: {'/'.join(parts)} is missing.")
    return f"resources in {resource_path()}"


def check_database(work: Path) -> str:
    home = Home(work / "home")
    store = home.open_store(check=True)
    try:
        store.initialise("KZ", "Self-check")
        record_id = store.add("project", SAMPLE)
        found = [hit.id for hit in store.search("太阳能")] + [
            hit.id for hit in store.search("солнечная")
        ]
        if found != [record_id, record_id]:
            raise CommandError("Search did not find the record it had just written.")
    finally:
        store.engine.dispose()
    backup = home.backups().create("selfcheck")
    if check_file(backup) is not None:
        raise CommandError("A backup failed its integrity check.")
    return "database created, migrated, searched (ru, zh) and backed up"


def check_bundle(work: Path) -> str:
    """A member signs a bundle with its encrypted key; the Secretariat verifies and imports it."""
    from greenbelt_desktop.sync import export, importer, keyring

    member, secretariat = Home(work / "member"), Home(work / "secretariat")
    sender, receiver = member.open_store(), secretariat.open_store()
    try:
        sender.initialise("KZ", "Self-check")
        card = keyring.create_installation_key(sender, member.keys_dir, PASSPHRASE)
        sender.add("project", SAMPLE)
        bundle = work / "selfcheck.gbundle"
        export.export_bundle(sender, member.keys_dir, PASSPHRASE, bundle)
        (work / "selfcheck-card.json").write_text(json.dumps(card.as_json()), encoding="utf-8")
        receiver.initialise("SECRETARIAT", "Self-check")
        keyring.create_installation_key(receiver, secretariat.keys_dir, PASSPHRASE)
        keyring.trust_card(receiver, card, card.kid)
        report = importer.import_bundle(secretariat, receiver, bundle)
        if report.totals.get("new") != 1:
            raise CommandError("The signed bundle was not imported as expected.")
    finally:
        sender.engine.dispose()
        receiver.engine.dispose()
    return "bundle signed with an encrypted Ed25519 key, verified and imported"


def check_pdf(work: Path) -> str:
    """A briefing pack in Chinese (the shipped CJK font, embedded) of the record written
    by the database check."""
    from greenbelt_desktop.documents.briefing import checked_options, make_briefing

    store = Home(work / "home").open_store()
    try:
        target = work / "selfcheck.pdf"
        result = make_briefing(store, checked_options(store.reference, lang="zh"), target)
    finally:
        store.engine.dispose()
    data = target.read_bytes()
    if not data.startswith(b"%PDF") or b"/FontFile2" not in data or result.projects != 1:
        raise CommandError("The briefing pack was not written as expected.")
    return f"briefing pack in Chinese, {result.pages} pages, font embedded"


def check_qt(work: Path) -> str:
    require_display()
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtGui import QFontDatabase, QGuiApplication
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([sys.argv[0]])  # kept alive
    font = QFontDatabase.addApplicationFont(str(resource_path(*FONT)))
    if font < 0 or not QFontDatabase.applicationFontFamilies(font):
        raise CommandError("Qt could not load the shipped font.")
    i18n = Path(__file__).resolve().parent.parent / "gui" / "i18n"
    ours = sorted(i18n.glob("*_ru.qm"))
    if not ours or not QTranslator().load(str(ours[0])):
        raise CommandError(f"The Russian translations are missing from {i18n}.")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_ru", qt_dir):
        raise CommandError("Qt's own Russian translations are missing.")
    platform = QGuiApplication.platformName()
    return f"Qt {platform}: font, {len(ours)} Russian translation file(s), qtbase_ru"


def cmd_selfcheck(args: argparse.Namespace, ctx: Context) -> int:
    checks: list[tuple[str, Callable[[Path], str]]] = [
        ("resources", check_resources),
        ("database", check_database),
        ("bundle", check_bundle),
        ("pdf", check_pdf),
    ]
    if not args.no_gui:
        checks.append(("qt", check_qt))
    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    ctx.print(f"greenbelt {__version__}{frozen}")
    with tempfile.TemporaryDirectory(prefix="greenbelt-selfcheck-") as scratch:
        work = Path(args.keep) if args.keep else Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        failed: list[tuple[str, str]] = []
        for name, check in checks:
            try:
                ctx.print(f"ok  {name}: {check(work)}")
            except Exception as error:  # each check's failure is reported, then the next runs
                failed.append((name, str(error)))
                ctx.print(f"FAILED  {name}: {error}")
    if len(failed) == 1:
        raise CommandError(f"The {failed[0][0]} check failed: {failed[0][1]}")
    if failed:
        names = ", ".join(name for name, _ in failed)
        raise CommandError(f"{len(failed)} checks failed ({names}); each is described above.")
    ctx.print("All checks passed.")
    return 0
