"""Briefing packs from the demo data in three languages, read back by independent readers.

pypdf (and poppler's pdftotext, when installed) read the text, outline,
metadata and fonts; pdftoppm renders every page to test-artifacts/pdf/ for
a person to look at.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from greenbelt_desktop.documents.briefing import checked_options, make_briefing
from greenbelt_desktop.documents.texts import Texts
from greenbelt_desktop.store.records import Store
from tests.documents.briefing_support import (
    TODAY,
    demo_store,
    fonts_of,
    outline_titles,
    page_texts,
    poppler_text,
    render,
    squeeze,
)

LANGS = ("en", "ru", "zh")
GENERAL_SECTIONS = (
    "section_key_figures",
    "section_portfolio",
    "section_calendar",
    "section_recommendations",
    "section_directory",
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = demo_store(tmp_path_factory.mktemp("briefing") / "home")
    yield store
    store.engine.dispose()


@pytest.fixture(scope="module")
def packs(demo: Store, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("packs")
    made = {}
    for lang in LANGS:
        options = checked_options(demo.reference, lang=lang, today=TODAY)
        made[lang] = make_briefing(demo, options, folder / f"pack-{lang}.pdf").path
        render(made[lang], f"pack-{lang}")
    return made


def event_id(store: Store, kind: str = "ewg_meeting", status: str = "confirmed") -> str:
    for record in store.iter_records("event"):
        if record.data["kind"] == kind and record.data["status"] == status:
            return record.id
    raise AssertionError("no such demo event")


@pytest.mark.parametrize("lang", LANGS)
def test_pack_holds_titles_sections_and_both_scripts(packs: dict[str, Path], lang: str) -> None:
    texts = [squeeze(text) for text in page_texts(packs[lang])]
    whole = "".join(texts)
    t = Texts("briefing", lang)
    assert squeeze(t("pack_title")) in texts[0]
    assert squeeze(Texts("common", lang)("programme_name")) in texts[0]
    for key in GENERAL_SECTIONS:
        assert squeeze(t(key)) in whole, key
    # Records keep their own script whatever the pack's language: mixed-script text.
    assert squeeze("Солнечная электростанция 100 МВт") in whole
    assert "新疆达坂城风电与储能项目" in whole
    assert "西安隆基" in whole  # a Chinese name inside a Russian summary
    # Reference labels come in the pack's language.
    assert {"en": "Implementation", "ru": "Реализация", "zh": "实施中"}[lang] in whole
    # "page N of M" on every page but the cover, with the right total.
    total = len(texts)
    for number, text in enumerate(texts[1:], start=2):
        assert squeeze(t("page_of", page=number, pages=total)) in text


@pytest.mark.parametrize("lang", LANGS)
def test_poppler_reads_the_same_text(packs: dict[str, Path], lang: str) -> None:
    text = poppler_text(packs[lang])
    if text is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    t = Texts("briefing", lang)
    text = squeeze(text)
    assert squeeze(t("section_directory")) in text
    assert "АйгеримСапарова" in text
    assert "赵磊" in text


@pytest.mark.parametrize("lang", LANGS)
def test_every_font_is_embedded_and_none_is_helvetica(packs: dict[str, Path], lang: str) -> None:
    fonts = fonts_of(packs[lang])
    assert fonts
    for font in fonts:
        assert "Helvetica" not in font["name"] and "ZapfDingbats" not in font["name"], font
        descriptor = font["descriptor"]
        assert descriptor is not None, font["name"]
        assert "/FontFile2" in descriptor, font["name"]  # embedded TrueType outlines
        assert "WenQuanYi" in font["name"]


@pytest.mark.parametrize("lang", LANGS)
def test_outline_lists_every_section_and_metadata_is_set(
    packs: dict[str, Path], demo: Store, lang: str
) -> None:
    t = Texts("briefing", lang)
    outline = outline_titles(packs[lang])
    top = [item for item in outline if isinstance(item, str)]
    assert top == [t(key) for key in GENERAL_SECTIONS]
    # Subsections (directions of the portfolio, countries of the directory) are nested.
    nested = [title for item in outline if isinstance(item, list) for title in item]
    assert demo.reference.country_name("KZ", lang) in nested
    reader = PdfReader(packs[lang])
    meta = reader.metadata
    assert meta is not None
    assert t("pack_title") in (meta.title or "")
    assert meta.author == f"Aigerim Saparova, {demo.reference.party_name('KZ', lang)}"
    assert Texts("common", lang)("programme_name") in (meta.subject or "")
    assert reader.trailer["/Root"]["/Lang"] == {"en": "en", "ru": "ru", "zh": "zh-CN"}[lang]


def test_contents_page_numbers_match_where_sections_start(packs: dict[str, Path]) -> None:
    reader = PdfReader(packs["en"])
    contents = reader.pages[1].extract_text(extraction_mode="layout")
    assert "Contents" in contents
    # "Key figures . . . . 3" -> "Key figures 3"
    lines = [" ".join(line.replace(" .", " ").split()) for line in contents.splitlines()]
    checked = 0
    for item in reader.outline:
        if isinstance(item, list):
            continue
        page = reader.get_destination_page_number(item) + 1
        assert f"{item.title} {page}" in lines, (item.title, page)
        assert item.title in reader.pages[page - 1].extract_text()
        checked += 1
    assert checked == len(GENERAL_SECTIONS)


def test_pages_are_rendered_for_review(packs: dict[str, Path]) -> None:
    pngs = render(packs["zh"], "pack-zh")
    if not pngs:
        pytest.skip("poppler-utils (pdftoppm) is not installed")
    assert len(pngs) == len(PdfReader(packs["zh"]).pages)
    assert all(p.stat().st_size > 5000 for p in pngs)


@pytest.mark.parametrize("lang", ["ru", "zh"])
def test_meeting_pack(demo: Store, tmp_path: Path, lang: str) -> None:
    meeting = demo.get("event", event_id(demo))
    options = checked_options(demo.reference, lang=lang, event=meeting.id, today=TODAY)
    result = make_briefing(demo, options, tmp_path / "meeting.pdf")
    render(result.path, f"meeting-{lang}")
    t = Texts("briefing", lang)
    texts = [squeeze(text) for text in page_texts(result.path)]
    whole = "".join(texts)
    assert squeeze(t("meeting_pack_title")) in texts[0]
    assert squeeze(meeting.data["title"]) in texts[0]
    for item in meeting.data["agenda"]:
        assert squeeze(item) in whole
    top = [x for x in outline_titles(result.path) if isinstance(x, str)]
    assert top == [
        t("section_meeting"),
        t("section_participants"),
        t("section_related_projects"),
        t("section_meeting_recommendations"),
    ]
    # Its participants, the projects sharing a direction, its own recommendations only.
    names = demo.titles("contact", [p["contact"] for p in meeting.data["participants"]])
    for name in names.values():
        assert squeeze(name) in whole
    directions = set(meeting.data["directions"])
    for record in demo.iter_records("project"):
        related = bool(directions & set(record.data["directions"]))
        shown = squeeze(record.data["title"]) in whole
        if record.sharing == "members":
            assert shown == related, record.data["title"]
    for record in demo.iter_records("recommendation"):
        made_here = record.data.get("meeting") == meeting.id
        assert (squeeze(record.data["title"]) in whole) == made_here
    assert result.events == 1


def test_empty_installation_gives_a_short_sensible_pack(store: Store, tmp_path: Path) -> None:
    options = checked_options(
        store.reference, lang="ru", date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 12, 31)
    )
    result = make_briefing(store, options, tmp_path / "empty.pdf")
    render(result.path, "empty-ru")
    texts = [squeeze(text) for text in page_texts(result.path)]
    whole = "".join(texts)
    t = Texts("briefing", "ru")
    assert len(texts) == 3  # cover, contents, one page of short sections
    for key in ("empty_projects", "empty_events", "empty_recommendations", "empty_contacts"):
        assert squeeze(t(key)) in whole
    # The period as CLDR writes it (its dash between dates differs between Babel releases).
    period = texts[0].split(squeeze("Период"), 1)[1]
    assert period.startswith(squeeze("1 янв.")) and squeeze("31 дек. 2026 г.") in period
    assert result.projects == result.events == result.contacts == 0
