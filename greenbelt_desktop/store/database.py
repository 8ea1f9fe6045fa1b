"""Opening a database: engine settings, schema revision checks and migrations.

SQLite runs in WAL mode with ``synchronous=FULL`` (a committed transaction
survives a power cut), foreign keys on and a busy timeout so a second process
waits rather than failing. An older database is backed up, then migrated
with the Alembic scripts shipped in ``store/migrations``; a database written
by a newer version of the application is refused before anything is written.
Alembic is imported only when a migration is needed: start-up time matters.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from greenbelt_desktop.store.backup import BackupFile

# Revisions in order; the last is the head this version of the application writes.
REVISIONS = (
    "0001_records",
    "0002_search",
    "0003_sync",
    "0004_list_indexes",
    "0005_reference",
    "0006_sync_clash",
)
HEAD = REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNew(RuntimeError):
    def __init__(self, revision: str) -> None:
        super().__init__(
            "This data was written by a newer version of Green Belt Desktop "
            f"(schema {revision}). Please update the application; nothing was changed."
        )
        self.revision = revision


class DatabaseDamaged(RuntimeError):
    """The database cannot be read; the message names the latest good backup."""

    def __init__(self, path: str, detail: str, backup: BackupFile | None = None) -> None:
        if backup is not None:
            advice = (
                f"The latest good backup is from {backup.when} ({backup.name}): "
                "restore it with 'greenbelt backup restore --latest'."
            )
        else:
            advice = "There is no good backup to restore; nothing was changed."
        super().__init__(f"The database {path} is damaged ({detail}). {advice}")
        self.detail = detail
        self.backup = backup


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def current_revision(engine: Engine) -> str | None:
    """The schema revision of the database, or None for an empty one."""
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                if inspect(conn).get_table_names():
                    return "unknown"
                return None
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    except (DatabaseError, OperationalError) as error:
        raise DatabaseDamaged(str(engine.url.database), str(error.orig)) from None
    return row[0] if row else None


def alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def open_engine(url: str, backup: Callable[[str], object] | None = None) -> Engine:
    """Open (creating or migrating as needed) and return the engine.

    ``backup(reason)`` is called before migrating a database that holds data.
    """
    engine = make_engine(url)
    revision = current_revision(engine)
    if revision == HEAD:
        return engine
    if revision is not None and revision not in REVISIONS:
        engine.dispose()
        raise DatabaseTooNew(revision)
    if revision is not None and backup is not None:
        backup(f"before-migration-{revision}")
    upgrade(engine)
    return engine
