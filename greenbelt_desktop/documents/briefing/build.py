"""Making a pack: gather the data, lay out the story, write the PDF (or nothing).

The PDF is written to a temporary file beside the target and moved into place
only when complete, so a failed or cancelled pack never leaves half a file.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from greenbelt_desktop.store.records import Store

from .blocks import Blocks
from .cover import Cover, CoverText
from .data import BriefingData, gather
from .layout import BriefingDocument, Headings, RunningLines, contents, metadata
from .options import BriefingOptions, Progress
from .paragraph import Paragraph
from .sections import Sections
from .styles import make_styles
from .wording import Wording, clean


@dataclass(frozen=True)
class BriefingResult:
    path: Path
    pages: int
    projects: int
    events: int
    recommendations: int
    contacts: int
    left_out: dict[str, int]


def _title(data: BriefingData, w: Wording) -> tuple[str, str]:
    if data.meeting is not None:
        return w("meeting_pack_title"), data.meeting.title
    parties = data.options.parties
    subtitle = ", ".join(w.party(p) for p in parties) if parties else w("all_parties")
    return w("pack_title"), subtitle


def _cover(data: BriefingData, w: Wording, generated: dt.datetime) -> CoverText:
    title, subtitle = _title(data, w)
    options = data.options
    installation = data.installation
    prepared = w.party(installation.party)
    if installation.organisation:
        prepared = f"{prepared}, {installation.organisation}"
    facts = [(w("cover_prepared_by"), f"{prepared}\n{installation.focal_point}")]
    if data.meeting is not None:
        meeting = data.meeting
        place = ", ".join(x for x in (meeting.city, w.country(meeting.country)) if x)
        facts.append(
            (w("cover_meeting"), f"{w.span(meeting.first_day, meeting.last_day)}, {place}")
        )
    else:
        parties = ", ".join(w.party(p) for p in options.parties) or w("all_parties")
        facts.append((w("cover_parties"), parties))
        facts.append((w("cover_period"), w.period(options.date_from, options.date_to)))
    facts += [
        (w("cover_audience"), w(f"audience_{options.audience}")),
        (w("cover_generated"), w.date(generated.date(), "long")),
    ]
    return CoverText(
        programme=w.programme,
        title=title,
        subtitle=subtitle,
        facts=[(label, value.replace("\n", " · ")) for label, value in facts],
        note=w(f"sharing_note_{options.audience}"),
    )


def _story(data: BriefingData, w: Wording, generated: dt.datetime) -> list[Flowable]:
    styles = make_styles(w.lang)
    blocks = Blocks(w, styles)
    headings = Headings(styles)
    sections = Sections(data, w, blocks, headings)
    story: list[Flowable] = [
        Cover(_cover(data, w, generated), styles),
        NextPageTemplate("body"),
        PageBreak(),
        Paragraph(clean(w("contents")), styles.toc_title),
        contents(styles),
        PageBreak(),
    ]
    if data.meeting is not None:
        story += sections.meeting(data.meeting)
        story += sections.participants(data.meeting)
        story += sections.portfolio(data.projects, "section_related_projects")
        story += sections.recommendations("section_meeting_recommendations")
    else:
        story += sections.key_figures(data.figures())
        story += sections.portfolio(data.projects, "section_portfolio")
        story += sections.calendar()
        story += sections.recommendations("section_recommendations")
        story += sections.directory()
    return story


class _Progress:
    """Maps reportlab's layout progress (two or three passes) onto 10..95 of 100."""

    def __init__(self, report: Progress | None) -> None:
        self.report = report
        self.passes = 0
        self.size = 1

    def __call__(self, kind: str, value: int) -> None:
        if self.report is None:
            return
        if kind == "PASS":
            self.passes = value
        elif kind == "SIZE_EST":
            self.size = max(1, value)
        elif kind == "PROGRESS":
            done = min(self.passes, 2) - 1 + value / self.size
            self.report(min(95, 10 + int(42 * done)), 100)


def make_briefing(
    store: Store,
    options: BriefingOptions,
    target: Path,
    progress: Progress | None = None,
) -> BriefingResult:
    """Write the briefing pack for ``options`` to ``target`` (a PDF)."""

    def report(done: int) -> None:
        if progress is not None:
            progress(done, 100)

    report(0)
    data = gather(store, options)
    report(10)
    w = Wording(options.lang, store.reference)
    generated = options.generated or dt.datetime.now().astimezone()
    title, subtitle = _title(data, w)
    author = f"{data.installation.focal_point}, {w.party(data.installation.party)}"
    header = f"{w.programme} · {title}"
    footer = f"{subtitle} · {w(f'audience_{options.audience}')}"
    target = Path(target)
    handle, temporary = tempfile.mkstemp(suffix=".pdf.part", dir=target.parent or ".")
    os.close(handle)
    try:
        lines = RunningLines(
            header, footer, lambda page, pages: w("page_of", page=page, pages=pages)
        )
        document = BriefingDocument(
            temporary, w, lines, **metadata(w, f"{title}: {subtitle}", author)
        )
        document.setProgressCallBack(_Progress(progress))
        story = _story(data, w, generated)
        document.multiBuild([*story, document.page_count])
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    report(100)
    return BriefingResult(
        path=target,
        pages=document.page,
        projects=len(data.projects),
        events=len(data.events),
        recommendations=len(data.recommendations),
        contacts=len(data.contacts),
        left_out=dict(data.left_out),
    )
