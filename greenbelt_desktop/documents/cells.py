"""From record fields to typed cell values and back, one column kind at a time.

Writing gives dates as dates, amounts as numbers and codes as labels in the
workbook's language. Reading is forgiving where a person would be (a code or a
label in any language, 14.05.2026 as well as 2026-05-14, 1 000,50 as a
number) and strict otherwise: a value it cannot read raises
:class:`CellProblem` with a message naming the value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from greenbelt_desktop.documents import sheets as s
from greenbelt_desktop.documents.vocabulary import Vocabulary
from greenbelt_desktop.domain.entities import parse_event_time

LinkName = Callable[[str, str], str]
SEPARATORS = re.compile(r"[;；\n]")


class CellProblem(ValueError):
    """A cell that cannot be read as its column's kind."""


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def event_time_cell(value: str, timezone: str | None) -> Any:
    """A date cell for an all-day time; a local date-time cell when the event's time
    zone gives exactly the stored offset; otherwise the ISO text (exact round trip)."""
    moment = parse_event_time(value)
    if not isinstance(moment, dt.datetime):
        return moment
    zone = _zone(timezone)
    if zone is not None:
        local = moment.astimezone(zone)
        if local.utcoffset() == moment.utcoffset() and local.second == moment.second:
            naive = local.replace(tzinfo=None)
            if naive.microsecond == 0 and (naive.hour, naive.minute, naive.second) != (0, 0, 0):
                return naive
    return value


def to_cell(
    column: s.Column, value: Any, vocab: Vocabulary, link_name: LinkName, record: Mapping[str, Any]
) -> Any:
    if value is None or value == []:
        return None
    kind = column.kind
    if kind == s.CODE:
        return vocab.label(column.ref, value)
    if kind == s.CODES:
        return "; ".join(vocab.label(column.ref, code) for code in value)
    if kind == s.COUNTRY:
        return vocab.country(value)
    if kind in (s.COUNTRIES, s.MEMBER_STATES):
        return "; ".join(vocab.country(code) for code in value)
    if kind == s.PARTY:
        return vocab.party(value)
    if kind == s.DATE:
        return dt.date.fromisoformat(value)
    if kind == s.EVENT_TIME:
        return event_time_cell(value, record.get("timezone"))
    if kind == s.NUMBER:
        return float(value)
    if kind == s.BOOL:
        return vocab.yes_no(bool(value))
    if kind == s.LINK:
        return link_name(column.ref, value)
    if kind == s.LINKS:
        return "; ".join(link_name(column.ref, item) for item in value)
    if kind == s.PARAGRAPHS:
        return "\n".join(value)
    if kind in s.MULTI:
        return "; ".join(value)
    return value


def split(text: str, kind: str) -> list[str]:
    parts = text.split("\n") if kind == s.PARAGRAPHS else SEPARATORS.split(text)
    return [part.strip() for part in parts if part.strip()]


def _text(raw: Any) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, dt.datetime) and raw.time() == dt.time():
        return raw.date().isoformat()
    if isinstance(raw, dt.date | dt.datetime):
        return raw.isoformat()
    return str(raw).strip()


_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_YMD = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")


def parse_date(raw: Any) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    text = _text(raw)
    match = _YMD.match(text)
    try:
        if match:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        match = _DMY.match(text)
        if match:
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        pass
    raise CellProblem(f"'{text}' is not a date (2026-05-14 or 14.05.2026)")


def parse_number(raw: Any) -> float:
    if isinstance(raw, bool):
        raise CellProblem(f"'{raw}' is not a number")
    if isinstance(raw, int | float):
        return float(raw)
    text = re.sub(r"[\s\u00a0\u202f']", "", _text(raw))
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        return float(text.replace(",", ""))
    except ValueError:
        raise CellProblem(f"'{_text(raw)}' is not a number") from None


def parse_event_time_cell(raw: Any, timezone: str | None) -> str:
    if isinstance(raw, dt.datetime):
        if raw.time() == dt.time():
            return raw.date().isoformat()
        zone = _zone(timezone)
        if zone is None:
            raise CellProblem(
                "a time needs the time zone column (or write it with its offset, "
                "2026-05-14T09:30+05:00)"
            )
        return raw.replace(tzinfo=zone).isoformat()
    if isinstance(raw, dt.date):
        return raw.isoformat()
    text = _text(raw)
    if _DMY.match(text) or _YMD.match(text):
        return parse_date(text).isoformat()
    return text  # ISO text; the domain checks it


def from_cell(column: s.Column, raw: Any, vocab: Vocabulary, record: Mapping[str, Any]) -> Any:
    """The field value of a non-empty cell (links stay names, resolved by the import)."""
    kind = column.kind
    if kind == s.DATE:
        return parse_date(raw).isoformat()
    if kind == s.NUMBER:
        return parse_number(raw)
    if kind == s.EVENT_TIME:
        return parse_event_time_cell(raw, record.get("timezone"))
    if kind == s.BOOL:
        if isinstance(raw, bool):
            return raw
        value = vocab.boolean(_text(raw))
        if value is None:
            raise CellProblem(f"'{_text(raw)}' is not Yes or No")
        return value
    text = _text(raw)
    if kind in s.MULTI or kind == s.PARAGRAPHS:
        items = split(text, kind)
        return [_one(column, item, vocab) for item in items]
    return _one(column, text, vocab)


def _one(column: s.Column, text: str, vocab: Vocabulary) -> str:
    kind = column.kind
    if kind in (s.CODE, s.CODES):
        code = vocab.code(column.ref, text)
        if code is None:
            raise CellProblem(f"'{text}' is not in the list for this column")
        return code
    if kind in (s.COUNTRY, s.COUNTRIES, s.MEMBER_STATES):
        country = vocab.country_code(text)
        if country is None:
            raise CellProblem(f"'{text}' is not a country name or two-letter code")
        return country
    if kind == s.PARTY:
        party = vocab.party_code(text)
        if party is None:
            raise CellProblem(f"'{text}' is not a member state or the SCO Secretariat")
        return party
    if kind == s.CURRENCY:
        return text.upper()
    return text
