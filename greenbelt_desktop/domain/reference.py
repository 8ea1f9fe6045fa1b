"""Reference data: member states, directions, forms of cooperation and code lists.

Labels in English, Russian and Chinese come from ``resources/reference``;
country and currency names for codes outside the SCO come from Babel's CLDR
data. The Secretariat may add member states later (``with_member_states``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from types import MappingProxyType

from babel import Locale
from babel.numbers import list_currencies

from greenbelt_desktop.domain.resources import resource_path

LANGUAGES = ("en", "ru", "zh")
SECRETARIAT = "SECRETARIAT"
_BABEL_LOCALES = {"en": "en", "ru": "ru", "zh": "zh_Hans_CN"}
# CLDR territory codes that are not ISO 3166-1 countries.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "QO", "UN", "XA", "XB", "XK", "ZZ"})

CODE_LISTS = (
    "directions",
    "forms",
    "organisation_kind",
    "contact_role",
    "event_kind",
    "event_status",
    "participant_role",
    "project_status",
    "partner_role",
    "financing_source",
    "recommendation_status",
    "agreement_status",
    "sharing",
)

Labels = Mapping[str, str]


@dataclass(frozen=True)
class Reference:
    """Immutable reference data; pass it in where codes are checked or shown."""

    member_states: Mapping[str, Labels]
    lists: Mapping[str, Mapping[str, Labels]]
    version: int = 1
    _extra: Mapping[str, object] = field(default_factory=dict, repr=False)

    def codes(self, list_name: str) -> tuple[str, ...]:
        return tuple(self.lists[list_name])

    def is_code(self, list_name: str, code: str) -> bool:
        return code in self.lists[list_name]

    def label(self, list_name: str, code: str, lang: str = "en") -> str:
        if list_name == "member_states":
            labels = self.member_states.get(code)
        else:
            labels = self.lists[list_name].get(code)
        if not labels:
            return code
        return labels.get(lang) or labels.get("en") or code

    def is_member_state(self, code: str) -> bool:
        return code in self.member_states

    def is_party(self, code: str) -> bool:
        return code == SECRETARIAT or code in self.member_states

    def country_name(self, code: str, lang: str = "en") -> str:
        if code in self.member_states:
            return self.label("member_states", code, lang)
        return country_names(lang).get(code, code)

    def party_name(self, code: str, lang: str = "en") -> str:
        if code == SECRETARIAT:
            return {"en": "SCO Secretariat", "ru": "Секретариат ШОС", "zh": "上合组织秘书处"}.get(
                lang, "SCO Secretariat"
            )
        return self.country_name(code, lang)

    def with_member_states(self, states: Mapping[str, Labels]) -> Reference:
        merged = dict(self.member_states)
        merged.update(states)
        return replace(self, member_states=MappingProxyType(merged))


def _labels(rows: Iterable[Mapping[str, str]]) -> dict[str, Labels]:
    return {row["code"]: MappingProxyType({lang: row[lang] for lang in LANGUAGES}) for row in rows}


def load_reference(path: Path | None = None) -> Reference:
    source = path or resource_path("reference", "reference.json")
    raw = json.loads(source.read_text(encoding="utf-8"))
    lists = {name: MappingProxyType(_labels(raw[name])) for name in CODE_LISTS}
    return Reference(
        member_states=MappingProxyType(_labels(raw["member_states"])),
        lists=MappingProxyType(lists),
        version=int(raw.get("reference_version", 1)),
    )


@cache
def default_reference() -> Reference:
    return load_reference()


@cache
def country_codes() -> frozenset[str]:
    territories = Locale.parse("en").territories
    return frozenset(
        code
        for code in territories
        if isinstance(code, str)
        and len(code) == 2
        and code.isalpha()
        and code.isupper()
        and code not in _NOT_COUNTRIES
    )


@cache
def country_names(lang: str = "en") -> Mapping[str, str]:
    territories = Locale.parse(_BABEL_LOCALES.get(lang, "en")).territories
    return MappingProxyType({code: territories.get(code, code) for code in country_codes()})


@cache
def currency_codes() -> frozenset[str]:
    return frozenset(list_currencies())


def currency_name(code: str, lang: str = "en") -> str:
    return str(Locale.parse(_BABEL_LOCALES.get(lang, "en")).currencies.get(code, code))
