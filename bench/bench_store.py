"""Record store: bulk insert through the domain layer, full-text search, list --json."""

from __future__ import annotations

import json
import sqlite3
import statistics
import time
from pathlib import Path

from bench.common import Figure, run_measured, timed
from bench.data import projects
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.projection import columns

COUNT = 100_000


def _raw_insert(path: Path, rows: list[dict]) -> float:
    """Baseline: plain sqlite3 executemany of the same rows into the same table."""
    source = sqlite3.connect(path)
    ddl = source.execute("SELECT sql FROM sqlite_master WHERE name = 'project'").fetchone()[0]
    source.close()
    raw = path.with_name("raw.sqlite3")
    conn = sqlite3.connect(raw)
    conn.execute(ddl)
    names = list(rows[0])
    sql = f"INSERT INTO project ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    start = time.perf_counter()
    with conn:
        conn.executemany(sql, [tuple(row[n] for n in names) for row in rows])
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def run(work: Path) -> list[Figure]:
    home = Home(work / "home")
    store = home.open_store()
    store.initialise("KZ", "Benchmark")
    data = projects(COUNT)
    insert = timed(lambda: store.add_many("project", [(d, None) for d in data]))
    with sqlite3.connect(home.database_path) as conn:
        rows = [
            dict(zip([c[0] for c in cur.description], row, strict=True))
            for cur in [conn.execute("SELECT * FROM project")]
            for row in cur.fetchall()
        ]
    assert rows and set(columns("project", data[0])) <= set(rows[0])
    raw = _raw_insert(home.database_path, rows)

    figures = [
        Figure(
            "insert 100,000 projects via domain layer",
            insert,
            "s",
            10.0,
            raw,
            "sqlite3 executemany",
        ),
    ]
    for label, words in (
        ("Chinese", "太阳能电站"),
        ("Russian", "переработка отходов"),
        ("Chinese 2-char", "风电"),
        ("English", "solar storage"),
    ):
        samples = []
        for _ in range(21):
            start = time.perf_counter()
            hits = store.search(words)
            samples.append(time.perf_counter() - start)
        assert hits, words
        figures.append(
            Figure(
                f"search median, {label} ({words})", statistics.median(samples) * 1000, "ms", 50.0
            )
        )
    store.engine.dispose()

    seconds, peak, out = run_measured(
        "greenbelt_desktop", "--home", str(home.path), "list", "project", "--json"
    )
    assert len(json.loads(out)) == COUNT
    bare, _, _ = run_measured("json.tool", "--help")
    figures.append(
        Figure(
            "greenbelt list project --json (100,000)", seconds, "s", 3.0, bare, "bare python start"
        )
    )
    figures.append(Figure("  peak memory of that command", peak, "MB", 300.0))
    return figures
