"""The built handbook (``make setup`` builds it): every page in every language, its
links and the sections the program opens, offline HTML, the troubleshooting
chapter quoting every refusal, and the printable PDFs."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from greenbelt_desktop import handbook
from greenbelt_desktop.handbook import LANGUAGES, TOPICS, handbook_dir

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "handbook"
PAGES = sorted(path.stem for path in SOURCE.glob("*.rst"))


class Anchors(HTMLParser):
    """The ids a page defines, the links it makes and the resources it loads."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.resources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "a" and "href" in values:
            self.links.append(values["href"])
        if "src" in values:
            self.resources.append(values["src"])
        if tag == "link" and "href" in values:
            self.resources.append(values["href"])


def same_quotes(text: str) -> str:
    """``text`` with its apostrophes and single quotes alike (Sphinx curls them)."""
    return re.sub("[‘’']", "'", text)


def parsed(path: Path) -> Anchors:
    anchors = Anchors()
    anchors.feed(path.read_text(encoding="utf-8"))
    return anchors


@pytest.fixture(scope="module")
def built() -> Path:
    folder = handbook_dir()
    if not (folder / "en" / "index.html").is_file():
        pytest.fail("The handbook is not built: run `make setup` (scripts/build-handbook.py).")
    return folder


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_every_page(built: Path, language: str) -> None:
    made = {path.stem for path in (built / language).glob("*.html")}
    assert set(PAGES) <= made, f"{language} lacks {sorted(set(PAGES) - made)}"
    html = (built / language / "index.html").read_text(encoding="utf-8")
    assert f'lang="{language.replace("_", "-")}"' in html
    script = {"en": "[A-Za-z]", "ru": "[А-Яа-я]", "zh_CN": "[\u4e00-\u9fff]"}[language]
    for page in PAGES:
        title = re.search(r"<h1>([^<]*)", (built / language / f"{page}.html").read_text("utf-8"))
        assert title and re.search(script, title.group(1)), f"{language}/{page}: {title}"


@pytest.mark.parametrize("language", ["ru", "zh_CN"])
def test_every_sentence_is_translated(language: str) -> None:
    """Each page's catalogue exists and translates every message, none fuzzy."""
    from babel.messages.pofile import read_po

    folder = SOURCE / "locales" / language / "LC_MESSAGES"
    for page in PAGES:
        path = folder / f"{page}.po"
        assert path.is_file(), f"{path} is missing"
        with path.open("rb") as file:
            catalogue = read_po(file)
        untranslated = [m.id for m in catalogue if m.id and (not m.string or m.fuzzy)]
        assert not untranslated, f"{path.name}: not translated: {untranslated[:3]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_links_lead_to_pages_and_sections_that_exist(built: Path, language: str) -> None:
    folder = built / language
    pages = {path.name: parsed(path) for path in folder.glob("*.html")}
    broken = []
    for name, page in pages.items():
        for link in page.links:
            parts = urlsplit(link)
            if parts.scheme in ("http", "https", "mailto"):
                broken.append(f"{name}: {link} (leaves the handbook)")
                continue
            target = unquote(parts.path) or name
            if target.endswith("/"):
                target += "index.html"
            if not (folder / target).exists():
                broken.append(f"{name}: {link}")
            elif parts.fragment and target in pages and parts.fragment not in pages[target].ids:
                broken.append(f"{name}: {link} (no such section)")
    assert not broken, broken


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sections_the_program_opens_exist(built: Path, language: str) -> None:
    for topic, page in TOPICS.items():
        path = built / language / f"{page}.html"
        assert path.is_file(), path
        assert topic in parsed(path).ids, f"{language}: no section {topic} in {page}.html"
        url = handbook.location(topic, language)
        assert url.startswith("file:") and url.split("#")[0].endswith(f"/{page}.html")


def test_every_page_of_the_program_has_its_section() -> None:
    from greenbelt_desktop.gui.pages import PAGES as WINDOW_PAGES

    for spec in WINDOW_PAGES:
        assert handbook.PAGE_TOPICS[spec.key] in TOPICS, spec.key
    assert set(handbook.PAGE_TOPICS.values()) <= set(TOPICS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_html_loads_nothing_from_the_network(built: Path, language: str) -> None:
    remote = re.compile(
        r"""(?:src|href)\s*=\s*["']\s*(?:https?:)?//"""
        r"""|url\(\s*["']?\s*(?:https?:)?//|@import\s+["']?(?:https?:)?//""",
        re.I,
    )
    found = []
    for path in (built / language).rglob("*"):
        if path.suffix in (".html", ".css", ".js"):
            text = path.read_text(encoding="utf-8", errors="replace")
            found += [f"{path.name}: {m.group(0)}" for m in remote.finditer(text)]
    assert not found, found
    for page in (built / language).glob("*.html"):
        for resource in parsed(page).resources:
            assert not urlsplit(resource).scheme, f"{page.name} loads {resource}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_troubleshooting_chapter_quotes_every_refusal(built: Path, language: str) -> None:
    """Every refusal and note of the sync layer is quoted, in the language's own words,
    in the section its "What does this mean?" link opens."""
    import html as html_text
    import xml.etree.ElementTree as ET

    from greenbelt_desktop.gui.pages.sync_messages import MESSAGES, NOTES, REASONS

    translations: dict[str, str] = {}
    ts = ROOT / "translations" / f"sync_{language}.ts"
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") == "SyncMessages":
            for message in context.iter("message"):
                translations[message.findtext("source") or ""] = (
                    message.findtext("translation") or ""
                )
    pages: dict[str, str] = {}
    for template in (*MESSAGES, *REASONS, *NOTES):
        if template in handbook.NOT_REFUSALS:
            continue
        topic = handbook.refusal_topic(template)
        assert topic in TOPICS, template
        page = TOPICS[topic]
        if page not in pages:
            pages[page] = html_text.unescape(
                (built / language / f"{page}.html").read_text(encoding="utf-8")
            )
        said = template if language == "en" else translations[template]
        shown = re.sub(r"\{[a-z_]+\}", "…", said)
        assert same_quotes(shown) in same_quotes(pages[page]), (language, shown)


@pytest.mark.parametrize(
    ("language", "words"), [("en", "Your first day"), ("ru", "Первый день"), ("zh_CN", "第一天")]
)
def test_a_pdf_of_each_language_prints_with_embedded_fonts(
    built: Path, language: str, words: str
) -> None:
    from pypdf import PdfReader

    path = handbook.pdf_file(language)
    assert path.is_file(), path
    reader = PdfReader(path)
    assert len(reader.pages) >= 15
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages[:4])
    assert words in text
    fonts = set()
    for page in reader.pages[:5]:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", []):
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor, f"{descriptor['/FontName']} is not embedded"
                fonts.add(str(descriptor["/FontName"]))
    assert any("WenQuanYi" in name for name in fonts), fonts
