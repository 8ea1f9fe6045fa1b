"""Which columns a list can show for each kind of record, and how a value is displayed.

Every column is a typed column of the record's table (``store/projection.py``),
so sorting and filtering happen in SQL. ``kind`` says how to show the value:
``text``, ``code:<list>`` (a reference label), ``country``, ``countries``,
``codes:<list>`` (a JSON array of codes), ``date``, ``moment``, ``money``,
``number``, ``party``, ``sharing``, ``bool``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt

from greenbelt_desktop.gui.i18n import QT_TRANSLATE_NOOP, translate
from greenbelt_desktop.gui.session import Session


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English source text, context "Columns"
    kind: str = "text"

    def header(self) -> str:
        return translate("Columns", self.title)

    @property
    def sortable(self) -> bool:
        """Lists of codes (JSON arrays) have no order a person would expect, and the
        three sharing levels are chosen with the filter (the store keeps no index on them)."""
        return self.kind not in ("countries", "sharing") and not self.kind.startswith("codes:")


_ORIGIN = Column("origin", QT_TRANSLATE_NOOP("Columns", "Owner"), "party")
_SHARING = Column("sharing", QT_TRANSLATE_NOOP("Columns", "Sharing"), "sharing")
_UPDATED = Column("updated_at", QT_TRANSLATE_NOOP("Columns", "Changed"), "moment")
_COUNTRY = Column("country", QT_TRANSLATE_NOOP("Columns", "Country"), "country")
_DIRECTIONS = Column("directions", QT_TRANSLATE_NOOP("Columns", "Directions"), "codes:directions")
_META = (_ORIGIN, _SHARING, _UPDATED)

COLUMNS: dict[str, tuple[Column, ...]] = {
    "organisation": (
        Column("name", QT_TRANSLATE_NOOP("Columns", "Name")),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), "code:organisation_kind"),
        _COUNTRY,
        _DIRECTIONS,
        *_META,
    ),
    "contact": (
        Column("full_name", QT_TRANSLATE_NOOP("Columns", "Name")),
        Column("full_name_latin", QT_TRANSLATE_NOOP("Columns", "Name in Latin letters")),
        _COUNTRY,
        Column("email", QT_TRANSLATE_NOOP("Columns", "E-mail")),
        Column("roles", QT_TRANSLATE_NOOP("Columns", "Roles"), "codes:contact_role"),
        *_META,
    ),
    "event": (
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title")),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), "code:event_kind"),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "code:event_status"),
        Column("start", QT_TRANSLATE_NOOP("Columns", "Start"), "date"),
        Column("end", QT_TRANSLATE_NOOP("Columns", "End"), "date"),
        _COUNTRY,
        Column("cross_border", QT_TRANSLATE_NOOP("Columns", "Cross-border"), "bool"),
        _DIRECTIONS,
        *_META,
    ),
    "project": (
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title")),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "code:project_status"),
        Column("countries", QT_TRANSLATE_NOOP("Columns", "Countries"), "countries"),
        Column("start", QT_TRANSLATE_NOOP("Columns", "Start"), "date"),
        Column("end", QT_TRANSLATE_NOOP("Columns", "End"), "date"),
        Column("budget", QT_TRANSLATE_NOOP("Columns", "Budget"), "money"),
        Column("co2e_t_per_year", QT_TRANSLATE_NOOP("Columns", "t CO2e a year"), "number"),
        Column("renewable_mw", QT_TRANSLATE_NOOP("Columns", "MW renewable"), "number"),
        _DIRECTIONS,
        *_META,
    ),
    "recommendation": (
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title")),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "code:recommendation_status"),
        Column("proposed_by", QT_TRANSLATE_NOOP("Columns", "Proposed by"), "party"),
        *_META,
    ),
    "agreement": (
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title")),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Status"), "code:agreement_status"),
        Column("signed_on", QT_TRANSLATE_NOOP("Columns", "Signed on"), "date"),
        *_META,
    ),
    "practice": (
        Column("title", QT_TRANSLATE_NOOP("Columns", "Title")),
        _COUNTRY,
        *_META,
    ),
}

DEFAULT_VISIBLE: dict[str, tuple[str, ...]] = {
    "organisation": ("name", "kind", "country", "origin", "updated_at"),
    "contact": ("full_name", "full_name_latin", "country", "email", "origin"),
    "event": ("title", "kind", "status", "start", "country", "origin"),
    "project": ("title", "status", "countries", "start", "budget", "origin"),
    "recommendation": ("title", "status", "proposed_by", "origin", "updated_at"),
    "agreement": ("title", "status", "signed_on", "origin"),
    "practice": ("title", "country", "origin", "updated_at"),
}

# Columns a value needs beside its own (the currency of a budget).
COMPANIONS = {"budget": "budget_currency"}
ALIGN_RIGHT = ("money", "number")


def display(session: Session, column: Column, row: dict[str, Any], locale: QLocale) -> str:
    value = row.get(column.key)
    if value is None or value == "":
        return ""
    kind = column.kind
    if kind == "text":
        return str(value)
    if kind.startswith("code:"):
        return session.label(kind[5:], value)
    if kind.startswith("codes:"):
        return ", ".join(session.label(kind[6:], code) for code in json.loads(value))
    if kind == "country":
        return session.country(value)
    if kind == "countries":
        return ", ".join(session.country(code) for code in json.loads(value))
    if kind == "party":
        return session.party_name(value)
    if kind == "sharing":
        return sharing_name(value)
    if kind == "bool":
        return translate("Columns", "yes") if value else ""
    if kind == "date":
        return format_date(str(value), locale)
    if kind == "moment":
        moment = QDateTime.fromString(str(value), Qt.DateFormat.ISODate)
        return locale.toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
    if kind in ("money", "number"):
        number = float(value)
        text = locale.toString(number, "f", 0 if number.is_integer() else 2)
        currency = row.get(COMPANIONS.get(column.key, ""))
        return f"{text} {currency}" if currency else text
    return str(value)


def format_date(value: str, locale: QLocale) -> str:
    """An ISO date, or a date-time with offset (event start), in the locale's short form."""
    if len(value) == 10:
        return locale.toString(
            QDate.fromString(value, Qt.DateFormat.ISODate), QLocale.FormatType.ShortFormat
        )
    moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return value
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def sharing_name(code: str) -> str:
    names = {
        "private": translate("Sharing", "Private"),
        "secretariat": translate("Sharing", "Secretariat only"),
        "members": translate("Sharing", "All member states"),
    }
    return names.get(code, code)
