"""A throwaway PostgreSQL server for the tests, and a fresh database per test.

The server is started once per test session (per xdist worker) from the
PostgreSQL binaries of Debian's ``postgresql`` package, in a temporary folder,
on a free loopback port, with ``fsync=off``; it is stopped with ``-m
immediate`` at the end. ``initdb`` refuses to run as root, so as root the
server runs as the ``postgres`` user (``runuser``), in a folder made with
``tempfile.mkdtemp()`` that this user can enter. A session killed before it
could stop its server leaves an owner file naming its dead process: the next
session stops that server. When no server binaries exist, the tests that need
one are skipped with a message saying so.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

SKIP_REASON = (
    "PostgreSQL server binaries (initdb, pg_ctl) were not found: install Debian's "
    "'postgresql' and 'postgresql-contrib' packages to run the PostgreSQL tests"
)


def find_bindir() -> Path | None:
    """The folder of initdb and pg_ctl, or None when PostgreSQL is not installed."""
    candidates: list[Path] = []
    if env := os.environ.get("GREENBELT_PG_BINDIR"):
        candidates.append(Path(env))
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        out = subprocess.run(
            ["pg_config", "--bindir"], capture_output=True, text=True, check=True
        ).stdout.strip()
        candidates.append(Path(out))
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    candidates += versions
    if found := shutil.which("initdb"):
        candidates.append(Path(found).resolve().parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


PREFIX = "greenbelt-pg-"
OWNER_FILE = "owner.pid"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stop_orphans(bindir: Path) -> None:
    """Stop the servers of earlier test sessions that were killed before they could
    stop them (their owner process is gone), and remove their folders."""
    for folder in Path(tempfile.gettempdir()).glob(f"{PREFIX}*"):
        try:
            owner = int((folder / OWNER_FILE).read_text())
        except (OSError, ValueError):
            continue  # not ours, or still starting
        if _alive(owner):
            continue
        command = [str(bindir / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate", "stop"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresServer:
    """One running cluster; ``create_database()`` gives each test its own database."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.folder = Path(tempfile.mkdtemp(prefix=PREFIX))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.user = "test"
        self._as_postgres = os.geteuid() == 0 if hasattr(os, "geteuid") else False
        self._names = itertools.count(1)
        self._template: str | None = None

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:2])} failed: {result.stderr or result.stdout}")

    def start(self) -> None:
        stop_orphans(self.bindir)
        (self.folder / OWNER_FILE).write_text(str(os.getpid()))
        if self._as_postgres:
            shutil.chown(self.folder, "postgres", "postgres")
        self._run(
            "initdb", "-D", str(self.data), "-U", self.user, "--auth=trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run("pg_ctl", "-D", str(self.data), "-w", "-l", str(self.folder / "log"),
                  "-o", options, "start")  # fmt: skip

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, template: str | None = None) -> str:
        """A new database, empty or a copy of ``template``; returns its SQLAlchemy URL."""
        import psycopg

        name = f"gb_{os.getpid()}_{next(self._names)}"
        copy = f' TEMPLATE "{template}"' if template else ""
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"{copy}')
        return self.url(name)

    def migrated_database(self) -> str:
        """A new database holding the current schema, copied from a template that
        is migrated once per session (migrating takes about a second)."""
        if self._template is None:
            from greenbelt_desktop.store.database import open_engine

            url = self.create_database()
            open_engine(url).dispose()
            self._template = url.rsplit("/", 1)[1]
        return self.create_database(self._template)
