"""The store on both backends: search answers, several writers at once, migrations,
and the ``greenbelt --database URL`` command line against a PostgreSQL server."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from greenbelt_desktop.cli import main
from greenbelt_desktop.store import database
from greenbelt_desktop.store.database import DatabaseTooNew, make_engine, upgrade
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import Store
from greenbelt_desktop.store.search_pg import snippet

SUMMARY = (
    "Строительство солнечной электростанции мощностью 100 МВт в Туркестанской области "
    "с системой накопления энергии и подключением к национальной сети"
)


def test_snippet_marks_terms_like_sqlite() -> None:
    assert snippet("one two three", ["two"]) == "one [two] three"
    cut = snippet(SUMMARY, ["накопления"], words=6)
    assert "[накопления]" in cut and cut.startswith("…") and cut.endswith("…")
    assert snippet("Green BOND", ["bond"]) == "Green [BOND]"
    assert snippet("", ["x"]) == ""


def test_search_ranks_filters_and_marks_on_each_backend(store: Store) -> None:
    project = store.add("project", {"title": "Туркестанская СЭС", "status": "idea",
                                    "summary": SUMMARY})  # fmt: skip
    store.add("organisation", {"name": "Туркестанский фонд", "kind": "finance", "country": "KZ"})
    store.add("practice", {"title": "太阳能屋顶 solar roofs", "country": "CN"})
    [hit] = store.search("накопления энергии")
    assert (hit.entity, hit.id, hit.title) == ("project", project, "Туркестанская СЭС")
    assert "[" in hit.snippet and "энерг" in hit.snippet.replace("[", "").replace("]", "")
    assert {h.entity for h in store.search("туркестан")} == {"project", "organisation"}
    assert [h.entity for h in store.search("туркестан", entities=["organisation"])] == [
        "organisation"
    ]
    assert [h.title for h in store.search("太阳能")] == ["太阳能屋顶 solar roofs"]
    assert [h.title for h in store.search("ROOF 能")] == ["太阳能屋顶 solar roofs"]
    assert store.search("50%_") == []
    assert len(store.search("Туркестан", limit=1)) == 1


def test_two_writers_at_once_lose_nothing(store: Store) -> None:
    """Two staff adding records at the same moment: every record, counter and
    search entry is kept, and no change counter is used twice."""
    errors: list[BaseException] = []
    ids: list[list[str]] = [[], []]
    barrier = threading.Barrier(2)

    def write(worker: int) -> None:
        try:
            barrier.wait()
            for n in range(15):
                ids[worker] += store.add_many(
                    "project",
                    [({"title": f"W{worker}-{n}-{k} станция", "status": "idea"}, None)
                     for k in range(3)],
                )  # fmt: skip
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=write, args=(worker,)) for worker in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    written = ids[0] + ids[1]
    assert len(set(written)) == 90 == store.count("project")
    counters = [store.get("project", record_id).change_counter for record_id in written]
    assert sorted(counters) == list(range(1, 91))
    assert store.installation().change_counter == 90
    assert len(store.search("станция", limit=1000)) == 90


@pytest.mark.postgres
def test_older_postgresql_database_migrates_and_newer_is_refused(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    upgrade(engine, database.REVISIONS[0])
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO practice (id, origin, version, sharing, deleted, created_at, "
                "updated_at, created_by, updated_by, change_counter, data, title, country) "
                "VALUES ('01a212a2-1ca1-7049-8443-7a59d5df5a40', 'KZ', 'v', 'members', false, "
                "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'A', 'A', 1, "
                """'{"title": "Раздельный сбор отходов", "country": "KZ"}', """
                "'Раздельный сбор отходов', 'KZ')"
            )
        )
    engine.dispose()
    store = Home(Path("unused"), postgres_url).open_store()
    assert database.current_revision(store.engine) == database.HEAD
    assert [hit.title for hit in store.search("СБОР отходов")] == ["Раздельный сбор отходов"]
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    store.engine.dispose()
    with pytest.raises(DatabaseTooNew, match="newer version"):
        Home(Path("unused"), postgres_url).open_store()


@pytest.mark.postgres
def test_command_line_runs_against_a_postgresql_server(
    postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--home", str(tmp_path / "home"), "--database", postgres_url]
    assert main([*base, "init", "--party", "SECRETARIAT", "--name", "Li Wei"]) == 0
    assert main([*base, "demo"]) == 0
    capsys.readouterr()
    assert main([*base, "search", "太阳能"]) == 0
    assert capsys.readouterr().out.strip()
    assert main([*base, "backup", "create"]) == 1
    assert "database server" in capsys.readouterr().err
    assert not (tmp_path / "home" / "greenbelt.sqlite3").exists()
