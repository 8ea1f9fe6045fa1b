"""Make the committed fixture databases of tests/store/migration_fixtures/.

One SQLite database per released schema revision, gzipped (a database of a few
dozen records is mostly empty pages), (store/migrations/versions):
its tables are built by the migrations up to that revision, then filled with
one installation's data, as the records of that release were held: the demo
records (every kind, own and received), an attachment, an edited record, a
deleted one, the installation's key and the sync state (devices, applied and
exported bundles, a conflict, the exchange history), settings and reference
data where the revision has their tables.

Run it once when a revision is released (a released revision never changes):

    .venv/bin/python scripts/make-migration-fixtures.py [REVISION …]

The data is written today through the store's own write paths into a database
at the newest revision, then each revision's database takes, table by table,
the columns that revision has. tests/store/test_migration_fixtures.py opens
every fixture, upgrades it and checks every row survived.
"""

from __future__ import annotations

import datetime as dt
import gzip
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from greenbelt_desktop.domain.entities import attachment_data  # noqa: E402
from greenbelt_desktop.domain.reference_entries import reference_id  # noqa: E402
from greenbelt_desktop.store import database  # noqa: E402
from greenbelt_desktop.store.demo import fill_demo  # noqa: E402
from greenbelt_desktop.store.home import Home  # noqa: E402
from greenbelt_desktop.sync import keyring  # noqa: E402

FIXTURES = ROOT / "tests" / "store" / "migration_fixtures"
PASSPHRASE = "correct horse battery"
DAY = dt.date(2026, 11, 2)
PEER = "01a212a2-1ca1-7049-8443-7a59d5df5b02"
BUNDLE = "01a212a2-1ca1-7049-8443-7a59d5df5b10"
# Made by raw SQL, never copied: the full-text shadow tables follow their virtual table.
SKIPPED = ("alembic_version", "sqlite_sequence")
SHADOW = ("_data", "_idx", "_content", "_docsize", "_config")
FULL_TEXT = ("search_index", "search_cjk")


def filled_home(folder: Path) -> Path:
    """A database at the newest revision holding every kind of stored fact."""
    home = Home(folder / "home")
    store = home.open_store()
    store.initialise("KZ", "Айгерим Сейткали", "Министерство экологии", device=PEER[:-2] + "01")
    keyring.create_installation_key(store, home.keys_dir, PASSPHRASE, "Aigerim (KZ)")
    fill_demo(store, today=DAY)
    project = store.add(
        "project",
        {
            "title": "Солнечная станция «Капшагай»",
            "status": "implementation",
            "budget": "1250000.50",
            "budget_currency": "KZT",
            "directions": ["renewable_share"],
            "countries": ["KZ"],
        },
        sharing="private",
    )
    store.add(
        "attachment", attachment_data("project", project, "отчёт.txt", "Итоги года\n".encode())
    )
    edited = store.add("practice", {"title": "Раздельный сбор", "country": "KZ"})
    store.update("practice", edited, {"title": "Раздельный сбор отходов", "country": "KZ"})
    gone = store.add("practice", {"title": "Черновик практики", "country": "KZ"})
    store.delete("practice", gone)
    store.set_setting("backup.keep", "7")
    now = "2026-11-02T09:30:00Z"
    with store.engine.begin() as conn:
        for sql, row in (
            ("INSERT INTO sync_device VALUES (?, ?, ?, ?, ?)", (PEER, "UZ", 4, 2, BUNDLE)),
            ("INSERT INTO sync_applied VALUES (?, ?, ?, ?, ?)", (BUNDLE, PEER, 4, "state", now)),
            ("INSERT INTO sync_export VALUES (?, ?, ?, ?, ?)", (1, BUNDLE[:-2] + "11", 12, 1, now)),
            (
                "INSERT INTO sync_forward VALUES (?, ?, ?, ?, ?, ?)",
                (BUNDLE[:-2] + "12", PEER, "UZ", 3, "eyJhbGciOiJFZERTQSJ9..c2ln", now),
            ),
            (
                "INSERT INTO sync_conflict (entity, record_id, origin, lost_version, won_version, "
                "sharing, deleted, data, bundle_id, at, restored_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    "practice",
                    edited,
                    "KZ",
                    "1764000000000.0000." + PEER,
                    "1764000000001.0000." + PEER,
                    "members",
                    0,
                    '{"title": "Сбор", "country": "KZ"}',
                    BUNDLE,
                    now,
                    None,
                ),
            ),
            (
                "INSERT INTO sync_exchange (at, direction, outcome, bundle_id, kind, party, "
                "device, sequence, file_name, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    now,
                    "import",
                    "applied",
                    BUNDLE,
                    "state",
                    "UZ",
                    PEER,
                    4,
                    "uz-4.gbundle",
                    '{"added": 3}',
                ),
            ),
            (
                "INSERT INTO reference_entry VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    "waste",
                    "directions",
                    1,
                    reference_id("directions", "waste"),
                    "SECRETARIAT",
                    "1764000000002.0000." + PEER,
                    "members",
                    0,
                    now,
                    now,
                    "Secretariat",
                    "Secretariat",
                    None,
                    '{"list": "directions", "code": "waste", "active": true, "labels": '
                    '{"en": "Waste and recycling", "ru": "Отходы и переработка", '
                    '"zh": "废物与回收"}}',
                ),
            ),
        ):
            conn.exec_driver_sql(sql, row)
    store.engine.dispose()
    return home.database_path


def tables(conn: sqlite3.Connection, schema: str = "main") -> dict[str, list[str]]:
    names = [
        row[0]
        for row in conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'")
        if row[0] not in SKIPPED and not row[0].endswith(SHADOW)
    ]
    return {
        name: [row[1] for row in conn.execute(f"PRAGMA {schema}.table_info('{name}')")]
        for name in names
    }


def make_fixture(source: Path, revision: str, target: Path) -> None:
    """``target``: a database at ``revision`` holding what ``source`` holds of its tables."""
    engine = database.make_engine(database.sqlite_url(target))
    database.upgrade(engine, revision)
    engine.dispose()
    conn = sqlite3.connect(target)
    conn.execute("ATTACH DATABASE ? AS source", (str(source),))
    held = tables(conn, "source")
    with conn:
        for name, columns in tables(conn).items():
            shared = ", ".join(c for c in columns if c in held.get(name, ()))
            if not shared:
                continue
            if name in FULL_TEXT:  # keyed by their hidden rowid, as search_doc says
                shared = f"rowid, {shared}"
            conn.execute(f"DELETE FROM main.{name}")
            conn.execute(f"INSERT INTO main.{name} ({shared}) SELECT {shared} FROM source.{name}")
    conn.execute("DETACH DATABASE source")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("VACUUM")
    conn.close()


def main(revisions: list[str]) -> int:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        source = filled_home(Path(work))
        for revision in revisions or database.REVISIONS:
            made = Path(work) / f"{revision}.sqlite3"
            make_fixture(source, revision, made)
            target = FIXTURES / f"{revision}.sqlite3.gz"
            with made.open("rb") as plain, gzip.GzipFile(target, "wb", mtime=0) as packed:
                shutil.copyfileobj(plain, packed)
            print(f"{target.relative_to(ROOT)}: {target.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
