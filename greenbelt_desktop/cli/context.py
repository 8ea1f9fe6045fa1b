"""What every command shares: the data folder, the store, output and error handling."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from greenbelt_desktop.domain.validation import RecordInvalid, UnknownEntity
from greenbelt_desktop.store.backup import BackupError
from greenbelt_desktop.store.database import DatabaseDamaged, DatabaseTooNew
from greenbelt_desktop.store.home import Home, default_home
from greenbelt_desktop.store.records import Store, StoreError


class CommandError(Exception):
    """A refusal: printed as one line on stderr, exit code 1."""


# Errors that carry a message meant for the user; anything else is a bug.
USER_ERRORS: tuple[type[BaseException], ...] = (
    CommandError,
    StoreError,
    RecordInvalid,
    UnknownEntity,
    DatabaseTooNew,
    DatabaseDamaged,
    BackupError,
)


@dataclass
class Context:
    home: Home
    out: TextIO = field(default_factory=lambda: sys.stdout)
    _store: Store | None = None

    @classmethod
    def from_args(cls, args: argparse.Namespace, out: TextIO) -> Context:
        path = Path(args.home) if args.home else default_home()
        url = args.database or os.environ.get("GREENBELT_DATABASE") or None
        return cls(Home(path, url), out)

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = self.home.open_store()
        return self._store

    def print(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def print_json(self, value: Any) -> None:
        json.dump(value, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")

    def launch_gui(self, argv: list[str], demo: bool = False) -> int:
        from greenbelt_desktop.gui.app import run

        return run(self.home, argv, demo=demo)


Handler = Callable[[argparse.Namespace, Context], int | None]


def run_command(handler: Handler, args: argparse.Namespace, context: Context) -> int:
    try:
        return handler(args, context) or 0
    except USER_ERRORS as error:
        print(f"greenbelt: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        print(f"greenbelt: {error.strerror or error}{where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("greenbelt: interrupted; nothing more was written.", file=sys.stderr)
        return 1
    finally:
        if context._store is not None:
            context._store.engine.dispose()


def read_json_argument(source: str) -> Any:
    """Read the JSON of ``--json FILE`` or ``--json -`` (standard input)."""
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CommandError(f"{source} is not UTF-8 text.") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        name = "standard input" if source == "-" else source
        raise CommandError(
            f"{name} is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})."
        ) from None
