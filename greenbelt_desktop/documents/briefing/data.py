"""Gathering a pack's content from the store: filtered by parties, dates and sharing.

Everything the layout prints comes from :func:`gather`, as plain values (codes,
numbers, dates, names); formatting for the language happens in the layout.
Which records a pack holds (docs/briefing.md):

* only records whose sharing level the audience may see (options.AUDIENCES); a
  linked record that may not be printed (a private partner organisation, a
  Secretariat-only contact) is left out of the lists that name it;
* ``--party``: projects with one of the parties among their countries (or, when
  no country is given, owned by one of them); events held in, organised by or
  attended from one of the parties; recommendations proposed by one of them
  (or owned, when no proposer is given) or made at a meeting in the pack;
  contacts of those countries;
* ``--from``/``--to``: events and dated projects overlapping the dates,
  recommendations adopted (or made at a meeting) in them; undated projects and
  recommendations stay, since they are current;
* ``--event``: that meeting, its participants, the projects sharing one of its
  directions and the recommendations made at it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from greenbelt_desktop.domain.entities import parse_event_time
from greenbelt_desktop.store.records import Installation, Record, Store

from .options import BriefingError, BriefingOptions

UPCOMING_STATUSES = ("planned", "confirmed", "postponed")


@dataclass(frozen=True)
class Organisation:
    id: str
    names: dict[str, str]  # by language, with "" as the name in its own language
    country: str

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names[""]


@dataclass(frozen=True)
class Person:
    id: str
    full_name: str
    full_name_latin: str | None
    title: str | None
    organisation: Organisation | None
    country: str | None
    roles: tuple[str, ...]
    emails: tuple[str, ...]
    phones: tuple[str, ...]


@dataclass(frozen=True)
class Project:
    id: str
    origin: str
    title: str
    summary: str | None
    status: str
    directions: tuple[str, ...]
    countries: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None
    partners: tuple[tuple[Organisation, str], ...]
    financing: tuple[tuple[float, str, str], ...]  # amount, currency, source
    co2e_t_per_year: float | None
    renewable_mw: float | None

    @property
    def main_direction(self) -> str | None:
        return self.directions[0] if self.directions else None


@dataclass(frozen=True)
class Event:
    id: str
    origin: str
    title: str
    kind: str
    status: str
    start: dt.date | dt.datetime
    end: dt.date | dt.datetime
    timezone: str | None
    venue: str | None
    city: str | None
    country: str
    directions: tuple[str, ...]
    organisers: tuple[Organisation, ...]
    participants: tuple[tuple[Person, str], ...]
    agenda: tuple[str, ...]
    description: str | None
    outcome: str | None

    @property
    def first_day(self) -> dt.date:
        return _day(self.start)

    @property
    def last_day(self) -> dt.date:
        return _day(self.end)


@dataclass(frozen=True)
class Recommendation:
    id: str
    title: str
    text: str
    status: str
    proposed_by: str | None
    meeting: Event | None
    adopted_on: dt.date | None

    @property
    def day(self) -> dt.date | None:
        return self.adopted_on or (self.meeting.first_day if self.meeting else None)


@dataclass(frozen=True)
class Figures:
    projects: int
    by_status: dict[str, int]
    by_direction: dict[str, int]  # main direction; "" for none
    financing: dict[tuple[str, str], float]  # (currency, source) -> amount
    co2e_t_per_year: float
    renewable_mw: float
    events_held: int
    events_upcoming: int


@dataclass
class BriefingData:
    options: BriefingOptions
    installation: Installation
    today: dt.date
    projects: list[Project] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    contacts: list[Person] = field(default_factory=list)
    meeting: Event | None = None
    left_out: Counter[str] = field(default_factory=Counter)  # by sharing level

    def figures(self) -> Figures:
        financing: dict[tuple[str, str], float] = defaultdict(float)
        for project in self.projects:
            for amount, currency, source in project.financing:
                financing[(currency, source)] += amount
        return Figures(
            projects=len(self.projects),
            by_status=dict(Counter(p.status for p in self.projects)),
            by_direction=dict(Counter(p.main_direction or "" for p in self.projects)),
            financing=dict(financing),
            co2e_t_per_year=sum(p.co2e_t_per_year or 0.0 for p in self.projects),
            renewable_mw=sum(p.renewable_mw or 0.0 for p in self.projects),
            events_held=sum(1 for e in self.events if e.status == "held"),
            events_upcoming=sum(
                1 for e in self.events if e.status in UPCOMING_STATUSES and e.last_day >= self.today
            ),
        )


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


class _Gatherer:
    def __init__(self, store: Store, options: BriefingOptions) -> None:
        self.store = store
        self.options = options
        self.levels = options.sharing_levels
        self.left_out: Counter[str] = Counter()

    def records(self, entity: str) -> Iterable[Record]:
        for record in self.store.iter_records(entity):
            if record.sharing in self.levels:
                yield record
            else:
                self.left_out[record.sharing] += 1

    def organisations(self) -> dict[str, Organisation]:
        found = {}
        for record in self.records("organisation"):
            data = record.data
            names = {"": data["name"]}
            names.update({lang: data[f"name_{lang}"] for lang in ("en", "ru", "zh")
                          if data.get(f"name_{lang}")})  # fmt: skip
            found[record.id] = Organisation(record.id, names, data["country"])
        return found

    def people(self, organisations: dict[str, Organisation]) -> dict[str, Person]:
        found = {}
        for record in self.records("contact"):
            data = record.data
            emails = [data["email"]] if data.get("email") else []
            emails += [e for e in data.get("emails") or [] if e not in emails]
            organisation = organisations.get(data.get("organisation") or "")
            found[record.id] = Person(
                id=record.id,
                full_name=data["full_name"],
                full_name_latin=data.get("full_name_latin"),
                title=data.get("title"),
                organisation=organisation,
                country=data.get("country") or (organisation.country if organisation else None),
                roles=tuple(data.get("roles") or ()),
                emails=tuple(emails),
                phones=tuple(data.get("phones") or ()),
            )
        return found

    def events(
        self, organisations: dict[str, Organisation], people: dict[str, Person]
    ) -> dict[str, Event]:
        found = {}
        for record in self.records("event"):
            data = record.data
            found[record.id] = Event(
                id=record.id,
                origin=record.origin,
                title=data["title"],
                kind=data["kind"],
                status=data.get("status") or "planned",
                start=parse_event_time(data["start"]),
                end=parse_event_time(data["end"]),
                timezone=data.get("timezone"),
                venue=data.get("venue"),
                city=data.get("city"),
                country=data["country"],
                directions=tuple(data.get("directions") or ()),
                organisers=tuple(
                    organisations[o] for o in data.get("organisers") or () if o in organisations
                ),
                participants=tuple(
                    (people[p["contact"]], p.get("role") or "delegate")
                    for p in data.get("participants") or ()
                    if p["contact"] in people
                ),
                agenda=tuple(data.get("agenda") or ()),
                description=data.get("description"),
                outcome=data.get("outcome"),
            )
        return found

    def projects(self, organisations: dict[str, Organisation]) -> list[Project]:
        found = []
        for record in self.records("project"):
            data = record.data
            found.append(
                Project(
                    id=record.id,
                    origin=record.origin,
                    title=data["title"],
                    summary=data.get("summary"),
                    status=data["status"],
                    directions=tuple(data.get("directions") or ()),
                    countries=tuple(data.get("countries") or ()),
                    start=_date(data.get("start")),
                    end=_date(data.get("end")),
                    partners=tuple(
                        (organisations[p["organisation"]], p.get("role") or "partner")
                        for p in data.get("partners") or ()
                        if p["organisation"] in organisations
                    ),
                    financing=tuple(
                        (float(f["amount"]), f["currency"], f["source"])
                        for f in data.get("financing") or ()
                    ),
                    co2e_t_per_year=data.get("co2e_t_per_year"),
                    renewable_mw=data.get("renewable_mw"),
                )
            )
        return found

    def recommendations(self, events: dict[str, Event]) -> list[tuple[Recommendation, str]]:
        found = []
        for record in self.records("recommendation"):
            data = record.data
            found.append(
                (
                    Recommendation(
                        id=record.id,
                        title=data["title"],
                        text=data["text"],
                        status=data.get("status") or "draft",
                        proposed_by=data.get("proposed_by"),
                        meeting=events.get(data.get("meeting") or ""),
                        adopted_on=_date(data.get("adopted_on")),
                    ),
                    record.origin,
                )
            )
        return found


_STATUS_ORDER = ("adopted", "forwarded", "implemented", "under_discussion", "draft")


def gather(store: Store, options: BriefingOptions) -> BriefingData:
    """Read and filter everything a pack prints. Raises BriefingError for an unknown event."""
    today = options.today or dt.date.today()
    pack = BriefingData(options=options, installation=store.installation(), today=today)
    parties = set(options.parties)
    reader = _Gatherer(store, options)
    organisations = reader.organisations()
    people = reader.people(organisations)
    events = reader.events(organisations, people)
    projects = reader.projects(organisations)
    recommendations = reader.recommendations(events)

    def party_event(event: Event) -> bool:
        return (
            not parties
            or event.country in parties
            or any(person.country in parties for person, _ in event.participants)
            or any(organiser.country in parties for organiser in event.organisers)
        )

    def party_project(project: Project) -> bool:
        if not parties:
            return True
        return (
            bool(parties & set(project.countries))
            if project.countries
            else (project.origin in parties)
        )

    if options.event:
        meeting = _find_meeting(store, options, events)
        pack.meeting = meeting
        pack.events = [meeting]
        related = set(meeting.directions)
        pack.projects = [p for p in projects if related & set(p.directions) and party_project(p)]
        pack.recommendations = [r for r, _ in recommendations if r.meeting is meeting]
        pack.contacts = [person for person, _ in meeting.participants]
    else:
        pack.events = [
            e for e in events.values()
            if options.in_range(e.first_day, e.last_day) and party_event(e)
        ]  # fmt: skip
        pack.projects = [
            p for p in projects
            if party_project(p) and (p.start is None or options.in_range(p.start, p.end))
        ]  # fmt: skip
        in_pack = {e.id for e in pack.events}
        pack.recommendations = [
            r
            for r, origin in recommendations
            if (r.day is None or options.in_range(r.day, r.day))
            and (
                not parties
                or r.proposed_by in parties
                or (r.proposed_by is None and origin in parties)
                or (r.meeting is not None and r.meeting.id in in_pack)
            )
        ]
        pack.contacts = [c for c in people.values() if not parties or (c.country or "") in parties]
    pack.events.sort(key=lambda e: (e.first_day, e.title))
    pack.projects.sort(key=lambda p: p.title.casefold())
    pack.recommendations.sort(
        key=lambda r: (
            _STATUS_ORDER.index(r.status) if r.status in _STATUS_ORDER else 99,
            r.day or dt.date.max,
            r.title.casefold(),
        )
    )
    pack.contacts.sort(
        key=lambda c: (
            c.country or "~",
            "national_representative" not in c.roles,
            (c.full_name_latin or c.full_name).casefold(),
        )
    )
    pack.left_out = reader.left_out
    return pack


def _find_meeting(store: Store, options: BriefingOptions, events: dict[str, Event]) -> Event:
    assert options.event
    record = store.get("event", options.event)  # RecordNotFound names the id
    meeting = events.get(record.id)
    if meeting is None:
        raise BriefingError(
            f"The event {record.data['title']} is shared as '{record.sharing}', so it cannot "
            f"go into a pack for the audience '{options.audience}'."
        )
    return meeting
