"""Where the handbook is, and which of its sections explains a screen or a refusal.

The handbook's HTML is built from ``handbook/`` (English ``.rst`` and the
Russian and Chinese gettext catalogues) into ``greenbelt_desktop/handbook/<lang>/``
by ``scripts/build-handbook.py`` (run by ``make setup``), with a PDF of each
language beside it. Both the GUI (Help ▸ Handbook, F1, "What does this mean?")
and the command line (``greenbelt help``) find it here. No Qt.

A *topic* is a label of the handbook (``.. _backups:``): the id of a section,
the same in every language. ``TOPICS`` maps each topic the program opens to the
page that holds it; ``tests/handbook`` checks that each is there, in every
language.
"""

from __future__ import annotations

import sys
from pathlib import Path

LANGUAGES = ("en", "ru", "zh_CN")
PDF_NAME = "greenbelt-handbook-{language}.pdf"


def handbook_dir() -> Path:
    """The folder of the built handbook (``<lang>/`` inside), also when frozen."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "greenbelt_desktop" / "handbook"
    return Path(__file__).resolve().parent


# topic -> the page (file name without .html) that holds its section.
TOPICS: dict[str, str] = {
    "first-day": "first-day",
    "wizard": "first-day",
    "fingerprint": "first-day",
    "your-key-card": "first-day",
    "settings": "first-day",
    "the-window": "first-day",
    "records": "records",
    "dashboard": "records",
    "lists": "records",
    "forms": "records",
    "kinds": "records",
    "kind-organisation": "records",
    "kind-contact": "records",
    "kind-event": "records",
    "kind-project": "records",
    "kind-recommendation": "records",
    "kind-agreement": "records",
    "kind-practice": "records",
    "searching": "records",
    "sharing": "sharing",
    "sending": "sending",
    "export": "sending",
    "send-bundle": "sending",
    "importing": "importing",
    "import": "importing",
    "report": "importing",
    "history": "importing",
    "conflicts": "conflicts",
    "conflict": "conflicts",
    "id-clash": "conflicts",
    "spreadsheets": "spreadsheets",
    "template": "spreadsheets",
    "filling": "spreadsheets",
    "workbook-import": "spreadsheets",
    "problems-workbook": "spreadsheets",
    "export-workbook": "spreadsheets",
    "calendars": "calendars",
    "ics": "calendars",
    "vcard": "calendars",
    "briefing": "briefing",
    "audience": "briefing",
    "backups": "backups",
    "backup-now": "backups",
    "restore": "backups",
    "damaged": "backups",
    "key-folder": "backups",
    "second-laptop": "second-laptop",
    "move-data": "second-laptop",
    "endorse": "second-laptop",
    "lost-laptop": "second-laptop",
    "secretariat": "secretariat",
    "trust-members": "secretariat",
    "consolidate": "secretariat",
    "reference-data": "secretariat",
    "revoke": "secretariat",
    "troubleshooting": "troubleshooting",
    "tr-damaged": "troubleshooting",
    "tr-too-large": "troubleshooting",
    "tr-update": "troubleshooting",
    "tr-not-trusted": "troubleshooting",
    "tr-wrong-direction": "troubleshooting",
    "tr-rollback": "troubleshooting",
    "tr-clock": "troubleshooting",
    "tr-not-owner": "troubleshooting",
    "tr-invalid-change": "troubleshooting",
    "tr-registry": "troubleshooting",
    "tr-key-card": "troubleshooting",
    "tr-fingerprint": "troubleshooting",
    "tr-key-known": "troubleshooting",
    "tr-passphrase": "troubleshooting",
    "tr-private-key": "troubleshooting",
    "tr-secretariat-only": "troubleshooting",
    "tr-conflict-number": "troubleshooting",
    "tr-file": "troubleshooting",
    "tr-form": "troubleshooting",
    "tr-read-only": "troubleshooting",
    "tr-workbook": "troubleshooting",
    "tr-vcard": "troubleshooting",
    "tr-briefing": "troubleshooting",
    "tr-backup": "troubleshooting",
    "tr-database": "troubleshooting",
    "tr-command-line": "troubleshooting",
}

# The main window's pages (gui/pages PAGES keys) and the section F1 opens on each.
PAGE_TOPICS: dict[str, str] = {
    "dashboard": "dashboard",
    "organisation": "kind-organisation",
    "contact": "kind-contact",
    "event": "kind-event",
    "project": "kind-project",
    "recommendation": "kind-recommendation",
    "agreement": "kind-agreement",
    "practice": "kind-practice",
    "sync": "sending",
    "conflicts": "conflicts",
    "settings": "settings",
    "search": "searching",
}

# Refusals of the sync layer (its Message templates, sync/errors.py) and the entry
# of "When something goes wrong" that explains each: the first rule whose words
# are all in the template decides. tests/handbook checks every template has one.
REFUSAL_RULES: tuple[tuple[tuple[str, ...], str], ...] = (
    # An import report's notes: what the report says, not a refusal.
    (("learned {party} key",), "report"),
    (("superseded:",), "report"),
    (("acknowledged our bundle",), "report"),
    (("replaced its key",), "report"),
    (("key {fingerprint}… revoked",), "report"),
    (("clock",), "tr-clock"),
    (("passphrase",), "tr-passphrase"),
    (("private key",), "tr-private-key"),
    (("has no key yet",), "tr-private-key"),
    (("onflict",), "tr-conflict-number"),
    (("fingerprint does not match",), "tr-fingerprint"),
    (("No known key has the fingerprint",), "tr-key-known"),
    (("already trusted for this device",), "tr-key-known"),
    (("already known for another party",), "tr-key-known"),
    (("cannot be trusted again",), "tr-key-known"),
    (("registry",), "tr-registry"),
    (("rotation",), "tr-registry"),
    (("keys are refused",), "tr-registry"),
    (("key card",), "tr-key-card"),
    (("Cannot read",), "tr-file"),
    (("Only the Secretariat",), "tr-secretariat-only"),
    (("own key cannot be revoked",), "tr-secretariat-only"),
    (("use 'greenbelt bundle consolidate'",), "tr-secretariat-only"),
    (("update the application",), "tr-update"),
    (("format this version does not know",), "tr-update"),
    (("refused as a rollback",), "tr-rollback"),
    (("Another consolidated bundle with sequence",), "tr-rollback"),
    (("written by this installation",), "tr-wrong-direction"),
    (("does not import consolidated",), "tr-wrong-direction"),
    (("member states import the Secretariat",), "tr-wrong-direction"),
    (("not addressed to the Secretariat",), "tr-wrong-direction"),
    (("not issued by the Secretariat",), "tr-wrong-direction"),
    (("size limit",), "tr-too-large"),
    (("inflates",), "tr-too-large"),
    (("absurd number",), "tr-too-large"),
    (("MB, above the limit",), "tr-too-large"),
    (("attachments exceed",), "tr-too-large"),
    (("not signed by a key",), "tr-not-trusted"),
    (("refused: {reason}",), "tr-not-trusted"),
    (("no longer trusted",), "tr-not-trusted"),
    (("fails its own signature check",), "tr-not-trusted"),
    (("signed by a revoked key",), "tr-not-trusted"),
    (("signed by a key that was replaced",), "tr-not-trusted"),
    (("is invalid: {issues}",), "tr-invalid-change"),
    (("belongs to {owner}",), "tr-not-owner"),
    (("where only",), "tr-not-owner"),
    (("is private",), "tr-not-owner"),
    (("reference data",), "tr-not-owner"),
    (("reference entry",), "tr-not-owner"),
    (("not an SCO member state",), "tr-not-owner"),
)

# The words and outcomes that go inside a refusal or a note explain nothing alone.
NOT_REFUSALS = frozenset(
    {
        "bundle",
        "forwarded bundle",
        "key rotation",
        "bundle_id",
        "issuing device",
        "applied",
        "already applied",
    }
)


def refusal_topic(template: str) -> str:
    """The section of "When something goes wrong" that explains a refusal's template;
    a damaged or malformed bundle when no rule names it."""
    for words, topic in REFUSAL_RULES:
        if all(word in template for word in words):
            return topic
    return "tr-damaged"


def language_of(language: str) -> str:
    """The handbook's language for a language or locale name (ru_RU → ru, zh → zh_CN)."""
    if language.startswith("zh"):
        return "zh_CN"
    return language[:2] if language[:2] in LANGUAGES else "en"


def page_file(topic: str | None = None, language: str = "en") -> Path:
    """The HTML file holding ``topic`` (the first page without one) in ``language``."""
    page = TOPICS.get(topic, "index") if topic else "index"
    return handbook_dir() / language_of(language) / f"{page}.html"


def location(topic: str | None = None, language: str = "en") -> str:
    """A ``file:`` URL of the section ``topic`` in ``language``."""
    url = page_file(topic, language).as_uri()
    if topic and topic in TOPICS and TOPICS[topic] != topic:
        url += f"#{topic}"
    return url


def pdf_file(language: str = "en") -> Path:
    lang = language_of(language)
    return handbook_dir() / lang / PDF_NAME.format(language=lang)


def is_built(language: str = "en") -> bool:
    return page_file(None, language).is_file()
