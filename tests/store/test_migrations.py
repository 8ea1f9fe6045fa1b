from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from greenbelt_desktop.store import database
from greenbelt_desktop.store.database import DatabaseTooNew, make_engine, sqlite_url, upgrade
from greenbelt_desktop.store.home import Home


def first_release_database(path: Path) -> None:
    """A database as the first migration made it, with a record written then."""
    engine = make_engine(sqlite_url(path))
    upgrade(engine, database.REVISIONS[0])
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO installation VALUES (1, '01a212a2-1ca1-7049-8443-7a59d5df5a31', 'KZ', "
            "'Aigerim', '', '2026-01-01T00:00:00Z', 1, '')"
        )
        conn.execute(
            "INSERT INTO practice (id, origin, version, sharing, deleted, created_at, updated_at, "
            "created_by, updated_by, change_counter, data, title, country) VALUES "
            "('01a212a2-1ca1-7049-8443-7a59d5df5a40', 'KZ', "
            "'1732440600000.0000.01a212a2-1ca1-7049-8443-7a59d5df5a31', 'members', 0, "
            "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'A', 'A', 1, "
            '\'{"title": "Раздельный сбор отходов", "country": "KZ"}\', '
            "'Раздельный сбор отходов', 'KZ')"
        )


def test_old_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    home = Home(tmp_path / "home")
    home.path.mkdir()
    first_release_database(home.database_path)
    store = home.open_store()
    assert database.current_revision(store.engine) == database.HEAD
    assert [hit.title for hit in store.search("сбор отходов")] == ["Раздельный сбор отходов"]
    backups = home.backups().list()
    assert len(backups) == 1 and backups[0].reason.startswith("before-migration-0001")
    with sqlite3.connect(backups[0].path) as conn:
        assert (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            == (database.REVISIONS[0])
        )


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    home = Home(tmp_path / "home")
    home.open_store().engine.dispose()
    with sqlite3.connect(home.database_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    before = home.database_path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer version"):
        home.open_store()
    assert home.database_path.read_bytes() == before


def test_revision_list_matches_the_shipped_scripts() -> None:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(database.alembic_config(make_engine("sqlite://")))
    chain = [rev.revision for rev in reversed(list(scripts.walk_revisions()))]
    assert tuple(chain) == database.REVISIONS


def test_models_match_the_migrations(tmp_path: Path) -> None:
    """Autogenerate finds nothing to add: the migrations build exactly the models."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from greenbelt_desktop.store.models import Base

    engine = make_engine(sqlite_url(tmp_path / "db.sqlite3"))
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # The search tables (FTS5 and their shadow tables) are made by raw SQL on purpose.
    assert [
        d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("search_"))
    ] == []
