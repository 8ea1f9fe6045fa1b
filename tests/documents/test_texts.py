"""Every document text is complete in English, Russian and Chinese, with the same placeholders."""

from __future__ import annotations

import json
import string

import pytest

from greenbelt_desktop.domain.reference import LANGUAGES
from greenbelt_desktop.domain.resources import resource_path

AREAS = sorted(resource_path("i18n").glob("*.json"))


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("path", AREAS, ids=[p.stem for p in AREAS])
def test_catalogue_is_complete(path) -> None:
    entries = json.loads(path.read_text(encoding="utf-8"))
    for key, entry in entries.items():
        for lang in LANGUAGES:
            assert entry.get(lang, "").strip(), f"{path.name}: {key} has no {lang}"
            assert placeholders(entry[lang]) == placeholders(entry["en"]), (path.name, key, lang)
