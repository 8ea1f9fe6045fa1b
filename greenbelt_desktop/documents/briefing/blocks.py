"""Building blocks every section uses: paragraphs, data tables, project and recommendation rows.

Every cell holds a Paragraph, so text wraps inside its column; free text
(summaries, recommendation texts) is shortened so one row never outgrows a
page. Tables repeat their header row on every page they run over.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from .data import Project, Recommendation
from .paragraph import Paragraph
from .styles import STATUS_COLOURS, WIDTH, Styles, grid_style
from .wording import Wording, clean, shorten

SUMMARY_LIMIT = 320
TEXT_LIMIT = 600
CELL_LIMIT = 400


class Blocks:
    """Paragraph and table makers bound to one pack's wording and styles."""

    def __init__(self, wording: Wording, styles: Styles) -> None:
        self.w = wording
        self.s = styles

    def p(self, text: str, style: object | None = None) -> Paragraph:
        return Paragraph(clean(text), style or self.s.body)

    def cell(self, *lines: str | None, small: Sequence[str | None] = ()) -> Paragraph:
        """A cell: the given lines, then smaller grey lines; empty ones dropped."""
        parts = [clean(shorten(line, CELL_LIMIT)) for line in lines if line]
        parts += [
            f'<font size="7.5" color="#5F6B64">{clean(shorten(line, CELL_LIMIT))}</font>'
            for line in small
            if line
        ]
        return Paragraph("<br/>".join(parts) or "—", self.s.cell)

    def entries(self, pairs: Sequence[tuple[str, str | None]]) -> list[Flowable] | Paragraph:
        """A cell listing items, each a line and a smaller grey note below it."""
        if not pairs:
            return self.cell(None)
        return [self.cell(main, small=[note]) for main, note in pairs]

    def status(self, list_name: str, code: str, *notes: str) -> Paragraph:
        """A coloured dot and the status label, then smaller notes below."""
        colour = STATUS_COLOURS.get(code, "#1B5E3B")
        parts = [f'<font color="{colour}">●</font>\u00a0{clean(self.w.label(list_name, code))}']
        parts += [f'<font size="7.5" color="#5F6B64">{clean(note)}</font>' for note in notes]
        return Paragraph("<br/>".join(parts), self.s.cell)

    def table(
        self,
        headers: Sequence[str],
        rows: list[list[Any]],
        widths: Sequence[float],
        right: Sequence[int] = (),
        zebra: bool = True,
    ) -> Table:
        """A data table with a repeated header row; ``widths`` are fractions of the page width."""
        head = [
            Paragraph(clean(h), self.s.head_right if i in right else self.s.head)
            for i, h in enumerate(headers)
        ]
        table = Table(
            [head, *rows],
            colWidths=[WIDTH * f for f in widths],
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(grid_style(zebra=zebra))
        return table

    def empty(self, key: str) -> Paragraph:
        return Paragraph(clean(self.w(key)), self.s.muted)

    # -- rows of the sections ---------------------------------------------------

    def project_table(self, projects: Sequence[Project]) -> Table:
        w = self.w
        rows: list[list[Any]] = []
        for project in projects:
            countries = ", ".join(w.country(c) for c in project.countries)
            dates = w.period(project.start, project.end) if project.start else None
            partners = [
                (organisation.name(w.lang), w.label("partner_role", role))
                for organisation, role in project.partners
            ]
            money = [
                (w.money(amount, currency), w.label("financing_source", source))
                for amount, currency, source in project.financing
            ]
            results = []
            if project.co2e_t_per_year:
                results.append(w("result_co2e", value=w.number(project.co2e_t_per_year)))
            if project.renewable_mw:
                results.append(w("result_mw", value=w.number(project.renewable_mw)))
            rows.append(
                [
                    self.cell(
                        project.title,
                        small=[
                            shorten(project.summary, SUMMARY_LIMIT) if project.summary else None,
                            countries,
                            dates,
                        ],
                    ),
                    self.entries(partners),
                    self.entries(money),
                    self.status("project_status", project.status, *results),
                ]
            )
        return self.table(
            [w("col_project"), w("col_partners"), w("col_financing"), w("col_status")],
            rows,
            [0.38, 0.24, 0.21, 0.17],
        )

    def recommendation_table(self, recommendations: Sequence[Recommendation]) -> Table:
        w = self.w
        rows: list[list[Any]] = []
        for item in recommendations:
            meeting = None
            if item.meeting is not None:
                meeting = f"{item.meeting.title}, {w.date(item.meeting.first_day)}"
            rows.append(
                [
                    self.cell(item.title, small=[shorten(item.text, TEXT_LIMIT)]),
                    self.cell(w.party(item.proposed_by) if item.proposed_by else None),
                    self.cell(meeting),
                    self.status(
                        "recommendation_status",
                        item.status,
                        *([w.date(item.adopted_on)] if item.adopted_on else []),
                    ),
                ]
            )
        return self.table(
            [w("col_recommendation"), w("col_proposed_by"), w("col_meeting"), w("col_status")],
            rows,
            [0.47, 0.13, 0.2, 0.2],
        )


def rule(width: float = WIDTH, colour: colors.Color | None = None) -> Table:
    """A thin horizontal rule as a flowable."""
    line = Table([[""]], colWidths=[width], rowHeights=[1 * mm])
    line.setStyle([("LINEBELOW", (0, 0), (-1, -1), 0.8, colour or colors.HexColor("#C9D8CD"))])
    return line
