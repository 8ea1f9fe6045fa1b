"""Build the user handbook: HTML of every language into the package, and a PDF of each.

    python scripts/build-handbook.py [--pictures DIR] [--no-pdf] [--out DIR]

Sources: ``handbook/`` (English ``.rst``, ``locales/<lang>/LC_MESSAGES/*.po``).
The sources are copied to ``build/handbook/src`` with the pictures of
``--pictures`` (default: the committed ``handbook/screenshots``; ``make
handbook`` passes ``test-artifacts/handbook``, the pictures the test suite has
just taken) laid into ``screenshots/<lang>/``. Sphinx then builds, per
language, the HTML into ``greenbelt_desktop/handbook/<lang>/`` and a single
page that Qt prints to ``greenbelt-handbook-<lang>.pdf`` beside it (A4, the
shipped WenQuanYi Micro Hei font embedded, so Chinese and Cyrillic print on
any machine). Sphinx warnings are errors. See docs/handbook.md.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "handbook"
BUILD = ROOT / "build" / "handbook"
OUT = ROOT / "greenbelt_desktop" / "handbook"
LANGUAGES = ("en", "ru", "zh_CN")
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"


def prepare(pictures: Path) -> Path:
    """A copy of the sources with the chosen pictures (what Sphinx reads)."""
    src = BUILD / "src"
    ignore = shutil.ignore_patterns("*.mo", "__pycache__", "screenshots")
    if src.exists():
        shutil.rmtree(src)
    shutil.copytree(SOURCE, src, ignore=ignore)
    for language in LANGUAGES:
        target = src / "screenshots" / language
        target.mkdir(parents=True, exist_ok=True)
        found = pictures / language
        if found.is_dir():
            for picture in found.glob("*.png"):
                shutil.copy2(picture, target / picture.name)
    return src


def sphinx(builder: str, src: Path, out: Path, language: str) -> None:
    from sphinx import locale
    from sphinx.cmd.build import build_main

    # Sphinx caches its translators by domain, not by language: drop them between builds.
    locale.translators.clear()
    doctrees = BUILD / "doctrees" / f"{builder}-{language}"
    code = build_main(
        ["-b", builder, "-q", "-E", "-W", "--keep-going", "-D", f"language={language}",
         "-d", str(doctrees), str(src), str(out)]
    )
    if code:
        raise SystemExit(f"The handbook ({language}, {builder}) did not build.")


def html(src: Path, out: Path, language: str) -> None:
    target = out / language
    if target.exists():
        shutil.rmtree(target)
    sphinx("html", src, target, language)
    for leftover in (".buildinfo", ".doctrees", "objects.inv"):
        path = target / leftover
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


PRINT_CSS = """
body { font-family: 'WenQuanYi Micro Hei'; font-size: 10.5pt; color: #111; }
h1 { font-size: 20pt; margin-top: 0; color: #1b5e20; }
h2 { font-size: 14pt; margin-top: 14pt; color: #1b5e20; }
h3 { font-size: 12pt; margin-top: 10pt; }
p, li, dd { line-height: 135%; }
pre { font-family: 'DejaVu Sans Mono', 'WenQuanYi Micro Hei'; font-size: 9pt;
      background-color: #f2f2f2; }
table { border-collapse: collapse; }
th, td { border: 1px solid #999; padding: 3px; }
.message { font-weight: bold; }
a { color: #1b5e20; text-decoration: none; }
"""


def pdf(src: Path, out: Path, language: str) -> Path:
    """Print the single-page HTML of ``language`` to a PDF with Qt."""
    single = BUILD / "singlehtml" / language
    sphinx("singlehtml", src, single, language)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QMarginsF, QSizeF, QUrl
    from PySide6.QtGui import (
        QFont,
        QFontDatabase,
        QGuiApplication,
        QImage,
        QPageLayout,
        QPageSize,
        QPdfWriter,
        QTextDocument,
    )

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if QFontDatabase.addApplicationFont(str(FONT)) < 0:
        raise SystemExit(f"The font {FONT} could not be loaded.")
    page = (single / "index.html").read_text(encoding="utf-8")
    start = page.index('<div class="body" role="main">')
    end = page.index('<div class="sphinxsidebar"', start)
    body = re.sub(r'<nav id="rellinks">.*?</nav>', "", page[start:end], flags=re.S)
    body = re.sub(r'<a class="headerlink"[^>]*>.*?</a>', "", body, flags=re.S)
    # Each chapter on a new page.
    body = body.replace(
        '<span id="document-', '<p style="page-break-before: always"></p><span id="document-'
    )
    if not language.startswith("zh"):
        # The font's curly quotes are drawn full width (Chinese style): print straight ones.
        body = body.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "…": "..."}))
    target = out / language / f"greenbelt-handbook-{language}.pdf"
    writer = QPdfWriter(str(target))
    writer.setTitle("Green Belt Desktop")
    writer.setCreator("Green Belt Desktop")
    writer.setResolution(150)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 16, 18, 16),
            QPageLayout.Unit.Millimeter,
        )
    )
    width_px = writer.pageLayout().paintRectPixels(writer.resolution()).width()
    document = QTextDocument()
    document.setDefaultFont(QFont("WenQuanYi Micro Hei", 10))
    document.setDefaultStyleSheet(PRINT_CSS)
    document.setPageSize(QSizeF(width_px, writer.pageLayout().paintRectPixels(150).height()))
    base = QUrl.fromLocalFile(str(single) + "/")
    document.setBaseUrl(base)
    # Pictures: loaded here and scaled to the page's width (Qt prints at 150 dpi).
    for name in sorted(set(re.findall(r'<img[^>]*src="([^"]+)"', body))):
        image = QImage(str(single / name))
        if image.isNull():
            raise SystemExit(f"The picture {name} of the handbook could not be read.")
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
        # A full window (1366 pixels) fills 85 % of the page's width; a dialog, in proportion.
        shown = int(min(1.0, image.width() / 1366) * width_px * 0.85)
        body = body.replace(f'src="{name}"', f'width="{shown}" src="{name}"')
    document.setHtml(f"<html><body>{body}</body></html>")
    document.print_(writer)
    del app
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pictures", type=Path, default=SOURCE / "screenshots")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--no-pdf", action="store_true")
    args = parser.parse_args()
    started = time.monotonic()
    os.environ["GREENBELT_REPO"] = str(ROOT)
    src = prepare(args.pictures.resolve())
    args.out.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        html(src, args.out, language)
        if not args.no_pdf:
            pdf(src, args.out, language)
    print(f"Handbook built in {args.out} ({time.monotonic() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
