"""``greenbelt help [TOPIC]``: where the user handbook is, or open it.

Prints the location of the handbook's first page (a file path), of TOPIC's
section (a ``file:`` URL with the section), or with ``--pdf`` of the printable
PDF, in the language of ``--lang`` or of the system (LANGUAGE, LC_ALL,
LC_MESSAGES, LANG). ``--open`` opens it in the browser (or PDF viewer) too;
``--topics`` lists the topics. Exit codes: 0; 1 when the handbook is not
installed or nothing could open it; 2 for an unknown topic (a usage error).
"""

from __future__ import annotations

import argparse
import os
import webbrowser
from typing import Any

from greenbelt_desktop import handbook
from greenbelt_desktop.cli.context import CommandError, Context


def topic_name(text: str) -> str:
    if text not in handbook.TOPICS:
        raise argparse.ArgumentTypeError(
            f"there is no topic {text!r}; 'greenbelt help --topics' lists them"
        )
    return text


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "help",
        help="where the user handbook is (or open it): how to do each task, what messages mean",
    )
    parser.add_argument(
        "topic",
        nargs="?",
        metavar="TOPIC",
        type=topic_name,
        help="a section, e.g. first-day, backups, endorse, troubleshooting (see --topics)",
    )
    parser.add_argument(
        "--lang",
        choices=handbook.LANGUAGES,
        help="the handbook's language (default: the system's: en, ru or zh_CN)",
    )
    parser.add_argument("--pdf", action="store_true", help="the printable PDF instead")
    parser.add_argument("--open", action="store_true", help="open it in the browser too")
    parser.add_argument("--topics", action="store_true", help="list the topics and exit")
    parser.set_defaults(handler=cmd_help)


def system_language() -> str:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").split(":")[0]
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return handbook.language_of(value)
    return "en"


def cmd_help(args: argparse.Namespace, ctx: Context) -> int:
    if args.topics:
        for topic, page in handbook.TOPICS.items():
            ctx.print(f"{topic}\t{page}")
        return 0
    language = args.lang or system_language()
    if not handbook.is_built(language):
        raise CommandError(
            f"The handbook is not installed here ({handbook.page_file(None, language)} is "
            "missing); install the program again (from the source: make setup)."
        )
    if args.pdf:
        target = str(handbook.pdf_file(language))
        url = handbook.pdf_file(language).as_uri()
    elif args.topic:
        target = url = handbook.location(args.topic, language)
    else:
        target = str(handbook.page_file(None, language))
        url = handbook.location(None, language)
    ctx.print(target)
    if args.open and not webbrowser.open(url):
        raise CommandError(f"No browser could be opened here; open {target} yourself.")
    return 0
