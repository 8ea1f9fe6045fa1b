"""``greenbelt backup``: create, list, keep, check and restore from the command line."""

from __future__ import annotations

import json
import sqlite3

from tests.helpers.cli import CliRunner
from tests.store.test_backup import damage

PROJECT = {"title": "Солнечная станция", "status": "idea", "directions": ["renewable_tech"]}


def test_create_list_restore_round_trip(cli: CliRunner) -> None:
    assert cli("init", "--party", "KZ", "--name", "Aigerim").code == 0
    first = cli("add", "project", "--json", "-", stdin=json.dumps(PROJECT)).out.strip()
    created = cli("backup", "create")
    assert created.code == 0 and "Backed up to greenbelt-" in created.out
    second = cli("add", "project", "--json", "-", stdin=json.dumps(PROJECT)).out.strip()
    listed = cli("backup", "list", "--json").json()
    assert [entry["reason"] for entry in listed] == ["manual"]
    restored = cli("backup", "restore", listed[0]["name"])
    assert restored.code == 0, restored.err
    assert "is kept as backups" in restored.out
    ids = [p["id"] for p in cli("list", "project", "--json").json()]
    assert ids == [first]
    # The database as it was before the restore is a backup of its own.
    assert cli("backup", "restore", cli("backup", "list", "--json").json()[0]["name"]).code == 0
    assert sorted(p["id"] for p in cli("list", "project", "--json").json()) == sorted(
        [first, second]
    )


def test_keep_setting_and_check(cli: CliRunner) -> None:
    assert cli("init", "--party", "KZ", "--name", "Aigerim").code == 0
    assert cli("backup", "keep").out.strip() == "The newest 10 backups are kept."
    assert cli("backup", "keep", "2").code == 0
    for _ in range(4):
        assert cli("backup", "create").code == 0
    assert len(cli("backup", "list", "--json").json()) == 2
    refused = cli("backup", "keep", "0")
    assert refused.code == 1 and refused.err.count("\n") == 1
    assert cli("backup", "check").out.strip() == "The database is sound."


def test_damaged_database_names_the_backup_to_restore(cli: CliRunner) -> None:
    assert cli("init", "--party", "KZ", "--name", "Aigerim").code == 0
    items = [{**PROJECT, "title": f"P{n}"} for n in range(200)]
    for item in items[:3]:
        cli("add", "project", "--json", "-", stdin=json.dumps(item))
    with sqlite3.connect(cli.home / "greenbelt.sqlite3") as conn:  # make it several pages big
        conn.execute("CREATE TABLE padding (x TEXT)")
        conn.executemany("INSERT INTO padding VALUES (?)", [("x" * 500,)] * 200)
    assert cli("backup", "create").code == 0
    damage(cli.home / "greenbelt.sqlite3")
    checked = cli("backup", "check")
    assert checked.code == 1 and checked.err.count("\n") == 1
    assert "damaged" in checked.err and "greenbelt backup restore --latest" in checked.err
    restored = cli("backup", "restore", "--latest")
    assert restored.code == 0, restored.err
    assert "backups/damaged/" in restored.out
    assert len(cli("list", "project", "--json").json()) == 3


def test_refusals_are_one_line(cli: CliRunner) -> None:
    missing = cli("backup", "create")
    assert missing.code == 1 and missing.err.startswith("greenbelt: There is no database")
    assert cli("init", "--party", "KZ", "--name", "Aigerim").code == 0
    unknown = cli("backup", "restore", "nope.sqlite3")
    assert unknown.code == 1 and unknown.err.count("\n") == 1
    none = cli("backup", "restore", "--latest")
    assert none.code == 1 and "no sound backup" in none.err
    assert cli("backup", "restore").code == 2


def test_newer_database_is_one_line_and_untouched(cli: CliRunner) -> None:
    assert cli("init", "--party", "KZ", "--name", "Aigerim").code == 0
    with sqlite3.connect(cli.home / "greenbelt.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    before = (cli.home / "greenbelt.sqlite3").read_bytes()
    result = cli("list", "project")
    assert result.code == 1 and result.err.count("\n") == 1
    assert "newer version" in result.err and "Traceback" not in result.err
    assert (cli.home / "greenbelt.sqlite3").read_bytes() == before
