"""The sections of a pack, in order: key figures and charts, portfolio, calendar,
recommendations, directory; and, for one meeting, the meeting, its participants,
related projects and its recommendations.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table

from . import charts
from .blocks import TEXT_LIMIT, Blocks
from .data import BriefingData, Event, Figures, Person, Project
from .fonts import FONT
from .layout import Headings
from .paragraph import Paragraph
from .styles import GREEN, PALE, WIDTH, grid_style
from .wording import Wording, address_lines, clean, shorten


class Sections:
    def __init__(self, data: BriefingData, wording: Wording, blocks: Blocks, headings: Headings):
        self.data = data
        self.w = wording
        self.b = blocks
        self.s = blocks.s
        self.h = headings

    def start(self, title: str, has_content: bool) -> list[Flowable]:
        """A section's heading: on a new page, unless the section is only a short note."""
        if has_content:
            return [PageBreak(), self.h(title)]
        return [CondPageBreak(60 * mm), Spacer(1, 8 * mm), self.h(title)]

    # -- key figures ---------------------------------------------------------------

    def key_figures(self, figures: Figures) -> list[Flowable]:
        w, s = self.w, self.s
        cards = [
            (w.number(figures.projects), w("fig_projects")),
            (w.number(figures.by_status.get("implementation", 0)), w("fig_implementation")),
            (w.number(figures.co2e_t_per_year), w("fig_co2e")),
            (w.number(figures.renewable_mw), w("fig_mw")),
            (w.number(figures.events_held), w("fig_events_held")),
            (w.number(figures.events_upcoming), w("fig_events_upcoming")),
        ]
        cells = [
            Table(
                [
                    [Paragraph(clean(value), s.figure_value)],
                    [Paragraph(clean(label), s.figure_label)],
                ],
                colWidths=[WIDTH / 3 - 12],
                style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)],
            )
            for value, label in cards
        ]
        grid = Table([cells[:3], cells[3:]], colWidths=[WIDTH / 3] * 3, hAlign="LEFT")
        grid.setStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), PALE),
                ("INNERGRID", (0, 0), (-1, -1), 3, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
        story: list[Flowable] = [self.h(w("section_key_figures")), grid, Spacer(1, 4 * mm)]

        if figures.projects:
            reference = w.reference
            counts = [
                (code, w.label("project_status", code), figures.by_status.get(code, 0))
                for code in reference.codes("project_status")
            ]
            shares = [
                (w.label("directions", code), figures.by_direction[code])
                for code in reference.codes("directions")
                if figures.by_direction.get(code)
            ]
            if figures.by_direction.get(""):
                shares.append((w("no_direction"), figures.by_direction[""]))
            story += [
                KeepTogether(
                    [self.h(w("chart_by_status"), 1),
                     charts.status_bars(counts, wrap_cjk=w.lang == "zh")]
                ),
                KeepTogether(
                    [self.h(w("chart_by_direction"), 1),
                     charts.direction_pie(shares, s, w("total"))]
                ),
            ]  # fmt: skip
        story += self.financing(figures)
        return story

    def financing(self, figures: Figures) -> list[Flowable]:
        w = self.w
        story: list[Flowable] = [CondPageBreak(40 * mm), self.h(w("financing_title"), 1)]
        if not figures.financing:
            return [*story, self.b.empty("empty_financing")]
        by_currency: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for (currency, source), amount in figures.financing.items():
            by_currency[currency].append((source, amount))
        order = w.reference.codes("financing_source")
        rows: list[list[Flowable]] = []
        totals: list[int] = []
        for currency in sorted(by_currency):
            lines = sorted(by_currency[currency], key=lambda x: order.index(x[0]))
            for number, (source, amount) in enumerate(lines):
                rows.append(
                    [
                        Paragraph(currency if number == 0 else "", self.s.cell),
                        self.b.cell(w.label("financing_source", source)),
                        Paragraph(clean(w.money(amount, currency)), self.s.cell_right),
                    ]
                )
            totals.append(len(rows) + 1)
            rows.append(
                [
                    Paragraph("", self.s.cell),
                    Paragraph(clean(w("total_in", currency=currency)), self.s.cell),
                    Paragraph(
                        clean(w.money(sum(a for _, a in lines), currency)), self.s.cell_right
                    ),
                ]
            )
        table = self.b.table(
            [w("col_currency"), w("col_source"), w("col_amount")],
            rows,
            [0.15, 0.5, 0.35],
            [2],
            zebra=False,
        )
        for index in totals:
            table.setStyle(
                [("LINEABOVE", (1, index), (-1, index), 0.8, GREEN),
                 ("LINEBELOW", (0, index), (-1, index), 1.2, GREEN),
                 ("BACKGROUND", (1, index), (-1, index), PALE)]
            )  # fmt: skip
        note = self.b.p(w("financing_note"), self.s.muted)
        return [KeepTogether([*story, table, Spacer(1, 2 * mm), note])]

    # -- portfolio, calendar, recommendations, directory ------------------------------

    def portfolio(self, projects: Sequence[Project], title_key: str) -> list[Flowable]:
        w = self.w
        story = self.start(w(title_key), bool(projects))
        if not projects:
            return [*story, self.b.empty("empty_projects")]
        story.append(self.b.p(w("portfolio_intro"), self.s.muted))
        groups: dict[str, list[Project]] = defaultdict(list)
        for project in projects:
            groups[project.main_direction or ""].append(project)
        order = [*w.reference.codes("directions"), ""]
        for code in sorted(groups, key=lambda c: order.index(c) if c in order else len(order)):
            label = w.label("directions", code) if code else w("no_direction")
            story += [
                CondPageBreak(45 * mm),
                self.h(f"{label} ({len(groups[code])})", 1),
                self.b.project_table(groups[code]),
            ]
        return story

    def when(self, event: Event) -> list[str]:
        w = self.w
        lines = [w.span(event.first_day, event.last_day)]
        if isinstance(event.start, dt.datetime):
            lines.append(w.time(event.start))
        return lines

    def place(self, event: Event) -> list[str]:
        w = self.w
        where = ", ".join(x for x in (event.city, w.country(event.country)) if x)
        return [x for x in (event.venue, where) if x]

    def calendar(self) -> list[Flowable]:
        w = self.w
        story = self.start(w("section_calendar"), bool(self.data.events))
        if not self.data.events:
            return [*story, self.b.empty("empty_events")]
        rows: list[list[Flowable]] = []
        for event in self.data.events:
            dates = self.when(event)
            rows.append(
                [
                    self.b.cell(dates[0], small=dates[1:]),
                    self.b.cell(
                        event.title,
                        small=[
                            w.label("event_kind", event.kind),
                            shorten(event.outcome or event.description or "", 200) or None,
                        ],
                    ),
                    self.b.cell(*self.place(event)[:1], small=self.place(event)[1:]),
                    self.b.status("event_status", event.status),
                ]
            )
        table = self.b.table(
            [w("col_dates"), w("col_event"), w("col_place"), w("col_status")],
            rows,
            # A Chinese date range ("2026年10月26日至30日") needs a wider column.
            [0.27, 0.4, 0.19, 0.14] if w.lang == "zh" else [0.2, 0.44, 0.21, 0.15],
        )
        return [*story, table]

    def recommendations(self, title_key: str) -> list[Flowable]:
        w = self.w
        story = self.start(w(title_key), bool(self.data.recommendations))
        if not self.data.recommendations:
            return [*story, self.b.empty("empty_recommendations")]
        return [*story, self.b.recommendation_table(self.data.recommendations)]

    def person_cells(
        self, person: Person, contacts_width: float
    ) -> tuple[Flowable, Flowable, Flowable]:
        w = self.w
        room = contacts_width * WIDTH - 8
        emails = [
            line
            for email in person.emails
            for line in address_lines(email, room, FONT, self.s.cell.fontSize)
        ]
        latin = person.full_name_latin if person.full_name_latin != person.full_name else None
        first, second = (
            (latin, person.full_name) if w.lang == "en" and latin else (person.full_name, latin)
        )
        organisation = person.organisation.name(w.lang) if person.organisation else None
        return (
            self.b.cell(first, small=[second]),
            self.b.cell(person.title, small=[organisation]),
            self.b.cell(*emails, *person.phones),
        )

    def directory(self) -> list[Flowable]:
        w = self.w
        story = self.start(w("section_directory"), bool(self.data.contacts))
        story.append(self.b.p(w(f"directory_rule_{self.data.options.audience}"), self.s.muted))
        if not self.data.contacts:
            return [*story, self.b.empty("empty_contacts")]
        groups: dict[str, list[Person]] = defaultdict(list)
        for person in self.data.contacts:
            groups[person.country or ""].append(person)
        for country, people in groups.items():
            rows: list[list[Flowable]] = []
            for person in people:
                name, position, contacts = self.person_cells(person, 0.28)
                roles = "; ".join(w.label("contact_role", r) for r in person.roles)
                rows.append([name, position, self.b.cell(roles or None), contacts])
            story += [
                CondPageBreak(35 * mm),
                self.h(w.country(country) if country else w("no_country"), 1),
                self.b.table(
                    [w("col_name"), w("col_position"), w("col_roles"), w("col_contacts")],
                    rows,
                    [0.23, 0.31, 0.18, 0.28],
                ),
            ]
        return story

    # -- one meeting -----------------------------------------------------------------

    def meeting(self, event: Event) -> list[Flowable]:
        w, b = self.w, self.b
        story: list[Flowable] = [self.h(w("section_meeting"))]
        facts = [
            (w("col_event"), [event.title]),
            (w("field_kind"), [w.label("event_kind", event.kind)]),
            (w("col_status"), [w.label("event_status", event.status)]),
            (w("col_dates"), self.when(event)),
            (w("col_place"), self.place(event)),
            (w("field_organisers"), [o.name(w.lang) for o in event.organisers]),
            (w("field_directions"), [w.label("directions", d) for d in event.directions]),
        ]
        rows = [
            [Paragraph(clean(label), self.s.cell_small), b.cell(*values)]
            for label, values in facts
            if values
        ]
        table = Table(rows, colWidths=[WIDTH * 0.25, WIDTH * 0.75], hAlign="LEFT")
        table.setStyle(grid_style(header_rows=0, zebra=False))
        story += [table, Spacer(1, 4 * mm)]
        if event.description:
            story.append(b.p(event.description))
        story.append(self.h(w("section_agenda"), 1))
        if event.agenda:
            story += [
                Paragraph(f"{number}.\u00a0{clean(item)}", self.s.body)
                for number, item in enumerate(event.agenda, start=1)
            ]
        else:
            story.append(b.empty("empty_agenda"))
        if event.outcome:
            story += [self.h(w("section_outcome"), 1), b.p(event.outcome)]
        return story

    def participants(self, event: Event) -> list[Flowable]:
        w = self.w
        story = self.start(w("section_participants"), bool(event.participants))
        story.append(self.b.p(w(f"directory_rule_{self.data.options.audience}"), self.s.muted))
        if not event.participants:
            return [*story, self.b.empty("empty_participants")]
        rows: list[list[Flowable]] = []
        for person, role in event.participants:
            name, position, contacts = self.person_cells(person, 0.26)
            country = w.country(person.country) if person.country else None
            rows.append([name, self.b.cell(w.label("participant_role", role), small=[country]),
                         position, contacts])  # fmt: skip
        return [
            *story,
            self.b.table(
                [w("col_name"), w("col_role"), w("col_position"), w("col_contacts")],
                rows,
                [0.25, 0.17, 0.32, 0.26],
            ),
        ]


__all__ = ["TEXT_LIMIT", "Sections"]
