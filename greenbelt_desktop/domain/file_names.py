"""Attachment file names: kept as a plain base name, shown with their real extension.

A name comes from another installation as much as from this one (BUNDLE-FORMAT.md
§8.5): a path (``../../x`` or ``C:\\x``) keeps only its last part; control characters
and the bidirectional controls that make ``invoice‮fdp.exe`` look like
``invoiceexe.pdf`` are removed (ZWJ and ZWNJ, which Persian and emoji need, stay).
"""

from __future__ import annotations

import re
import unicodedata

# Bidirectional embedding, override and isolate controls, marks, and the byte-order mark.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
MAX_FILE_NAME = 255
# Final extensions a double click runs rather than opens (Windows, macOS, Linux desktops).
RUNNABLE = frozenset(
    {
        "exe", "com", "bat", "cmd", "scr", "pif", "msi", "msp", "cpl", "dll", "hta", "jar",
        "js", "jse", "vbs", "vbe", "wsf", "wsh", "ps1", "psm1", "lnk", "reg", "app", "command",
        "sh", "desktop", "appimage", "iso", "img",
    }
)  # fmt: skip


def plain_file_name(name: str) -> str:
    """The base name of ``name`` without control or bidirectional characters."""
    base = re.split(r"[\\/]", str(name))[-1]
    kept = "".join(
        c for c in base if c not in _BIDI and unicodedata.category(c) not in ("Cc", "Zl", "Zp")
    )
    kept = kept.strip().rstrip(". ")  # Windows drops trailing dots and spaces itself
    if kept in ("", ".", ".."):
        kept = "file"
    return kept[:MAX_FILE_NAME]


def final_extension(name: str) -> str:
    """The extension the system acts on (``pdf.exe`` → ``exe``), lower case, or ""."""
    stem, dot, extension = plain_file_name(name).rpartition(".")
    return extension.lower() if dot and stem else ""


def is_runnable(name: str) -> bool:
    return final_extension(name) in RUNNABLE
