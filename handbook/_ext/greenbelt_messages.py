"""Sphinx directives that quote the program's own messages in the handbook's language.

``.. refusals:: TOPIC`` lists every refusal of the sync layer that the program
explains with the section TOPIC (``greenbelt_desktop.handbook.refusal_topic``),
word for word as the program shows it: the English template, or its
translation from ``translations/sync_<lang>.ts``, with each ``{value}`` shown
as "…". ``.. validation-messages::`` lists the problems a form writes beside a
field (the ``Validation`` context of ``translations/main_<lang>.ts``). The
handbook therefore quotes exactly what the person reads, in every language,
and a new refusal appears in it without anyone copying it.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.parsers.rst import Directive

ROOT = Path(os.environ.get("GREENBELT_REPO", Path(__file__).resolve().parents[2]))
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d")


@cache
def catalogue(area: str, language: str, context: str) -> dict[str, str]:
    """source → translation of one context of ``translations/<area>_<lang>.ts``."""
    if language == "en":
        path = ROOT / "translations" / f"{area}_en.ts"
    else:
        path = ROOT / "translations" / f"{area}_{language}.ts"
    found: dict[str, str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            unfinished = translation is not None and translation.get("type") == "unfinished"
            found[source] = source if language == "en" or unfinished or not text else text
    return found


def shown(text: str) -> str:
    return PLACEHOLDER.sub("…", text)


def _language(directive: Directive) -> str:
    env = directive.state.document.settings.env
    return env.config.language or "en"


def _bullets(texts: list[str]) -> nodes.bullet_list:
    items = nodes.bullet_list()
    for text in texts:
        paragraph = nodes.paragraph()
        paragraph += nodes.inline(text=f"“{text}”", classes=["message"])
        item = nodes.list_item()
        item += paragraph
        items += item
    return items


class Refusals(Directive):
    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        from greenbelt_desktop.gui.pages.sync_messages import MESSAGES, NOTES, REASONS
        from greenbelt_desktop.handbook import NOT_REFUSALS, refusal_topic

        topic = self.arguments[0]
        language = _language(self)
        texts = catalogue("sync", language, "SyncMessages")
        every = (*MESSAGES, *REASONS, *NOTES)
        wanted = [t for t in every if t not in NOT_REFUSALS and refusal_topic(t) == topic]
        if not wanted:
            raise self.error(f"no refusal is explained by the section {topic!r}")
        return [_bullets([shown(texts.get(t, t)) for t in sorted(wanted)])]


class ValidationMessages(Directive):
    has_content = False

    def run(self) -> list[nodes.Node]:
        language = _language(self)
        texts = catalogue("main", language, "Validation")
        return [_bullets([shown(text) for source, text in texts.items() if source.strip()])]


def setup(app: Any) -> dict[str, Any]:
    app.add_directive("refusals", Refusals)
    app.add_directive("validation-messages", ValidationMessages)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
