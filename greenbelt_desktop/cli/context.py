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

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

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
        """The installation's store; refuses, writing nothing, when the folder holds
        no installation (only ``init`` creates one: :meth:`open_store`)."""
        if self._store is None:
            if not self.home.is_server and not self.home.database_path.exists():
                raise CommandError(
                    f"There is no installation in {self.home.path}: set one up with "
                    "'greenbelt init --party CODE --name NAME', or name the folder of an "
                    "existing one with --home DIR; nothing was written."
                )
            return self.open_store()
        return self._store

    def open_store(self) -> Store:
        """Open the store, creating the database when there is none yet."""
        if self._store is None:
            check_database_url(self.home.database_url)
            try:
                self._store = self.home.open_store()
            except ImportError as error:
                raise CommandError(missing_driver(self.home.database_url, error)) from None
        return self._store

    def print(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def print_json(self, value: Any) -> None:
        json.dump(value, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")

    def launch_gui(self, argv: list[str], demo: bool = False) -> int:
        from greenbelt_desktop.cli.display import require_display

        require_display()
        from greenbelt_desktop.gui.app import run

        return run(self.home, argv, demo=demo)


SUPPORTED_DATABASES = ("sqlite", "postgresql")


def check_database_url(url: str | None) -> None:
    """Refuse, in one line, a ``--database`` URL of a database this program does not use."""
    if url is None:
        return
    try:
        backend = make_url(url).get_backend_name()
    except ArgumentError:
        raise CommandError(
            f"'{url}' is not a database URL: use e.g. postgresql+psycopg://user@host/greenbelt."
        ) from None
    if backend not in SUPPORTED_DATABASES:
        raise CommandError(
            f"Green Belt Desktop keeps its records in SQLite or PostgreSQL, not '{backend}': "
            "use a URL such as postgresql+psycopg://user@host/greenbelt."
        )


def missing_driver(url: str | None, error: ImportError) -> str:
    module = error.name or "the driver"
    if url and make_url(url).get_backend_name() == "postgresql":
        return (
            f"The PostgreSQL driver ({module}) is not installed: install it with "
            "pip install 'greenbelt-desktop[postgresql]', or use the URL "
            "postgresql+psycopg://…; nothing was written."
        )
    return f"The database driver {module} is not installed; nothing was written."


Handler = Callable[[argparse.Namespace, Context], int | None]


def run_command(handler: Handler, args: argparse.Namespace, context: Context) -> int:
    try:
        return handler(args, context) or 0
    except BrokenPipeError:
        quiet_stdout()
        return 1
    except USER_ERRORS as error:
        print(f"greenbelt: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        print(f"greenbelt: {error.strerror or error}{where}", file=sys.stderr)
        return 1
    except EOFError:  # Ctrl+D at a prompt
        if sys.stderr.isatty():
            print(file=sys.stderr)  # off the prompt's line
        print(
            "greenbelt: The input ended before an answer was given; nothing was written.",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print("greenbelt: interrupted; nothing more was written.", file=sys.stderr)
        return 1
    finally:
        if context._store is not None:
            context._store.engine.dispose()


def quiet_stdout() -> None:
    """After the reader of standard output went away (``greenbelt list … | head -1``):
    point it at the null device so that nothing more, not even the final flush, fails."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


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
