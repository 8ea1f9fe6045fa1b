"""Words, dates and numbers of a pack in its language.

Texts come from ``resources/i18n/briefing.json`` (and the Programme's name from
``common.json``), code labels from the reference data, dates and numbers from
Babel's CLDR data for the language. Amounts are always printed with their ISO
4217 code and never added across currencies.
"""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from babel.dates import format_date, format_interval, format_time
from babel.numbers import format_decimal
from reportlab.pdfbase.pdfmetrics import stringWidth

from greenbelt_desktop.documents.texts import Texts
from greenbelt_desktop.domain.reference import Reference

BABEL_LOCALES = {"en": "en_GB", "ru": "ru", "zh": "zh_Hans_CN"}
# Characters CLDR uses that the pack font lacks, and what prints instead.
_SUBSTITUTES = str.maketrans({"\u202f": "\u00a0", "\u2011": "-", "\u2012": "-", "\u2212": "-"})


def clean(text: str) -> str:
    """Plain text made safe for a reportlab Paragraph in the pack font."""
    return escape(text.translate(_SUBSTITUTES))


def address_lines(address: str, width: float, font: str, size: float) -> list[str]:
    """An e-mail address as one line, or split after its "@" when it is wider than ``width``
    (reportlab would otherwise cut it between any two letters)."""
    if stringWidth(address, font, size) <= width or "@" not in address:
        return [address]
    local, domain = address.split("@", 1)
    return [f"{local}@", domain]


def shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word where possible, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,.;:") + "…"


class Wording:
    """Everything language-dependent a pack prints; plain text (not yet escaped)."""

    def __init__(self, lang: str, reference: Reference) -> None:
        self.lang = lang
        self.locale = BABEL_LOCALES[lang]
        self.reference = reference
        self._texts = Texts("briefing", lang)
        self.programme = Texts("common", lang)("programme_name")

    def __call__(self, key: str, **params: object) -> str:
        return self._texts(key, **params)

    def label(self, list_name: str, code: str) -> str:
        return self.reference.label(list_name, code, self.lang)

    def country(self, code: str) -> str:
        return self.reference.country_name(code, self.lang)

    def party(self, code: str) -> str:
        return self.reference.party_name(code, self.lang)

    def date(self, day: dt.date, style: str = "medium") -> str:
        return str(format_date(day, style, locale=self.locale)).translate(_SUBSTITUTES)

    def span(self, first: dt.date, last: dt.date) -> str:
        if first == last:
            return self.date(first)
        return str(format_interval(first, last, "yMMMd", locale=self.locale)).translate(
            _SUBSTITUTES
        )

    def time(self, moment: dt.datetime) -> str:
        """The local time of a moment with its UTC offset, e.g. "09:30 UTC+5"."""
        clock = str(format_time(moment, "short", locale=self.locale)).translate(_SUBSTITUTES)
        offset = moment.utcoffset() or dt.timedelta()
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        hours, rest = divmod(abs(minutes), 60)
        return f"{clock} UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")

    def number(self, value: float) -> str:
        pattern = "#,##0" if value >= 100 or value == int(value) else "#,##0.#"
        return str(format_decimal(value, format=pattern, locale=self.locale)).translate(
            _SUBSTITUTES
        )

    def money(self, amount: float, currency: str) -> str:
        return f"{self.number(amount)}\u00a0{currency}"

    def period(self, first: dt.date | None, last: dt.date | None) -> str:
        if first and last:
            return self.span(first, last)
        if first:
            return self("period_from", date=self.date(first))
        if last:
            return self("period_until", date=self.date(last))
        return self("period_all")
