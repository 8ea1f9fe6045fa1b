"""The column layout of Green Belt workbooks: which sheet holds what, in which column.

One layout serves the template, the export and the import, so an exported
workbook is always re-importable. Each record kind has a main sheet (one row a
record); sub-records that travel inside their parent (event participants,
project partners and financing lines, recommendation follow-ups) have their
own sheet whose first column names the parent row by its No., record id or
title. Headers are translated (``resources/i18n/xlsx.json``); the import
recognises a header in any of the three languages or by its field name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from greenbelt_desktop.documents.texts import Texts
from greenbelt_desktop.domain.reference import LANGUAGES

# Kinds of column: how a cell is written, read and checked.
TEXT = "text"
PARAGRAPHS = "paragraphs"  # a list of texts, one a line
CODE = "code"  # one code of a reference list (``ref``)
CODES = "codes"  # several codes of a reference list
COUNTRY = "country"
COUNTRIES = "countries"
MEMBER_STATES = "member_states"
PARTY = "party"
CURRENCY = "currency"
DATE = "date"
EVENT_TIME = "eventtime"
NUMBER = "number"
BOOL = "bool"
EMAIL = "email"
EMAILS = "emails"
URL = "url"
LINES = "lines"  # several short texts separated by ;
LANGUAGES_KIND = "languages"
TIMEZONE = "timezone"
LINK = "link"  # one record of kind ``ref``
LINKS = "links"

MULTI = frozenset({CODES, COUNTRIES, MEMBER_STATES, EMAILS, LINES, LANGUAGES_KIND, LINKS})


@dataclass(frozen=True)
class Column:
    field: str
    kind: str = TEXT
    ref: str = ""  # reference list name (codes) or linked entity (links)
    required: bool = False
    width: int = 18
    label: str = ""  # text key when it is not ``field.<field>``

    @property
    def label_key(self) -> str:
        return self.label or f"field.{self.field}"

    @property
    def help_key(self) -> str:
        if self.kind in (LINK, LINKS):
            return f"help.{self.kind}.{self.ref}"
        return f"help.{self.kind}"


@dataclass(frozen=True)
class Sheet:
    """A main sheet (``parent`` empty) or a sub-record sheet of ``parent``."""

    name: str  # text key suffix: ``sheet.<name>``
    entity: str
    columns: tuple[Column, ...]
    parent_field: str = ""  # the list field of the parent record this sheet fills
    sub_sheets: tuple[str, ...] = field(default=())

    @property
    def is_sub(self) -> bool:
        return bool(self.parent_field)

    def title(self, lang: str) -> str:
        return Texts("xlsx", lang)(f"sheet.{self.name}")


def C(field: str, kind: str = TEXT, ref: str = "", *, req: bool = False, w: int = 18) -> Column:
    return Column(field, kind, ref, req, w)


_DIRECTIONS = C("directions", CODES, "directions", w=40)
_FORMS = C("forms", CODES, "forms", w=40)

SHEETS: tuple[Sheet, ...] = (
    Sheet(
        "organisation",
        "organisation",
        (
            C("name", req=True, w=36),
            C("name_en", w=30),
            C("name_ru", w=30),
            C("name_zh", w=24),
            C("acronym", w=12),
            C("kind", CODE, "organisation_kind", req=True),
            C("country", COUNTRY, req=True),
            C("website", URL, w=28),
            C("email", EMAIL, w=26),
            C("phone"),
            C("address", w=30),
            _DIRECTIONS,
            C("notes", w=30),
        ),
    ),
    Sheet(
        "contact",
        "contact",
        (
            C("full_name", req=True, w=30),
            C("full_name_latin", w=30),
            Column("title", TEXT, width=24, label="field.position"),
            C("organisation", LINK, "organisation", w=30),
            C("country", COUNTRY),
            C("roles", CODES, "contact_role", w=30),
            C("email", EMAIL, w=26),
            C("emails", EMAILS, w=26),
            C("phones", LINES, w=20),
            C("languages", LANGUAGES_KIND, w=12),
            C("notes", w=30),
        ),
    ),
    Sheet(
        "event",
        "event",
        (
            C("title", req=True, w=36),
            C("kind", CODE, "event_kind", req=True),
            C("status", CODE, "event_status"),
            C("start", EVENT_TIME, req=True, w=18),
            C("end", EVENT_TIME, req=True, w=18),
            C("timezone", TIMEZONE, w=16),
            C("venue", w=24),
            C("city"),
            C("country", COUNTRY, req=True),
            C("cross_border", BOOL, w=10),
            C("organisers", LINKS, "organisation", w=30),
            _DIRECTIONS,
            _FORMS,
            C("agenda", PARAGRAPHS, w=30),
            C("description", w=36),
            C("outcome", w=30),
        ),
        sub_sheets=("event_participants",),
    ),
    Sheet(
        "event_participants",
        "event",
        (
            C("contact", LINK, "contact", req=True, w=30),
            C("role", CODE, "participant_role"),
        ),
        parent_field="participants",
    ),
    Sheet(
        "project",
        "project",
        (
            C("title", req=True, w=36),
            C("summary", w=36),
            _DIRECTIONS,
            _FORMS,
            C("countries", MEMBER_STATES, w=24),
            C("status", CODE, "project_status", req=True),
            C("start", DATE, w=12),
            C("end", DATE, w=12),
            C("budget", NUMBER, w=16),
            C("budget_currency", CURRENCY, w=10),
            C("co2e_t_per_year", NUMBER, w=14),
            C("renewable_mw", NUMBER, w=14),
            C("energy_saved_mwh_per_year", NUMBER, w=14),
            C("waste_t_per_year", NUMBER, w=14),
            C("location", w=20),
            C("technology", w=20),
            C("notes", w=30),
        ),
        sub_sheets=("project_partners", "project_financing"),
    ),
    Sheet(
        "project_partners",
        "project",
        (
            C("organisation", LINK, "organisation", req=True, w=30),
            C("role", CODE, "partner_role"),
        ),
        parent_field="partners",
    ),
    Sheet(
        "project_financing",
        "project",
        (
            C("amount", NUMBER, req=True, w=16),
            C("currency", CURRENCY, req=True, w=10),
            C("source", CODE, "financing_source", req=True, w=24),
            C("organisation", LINK, "organisation", w=30),
            C("note", w=30),
        ),
        parent_field="financing",
    ),
    Sheet(
        "recommendation",
        "recommendation",
        (
            C("title", req=True, w=36),
            C("text", req=True, w=48),
            C("proposed_by", PARTY, w=16),
            C("proposer", LINK, "contact", w=26),
            C("meeting", LINK, "event", w=30),
            C("status", CODE, "recommendation_status", w=20),
            C("adopted_on", DATE, w=12),
            _DIRECTIONS,
        ),
        sub_sheets=("recommendation_follow_ups",),
    ),
    Sheet(
        "recommendation_follow_ups",
        "recommendation",
        (C("date", DATE, w=12), C("text", req=True, w=48), C("done", BOOL, w=10)),
        parent_field="follow_ups",
    ),
    Sheet(
        "agreement",
        "agreement",
        (
            C("title", req=True, w=36),
            C("parties", COUNTRIES, w=24),
            C("organisations", LINKS, "organisation", w=30),
            C("signed_on", DATE, w=12),
            C("status", CODE, "agreement_status"),
            C("summary", w=36),
            _DIRECTIONS,
        ),
    ),
    Sheet(
        "practice",
        "practice",
        (
            C("title", req=True, w=36),
            C("summary", w=36),
            C("country", COUNTRY, req=True),
            _DIRECTIONS,
            _FORMS,
            C("organisation", LINK, "organisation", w=30),
        ),
    ),
)

BY_NAME: dict[str, Sheet] = {sheet.name: sheet for sheet in SHEETS}
MAIN_SHEETS: dict[str, Sheet] = {sheet.entity: sheet for sheet in SHEETS if not sheet.is_sub}

# Metadata columns of a main sheet: the row key first, the rest after the fields.
KEY = Column("key", TEXT, width=6, label="col.key")
SHARING = Column("sharing", CODE, "sharing", width=22, label="col.sharing")
RECORD_ID = Column("id", TEXT, width=38, label="col.id")
ORIGIN = Column("origin", TEXT, width=12, label="col.origin")
PARENT = "parent"


def parent_column(sheet: Sheet) -> Column:
    return Column(PARENT, TEXT, width=30, label=f"col.parent.{sheet.entity}")


def layout(sheet: Sheet, *, with_origin: bool = True) -> tuple[Column, ...]:
    """Every column of a sheet, in order."""
    if sheet.is_sub:
        return (parent_column(sheet), *sheet.columns)
    tail = (SHARING, RECORD_ID, ORIGIN) if with_origin else (SHARING, RECORD_ID)
    return (KEY, *sheet.columns, *tail)


def header(column: Column, lang: str) -> str:
    text = Texts("xlsx", lang)(column.label_key)
    return f"{text} *" if column.required else text


def _fold(text: str) -> str:
    return " ".join(text.replace("*", " ").split()).casefold()


def header_index(sheet: Sheet) -> dict[str, Column]:
    """Every accepted spelling of each header (three languages, field name) → column."""
    index: dict[str, Column] = {}
    for column in layout(sheet):
        index[_fold(column.field)] = column
        for lang in LANGUAGES:
            index[_fold(Texts("xlsx", lang)(column.label_key))] = column
    return index


def sheet_index() -> dict[str, Sheet]:
    """Sheet titles in the three languages (and internal names) → sheet."""
    index: dict[str, Sheet] = {}
    for sheet in SHEETS:
        index[_fold(sheet.name)] = sheet
        for lang in LANGUAGES:
            index[_fold(sheet.title(lang))] = sheet
    return index


def fold(text: str) -> str:
    """How headers, labels and names are compared: case, spaces and the * ignored."""
    return _fold(text)


MESSAGE_LABEL = "col.message"
