"""Events as an iCalendar file (RFC 5545) for Outlook, Thunderbird and phones.

Written with the ``icalendar`` library. The UID of each event is its record
id, so importing a newer export updates the entries instead of duplicating
them; SEQUENCE is the number of seconds from 2020-01-01 to the record's last
change (it only grows as the record changes, which is what calendars compare)
and DTSTAMP / LAST-MODIFIED are that change's time. Timed events carry their
IANA time zone with a VTIMEZONE; events without a zone are written in UTC;
all-day events are dates with the exclusive end RFC 5545 wants.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

from greenbelt_desktop.documents.output import atomic_output
from greenbelt_desktop.documents.vocabulary import Vocabulary
from greenbelt_desktop.domain.entities import parse_event_time
from greenbelt_desktop.domain.sharing import PRIVATE
from greenbelt_desktop.store.progress import CancelCheck, Progress, Tracker
from greenbelt_desktop.store.records import Record, Store

PRODID = "-//SCO Green Belt Programme//Green Belt Desktop//EN"
SEQUENCE_EPOCH = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
STATUS = {
    "planned": "TENTATIVE",
    "confirmed": "CONFIRMED",
    "held": "CONFIRMED",
    "cancelled": "CANCELLED",
    "postponed": "TENTATIVE",
}


def _moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _times(data: dict[str, object]) -> tuple[dt.date | dt.datetime, dt.date | dt.datetime]:
    start, end = parse_event_time(str(data["start"])), parse_event_time(str(data["end"]))
    if not isinstance(start, dt.datetime) or not isinstance(end, dt.datetime):
        first = start.date() if isinstance(start, dt.datetime) else start
        last = end.date() if isinstance(end, dt.datetime) else end
        return first, last + dt.timedelta(days=1)  # DTEND of an all-day event is exclusive
    zone_name = data.get("timezone")
    zone = ZoneInfo(str(zone_name)) if zone_name else dt.UTC
    return start.astimezone(zone), end.astimezone(zone)


def event_component(record: Record, vocab: Vocabulary) -> icalendar.Event:
    data = record.data
    event = icalendar.Event()
    changed = _moment(record.updated_at)
    event.add("uid", record.id)
    event.add("dtstamp", changed)
    event.add("last-modified", changed)
    event.add("created", _moment(record.created_at))
    event.add("sequence", max(0, int((changed - SEQUENCE_EPOCH).total_seconds())))
    event.add("summary", data["title"])
    start, end = _times(data)
    event.add("dtstart", start)
    event.add("dtend", end)
    place = [data.get("venue"), data.get("city"), vocab.country(str(data["country"]))]
    event.add("location", ", ".join(str(part) for part in place if part))
    lines = [
        f"{vocab.texts('field.kind')}: {vocab.label('event_kind', str(data['kind']))}",
        f"{vocab.texts('field.status')}: {vocab.label('event_status', str(data['status']))}",
    ]
    for name in ("description", "outcome"):
        if data.get(name):
            lines.append(f"{vocab.texts(f'field.{name}')}: {data[name]}")
    agenda = data.get("agenda")
    if isinstance(agenda, list) and agenda:
        lines.append(vocab.texts("field.agenda") + ":")
        lines += [f"- {item}" for item in agenda]
    event.add("description", "\n".join(lines))
    event.add("status", STATUS.get(str(data["status"]), "TENTATIVE"))
    event.add("categories", [vocab.label("event_kind", str(data["kind"]))])
    event.add("class", "PRIVATE" if record.sharing == PRIVATE else "PUBLIC")
    return event


def export_calendar(
    store: Store,
    path: Path,
    lang: str = "en",
    ids: Iterable[str] | None = None,
    record_filter: Callable[[Record], bool] | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Write the events (all, or those ``ids``/``record_filter`` keep) to ``path``."""
    vocab = Vocabulary(store.reference, lang)
    wanted = set(ids) if ids is not None else None
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", vocab.texts("calendar_name"))
    tracker = Tracker(store.count("event"), progress, cancelled)
    count = 0
    for record in store.iter_records("event", order_by="starts_at_utc"):
        tracker.advance()
        if wanted is not None and record.id not in wanted:
            continue
        if record_filter is not None and not record_filter(record):
            continue
        calendar.add_component(event_component(record, vocab))
        count += 1
    tracker.check()
    calendar.add_missing_timezones()
    with atomic_output(Path(path)) as temp:
        temp.write_bytes(calendar.to_ical())
    tracker.finish()
    return count
