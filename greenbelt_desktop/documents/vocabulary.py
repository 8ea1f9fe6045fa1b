"""Codes and their labels as a workbook shows and reads them.

Cells show labels in the workbook's language; reading accepts the code or a
label in any of English, Russian and Chinese (compared without case and extra
spaces), so a ministry may fill in a template in its own language.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, cached_property

from babel import Locale

from greenbelt_desktop.documents.sheets import fold
from greenbelt_desktop.documents.texts import Texts
from greenbelt_desktop.domain.reference import (
    LANGUAGES,
    SECRETARIAT,
    Reference,
    country_codes,
    currency_codes,
)

# Currencies offered first in drop-downs (the rest follow alphabetically).
_LOCALES = {"en": "en", "ru": "ru", "zh": "zh_Hans_CN"}


@cache
def country_names(lang: str) -> Mapping[str, str]:
    """ISO country names in ``lang``; CLDR lacks a few in some languages (English then)."""
    english = Locale.parse("en").territories
    local = Locale.parse(_LOCALES.get(lang, "en")).territories
    return {code: local.get(code) or english.get(code) or code for code in country_codes()}


COMMON_CURRENCIES = ("USD", "EUR", "CNY", "RUB", "KZT", "KGS", "TJS", "UZS", "INR", "PKR", "IRR")


class Vocabulary:
    def __init__(self, reference: Reference, lang: str) -> None:
        self.reference = reference
        self.lang = lang
        self.texts = Texts("xlsx", lang)

    # -- writing -----------------------------------------------------------

    def label(self, list_name: str, code: str) -> str:
        return self.reference.label(list_name, code, self.lang)

    def country(self, code: str) -> str:
        if self.reference.is_member_state(code):
            return self.reference.label("member_states", code, self.lang)
        return country_names(self.lang).get(code, code)

    def party(self, code: str) -> str:
        if code == SECRETARIAT:
            return self.reference.party_name(code, self.lang)
        return self.country(code)

    def yes_no(self, value: bool) -> str:
        return self.texts("yes" if value else "no")

    def choices(self, list_name: str) -> list[str]:
        """The labels a drop-down offers for a reference list (retired codes are not
        offered; reading still knows them)."""
        return [self.label(list_name, code) for code in self.reference.active_codes(list_name)]

    def member_choices(self) -> list[str]:
        return [self.country(code) for code in self.reference.active_codes("member_states")]

    def country_choices(self) -> list[str]:
        active = set(self.reference.active_codes("member_states"))
        members = self.member_choices()
        others = sorted(
            {self.country(code) for code in country_codes() if code not in active} - set(members)
        )
        return members + others

    def party_choices(self) -> list[str]:
        return [*self.member_choices(), self.party(SECRETARIAT)]

    @staticmethod
    def currency_choices() -> list[str]:
        rest = sorted(currency_codes() - set(COMMON_CURRENCIES))
        return [*COMMON_CURRENCIES, *rest]

    # -- reading -----------------------------------------------------------

    @cached_property
    def _codes(self) -> dict[str, dict[str, str]]:
        index: dict[str, dict[str, str]] = {}
        for list_name in self.reference.lists:
            names: dict[str, str] = {}
            for code in self.reference.codes(list_name):
                names[fold(code)] = code
                for lang in LANGUAGES:
                    names.setdefault(fold(self.reference.label(list_name, code, lang)), code)
            index[list_name] = names
        return index

    @cached_property
    def _countries(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for lang in LANGUAGES:
            for code, name in country_names(lang).items():
                names.setdefault(fold(name), code)
            for code in self.reference.member_states:
                names[fold(self.reference.label("member_states", code, lang))] = code
        for code in (*country_codes(), *self.reference.member_states):
            names[fold(code)] = code
        return names

    @cached_property
    def _parties(self) -> dict[str, str]:
        names = {
            fold(self.reference.label("member_states", code, lang)): code
            for code in self.reference.member_states
            for lang in LANGUAGES
        }
        for lang in LANGUAGES:
            names[fold(self.reference.party_name(SECRETARIAT, lang))] = SECRETARIAT
        names.update({fold(code): code for code in (*self.reference.member_states, SECRETARIAT)})
        return names

    @cached_property
    def _booleans(self) -> dict[str, bool]:
        names = {"true": True, "false": False, "1": True, "0": False, "x": True}
        for lang in LANGUAGES:
            texts = Texts("xlsx", lang)
            names[fold(texts("yes"))] = True
            names[fold(texts("no"))] = False
        return names

    def code(self, list_name: str, text: str) -> str | None:
        return self._codes[list_name].get(fold(text))

    def country_code(self, text: str) -> str | None:
        return self._countries.get(fold(text))

    def party_code(self, text: str) -> str | None:
        return self._parties.get(fold(text))

    def boolean(self, text: str) -> bool | None:
        return self._booleans.get(fold(text))
