"""Reference data: member states, directions, forms of cooperation and code lists.

Labels in English, Russian and Chinese come from ``resources/reference``;
country and currency names for codes outside the SCO come from Babel's CLDR
data. The Secretariat updates the reference data after a release: its
entries (:class:`Entry`, carried as ``reference`` records in consolidated
bundles, see ``reference_entries``) are laid over the shipped files by
:meth:`Reference.overlaid`. An entry adds a member state, relabels a code or
retires it. A retired code stays a valid code, so records that use it stay
valid and readable; it is only no longer offered for new choices.
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

MEMBER_STATES = "member_states"
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
# Every list of reference data, by the name the shipped file and bundles use.
REFERENCE_LISTS = (MEMBER_STATES, *CODE_LISTS)
# The lists that gain codes through reference data (new members join). The other
# code lists are part of the data schema (JSON Schema enums, rules in the code):
# their codes are relabelled or retired, and new ones come with a release.
OPEN_LISTS = (MEMBER_STATES,)

Labels = Mapping[str, str]


@dataclass(frozen=True)
class Entry:
    """One entry of the Secretariat's reference data: a code's labels, active or retired."""

    list_name: str
    code: str
    labels: Labels
    active: bool = True


@dataclass(frozen=True)
class Reference:
    """Immutable reference data; pass it in where codes are checked or shown."""

    member_states: Mapping[str, Labels]
    lists: Mapping[str, Mapping[str, Labels]]
    version: int = 1
    _extra: Mapping[str, object] = field(default_factory=dict, repr=False)
    # Per list, the codes the Secretariat retired: still valid, no longer offered.
    retired: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def _list(self, list_name: str) -> Mapping[str, Labels]:
        return self.member_states if list_name == MEMBER_STATES else self.lists[list_name]

    def codes(self, list_name: str) -> tuple[str, ...]:
        """Every code of the list, retired ones included (old records use them)."""
        return tuple(self._list(list_name))

    def active_codes(self, list_name: str) -> tuple[str, ...]:
        """The codes offered for new choices: the list without its retired codes."""
        retired = self.retired.get(list_name, frozenset())
        return tuple(code for code in self._list(list_name) if code not in retired)

    def is_code(self, list_name: str, code: str) -> bool:
        return code in self._list(list_name)

    def is_retired(self, list_name: str, code: str) -> bool:
        return code in self.retired.get(list_name, frozenset())

    def labels(self, list_name: str, code: str) -> Labels | None:
        return self._list(list_name).get(code)

    def label(self, list_name: str, code: str, lang: str = "en") -> str:
        labels = self._list(list_name).get(code)
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

    def overlaid(self, entries: Iterable[Entry]) -> Reference:
        """This reference data with the Secretariat's entries laid over it.

        An entry sets a code's labels (adding the code to an open list) and
        retires it, or brings it back, by ``active``.
        """
        lists = {name: dict(self._list(name)) for name in REFERENCE_LISTS}
        retired = {name: set(codes) for name, codes in self.retired.items()}
        for entry in entries:
            if entry.list_name not in lists:
                continue
            codes = lists[entry.list_name]
            if entry.code not in codes and entry.list_name not in OPEN_LISTS:
                continue
            codes[entry.code] = MappingProxyType({lang: entry.labels[lang] for lang in LANGUAGES})
            if entry.active:
                retired.get(entry.list_name, set()).discard(entry.code)
            else:
                retired.setdefault(entry.list_name, set()).add(entry.code)
        states = lists.pop(MEMBER_STATES)
        return replace(
            self,
            member_states=MappingProxyType(states),
            lists=MappingProxyType({name: MappingProxyType(lists[name]) for name in CODE_LISTS}),
            retired=MappingProxyType(
                {name: frozenset(codes) for name, codes in retired.items() if codes}
            ),
        )


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


def country_labels(code: str) -> Labels:
    """A country's names in the three languages, from CLDR (for a code not shipped)."""
    return MappingProxyType({lang: country_names(lang).get(code, code) for lang in LANGUAGES})
