"""Translated texts of documents (PDF packs, workbooks, calendars) without Qt.

Each area has ``resources/i18n/<area>.json``: ``{"key": {"en": …, "ru": …, "zh": …}}``
with ``{name}`` placeholders. A missing language falls back to English, never
to a blank; a test checks every key is complete with the same placeholders.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Any

from greenbelt_desktop.domain.reference import LANGUAGES
from greenbelt_desktop.domain.resources import resource_path


@cache
def _catalogue(area: str) -> Mapping[str, Mapping[str, str]]:
    raw = json.loads(resource_path("i18n", f"{area}.json").read_text(encoding="utf-8"))
    return MappingProxyType({key: MappingProxyType(value) for key, value in raw.items()})


class Texts:
    """``Texts("pdf", "ru")("cover_title", party="Казахстан")``."""

    def __init__(self, area: str, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"'{lang}' is not one of the languages: {', '.join(LANGUAGES)}")
        self.area = area
        self.lang = lang
        self._entries = _catalogue(area)

    def __call__(self, key: str, **params: Any) -> str:
        entry = self._entries.get(key)
        if entry is None:
            raise KeyError(f"no text '{key}' in resources/i18n/{self.area}.json")
        template = entry.get(self.lang) or entry["en"]
        return template.format(**params) if params else template
