"""Translations: complete, placeholders intact, loaded at run time, English fallback."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from greenbelt_desktop.gui.i18n import LANGUAGES, QM_DIR, Translations

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "translations").glob("*.ts"))
PLACEHOLDER = re.compile(r"%n|%L?\d+|\{[a-z_]+\}")


def messages(path: Path):  # type: ignore[no-untyped-def]
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def test_there_is_a_ts_file_of_the_main_area_for_every_language() -> None:
    names = {path.name for path in TS_FILES}
    assert {f"main_{language}.ts" for language in LANGUAGES} <= names


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_no_entry_is_unfinished_or_empty(path: Path) -> None:
    bad = []
    for context, message in messages(path):
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        texts = [form.text for form in forms] if forms else [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
            bad.append(f"{context}: {message.findtext('source')}")
    assert not bad, bad


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_placeholders_are_the_same_in_source_and_translation(path: Path) -> None:
    bad = []
    for context, message in messages(path):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = translation.findall("numerusform") or [translation]
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            found = sorted(set(PLACEHOLDER.findall(form.text or "")))
            # A numerus form may leave %n out only where the language needs no number (none here).
            if found != wanted:
                bad.append(f"{context}: {source!r} -> {form.text!r}")
    assert not bad, bad


def test_every_string_in_the_code_is_in_the_ts_files(tmp_path: Path) -> None:
    script = ROOT / "scripts" / "update-translations.py"
    sys.path.insert(0, str(script.parent))
    try:
        import importlib.util

        spec = importlib.util.spec_from_file_location("update_translations", script)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.pop(0)
    files = [str(path) for path in module.area_files("main")]
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(module.lupdate()), *files, "-ts", str(fresh)], check=True, capture_output=True
    )
    in_code = {(c, m.findtext("source")) for c, m in messages(fresh)}
    committed = {
        (c, m.findtext("source")) for c, m in messages(ROOT / "translations" / "main_ru.ts")
    }
    assert in_code - committed == set(), "run scripts/update-translations.py and translate"


@pytest.mark.gui
def test_languages_load_and_a_missing_string_falls_back_to_english(
    translations: Translations,
) -> None:
    assert (QM_DIR / "main_ru.qm").exists(), "make setup compiles the .qm files"
    translations.install("ru")
    assert QCoreApplication.translate("Navigation", "Projects") == "Проекты"
    assert QCoreApplication.translate("Nowhere", "A string nobody translated") == (
        "A string nobody translated"
    )
    assert any("qtbase_ru" in name for name in translations.loaded_files)
    assert QLocale().language() == QLocale.Language.Russian
    translations.install("zh_CN")
    assert QCoreApplication.translate("Navigation", "Projects") == "项目"
    assert QCoreApplication.translate("RecordList", "%n record(s)", None, 3) == "3 条记录"
    translations.install("en")
    assert QCoreApplication.translate("RecordList", "%n record(s)", None, 1) == "1 record"
    assert QCoreApplication.translate("Navigation", "Projects") == "Projects"
