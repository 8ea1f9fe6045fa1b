"""Helpers of the briefing pack tests: demo stores, reading PDFs back, rendering pages."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from greenbelt_desktop.store.demo import fill_demo
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import Store

TODAY = dt.date(2026, 11, 25)
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "pdf"


def demo_store(folder: Path, party: str = "KZ") -> Store:
    store = Home(folder).open_store()
    store.initialise(party, "Aigerim Saparova", "Ministry of Ecology")
    fill_demo(store, today=TODAY)
    return store


def squeeze(text: str) -> str:
    """Text without any whitespace: wrapped lines compare equal to the unwrapped string."""
    return "".join(text.split())


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def poppler_text(path: Path) -> str | None:
    """The text as poppler's pdftotext reads it, when poppler-utils is installed."""
    if not shutil.which("pdftotext"):
        return None
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return done.stdout.decode("utf-8")


def _resolve(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def fonts_of(path: Path) -> list[dict[str, Any]]:
    """Every font used on every page (and in form XObjects), with its descriptor."""
    found: list[dict[str, Any]] = []
    seen: set[int] = set()

    def walk(resources: Any) -> None:
        resources = _resolve(resources)
        if not isinstance(resources, DictionaryObject):
            return
        for font in (_resolve(resources.get("/Font")) or {}).values():
            font = _resolve(font)
            if id(font) in seen:
                continue
            seen.add(id(font))
            descendants = font.get("/DescendantFonts")
            descriptor = _resolve(font.get("/FontDescriptor"))
            if descriptor is None and descendants:
                descriptor = _resolve(_resolve(_resolve(descendants)[0]).get("/FontDescriptor"))
            found.append(
                {
                    "name": str(font.get("/BaseFont")),
                    "subtype": str(font.get("/Subtype")),
                    "descriptor": descriptor,
                }
            )
        for xobject in (_resolve(resources.get("/XObject")) or {}).values():
            xobject = _resolve(xobject)
            if "/Resources" in xobject:
                walk(xobject["/Resources"])

    for page in PdfReader(path).pages:
        walk(page.get("/Resources"))
    return found


def outline_titles(path: Path) -> list[Any]:
    """The outline as nested lists of titles."""

    def titles(items: list[Any]) -> list[Any]:
        return [titles(item) if isinstance(item, list) else item.title for item in items]

    return titles(PdfReader(path).outline)


def render(path: Path, name: str, first: int = 1, last: int = 99) -> list[Path]:
    """Render pages to PNG under test-artifacts/pdf/ for review; [] without poppler.

    Pages are rendered into a folder of their own and then moved into place one
    by one, so two test processes rendering the same pack never see each other's
    half-written or deleted pages.
    """
    if not shutil.which("pdftoppm"):
        return []
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=ARTIFACTS, prefix=f".{name}-") as scratch:
        subprocess.run(
            ["pdftoppm", "-r", "80", "-png", "-f", str(first), "-l", str(last), str(path),
             str(Path(scratch) / name)],
            check=True,
        )  # fmt: skip
        pages = sorted(Path(scratch).glob(f"{name}-*.png"))
        for old in ARTIFACTS.glob(f"{name}-*.png"):
            if old.name not in {page.name for page in pages}:
                old.unlink(missing_ok=True)
        for page in pages:
            os.replace(page, ARTIFACTS / page.name)
    return [ARTIFACTS / page.name for page in pages]
