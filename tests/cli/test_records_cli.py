from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.helpers.cli import CliRunner

PROJECT = {
    "title": "Солнечная станция 太阳能",
    "summary": "PV",
    "directions": ["renewable_tech"],
    "status": "idea",
    "sharing": "secretariat",
}


def init(cli: CliRunner, party: str = "KZ") -> None:
    result = cli("init", "--party", party, "--name", "Aigerim")
    assert result.code == 0, result.err


def add(cli: CliRunner, entity: str, data: dict) -> str:
    result = cli("add", entity, "--json", "-", stdin=json.dumps(data))
    assert result.code == 0, result.err
    return result.out.strip()


def test_init_then_add_show_list(cli: CliRunner) -> None:
    init(cli)
    project = add(cli, "project", PROJECT)
    shown = cli("show", "project", project, "--json").json()
    assert shown["id"] == project and shown["origin"] == "KZ"
    assert shown["sharing"] == "secretariat" and shown["title"] == PROJECT["title"]
    listed = cli("list", "project", "--json").json()
    assert [
        (p["id"], p["origin"], p["sharing"], p["title"], p["status"], p["directions"])
        for p in listed
    ] == [(project, "KZ", "secretariat", PROJECT["title"], "idea", ["renewable_tech"])]
    text = cli("show", "project", project)
    assert "title: Солнечная станция 太阳能" in text.out


def test_add_every_entity_from_a_file(cli: CliRunner, tmp_path: Path) -> None:
    init(cli)
    org = add(cli, "organisation", {"name": "Минэкологии", "kind": "ministry", "country": "KZ"})
    contact = add(
        cli,
        "contact",
        {
            "full_name": "李明",
            "email": "li@mee.example.cn",
            "organisation": org,
            "roles": ["ewg_member"],
        },
    )
    event = add(
        cli,
        "event",
        {
            "title": "Форум",
            "kind": "forum",
            "start": "2026-05-01",
            "end": "2026-05-02",
            "country": "KZ",
            "participants": [{"contact": contact, "role": "speaker"}],
        },
    )
    add(cli, "recommendation", {"title": "R", "text": "Text", "meeting": event})
    add(cli, "agreement", {"title": "MoU", "parties": ["KZ", "CN"], "status": "signed"})
    path = tmp_path / "practice.json"
    path.write_text(json.dumps({"title": "Практика", "country": "KZ"}), encoding="utf-8")
    assert cli("add", "practice", "--json", str(path)).code == 0
    for entity in ("organisation", "contact", "event", "recommendation", "agreement", "practice"):
        assert len(cli("list", entity, "--json").json()) == 1, entity
    contacts = cli("list", "contact", "--json").json()
    assert {"full_name", "email", "organisation", "roles"} <= set(contacts[0])
    events = cli("list", "event", "--json").json()
    assert {"title", "kind", "start", "end", "country"} <= set(events[0])


def test_update_delete_and_search(cli: CliRunner) -> None:
    init(cli)
    project = add(cli, "project", PROJECT)
    assert (
        cli("update", "project", project, "--json", "-", stdin='{"status": "pipeline"}').code == 0
    )
    shown = cli("show", "project", project, "--json").json()
    assert shown["status"] == "pipeline" and shown["summary"] == "PV"
    hits = cli("search", "太阳能", "--json").json()
    assert [h["id"] for h in hits] == [project]
    assert cli("delete", "project", project).code == 0
    assert cli("list", "project", "--json").json() == []
    assert cli("search", "太阳能", "--json").json() == []
    assert "Nothing found" in cli("search", "太阳能").out


def test_validation_error_is_one_line_and_writes_nothing(cli: CliRunner) -> None:
    init(cli)
    result = cli("add", "project", "--json", "-", stdin='{"title": "x", "status": "nope"}')
    assert result.code == 1
    assert result.err.count("\n") == 1 and "status" in result.err
    assert "Traceback" not in result.err
    assert cli("list", "project", "--json").json() == []
    bad_json = cli("add", "project", "--json", "-", stdin="{not json")
    assert bad_json.code == 1 and "not valid JSON" in bad_json.err


def test_other_partys_record_cannot_be_changed(cli: CliRunner) -> None:
    init(cli)
    assert cli("demo").code == 0
    chinese = next(p for p in cli("list", "project", "--json").json() if p["origin"] == "CN")
    before = cli("show", "project", chinese["id"], "--json").json()
    result = cli("update", "project", chinese["id"], "--json", "-", stdin='{"status": "idea"}')
    assert result.code == 1 and "China (CN)" in result.err
    deleted = cli("delete", "project", chinese["id"])
    assert deleted.code == 1 and "only its owner" in deleted.err
    assert cli("show", "project", chinese["id"], "--json").json() == before


def test_demo_fills_several_parties_in_three_scripts(cli: CliRunner) -> None:
    init(cli)
    assert cli("demo").code == 0
    projects = cli("list", "project", "--json").json()
    assert {p["origin"] for p in projects} >= {"KZ", "CN", "RU", "UZ", "KG"}
    directions = {d for p in projects for d in p["directions"]}
    assert len(directions) == 9
    assert cli("search", "绿色", "--json").json()
    assert cli("search", "отходов", "--json").json()
    assert cli("search", "solar", "--json").json()
    again = cli("demo")
    assert again.code == 1 and "already" in again.err


def test_usage_errors_exit_2(cli: CliRunner) -> None:
    assert cli("add", "spaceship", "--json", "-").code == 2
    assert cli("frobnicate").code == 2


def test_errors_before_init_and_unknown_ids(cli: CliRunner) -> None:
    result = cli("add", "project", "--json", "-", stdin=json.dumps(PROJECT))
    assert result.code == 1 and "There is no installation in" in result.err
    init(cli)
    assert "already set up" in cli("init", "--party", "KZ", "--name", "X").err
    missing = cli("show", "project", "01a212a2-1ca1-7049-8443-7a59d5df5a31")
    assert missing.code == 1 and "no project" in missing.err
    assert cli("show", "project", "garbage").code == 1
    wrong_party = CliRunner(cli.home.parent / "other")("init", "--party", "XX", "--name", "A")
    assert wrong_party.code == 1 and "SECRETARIAT" in wrong_party.err


def test_console_script_runs_as_a_real_process(tmp_path: Path) -> None:
    env_home = tmp_path / "h"
    command = [sys.executable, "-m", "greenbelt_desktop", "--home", str(env_home)]
    done = subprocess.run(
        [*command, "init", "--party", "SECRETARIAT", "--name", "Chen"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    listed = subprocess.run(
        [*command, "list", "project", "--json"], capture_output=True, text=True, check=False
    )
    assert listed.returncode == 0 and json.loads(listed.stdout) == []
    version = subprocess.run([*command, "--version"], capture_output=True, text=True, check=False)
    assert version.stdout.startswith("greenbelt ")
