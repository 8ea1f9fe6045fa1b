"""Sphinx configuration of the Green Belt Desktop handbook (the user's manual).

English is the source (``*.rst`` here); Russian and Simplified Chinese are
gettext catalogues in ``locales/<lang>/LC_MESSAGES/*.po`` (sphinx-intl's
layout). ``scripts/build-handbook.py`` builds the HTML of every language into
``greenbelt_desktop/handbook/<lang>/`` and a PDF of each for printing; see
docs/handbook.md.
"""

from __future__ import annotations

project = "Green Belt Desktop"
author = "SCO Secretariat"
copyright = "SCO Green Belt Programme"  # noqa: A001 - Sphinx's name for it

language = "en"
locale_dirs = ["locales/"]
gettext_compact = False  # one catalogue per page
gettext_uuid = False
gettext_location = False  # no source line numbers in the catalogues: fewer needless changes

root_doc = "index"
exclude_patterns = ["_build", "locales", "screenshots/README.rst"]
# Each language's pictures: screenshots/dashboard.png is read from screenshots/<lang>/.
figure_language_filename = "{path}{language}/{basename}{ext}"

# Offline HTML: alabaster's own fonts are the system's (no web fonts), no
# external badges, buttons or scripts; the sidebars below use none.
html_theme = "alabaster"
html_theme_options = {
    "font_family": "'Segoe UI', 'Noto Sans', 'WenQuanYi Micro Hei', 'Microsoft YaHei', sans-serif",
    "head_font_family": "'Segoe UI', 'Noto Sans', 'WenQuanYi Micro Hei', 'Microsoft YaHei', sans-serif",
    "code_font_family": "Consolas, 'DejaVu Sans Mono', monospace",
    "show_powered_by": False,
    "show_relbars": True,
    "page_width": "1100px",
    "sidebar_width": "230px",
    "fixed_sidebar": False,
}
html_sidebars = {"**": ["localtoc.html", "relations.html", "searchbox.html"]}
html_static_path = ["_static"]
html_css_files = ["handbook.css"]
html_show_sphinx = False
html_show_sourcelink = False
html_copy_source = False
html_last_updated_fmt = None
html_title = "Green Belt Desktop"
html_short_title = "Green Belt Desktop"
smartquotes = True
smartquotes_action = "qe"  # quotes and ellipses; "--option" stays as typed

import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent / "_ext"))
sys.path.insert(0, os.environ.get("GREENBELT_REPO", str(Path(__file__).resolve().parents[1])))
extensions = ["greenbelt_messages"]
