"""``greenbelt reference``: listing for everyone, set and retire for the Secretariat."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers.cli import CliRunner

AZ = ("--en", "Azerbaijan", "--ru", "Азербайджан", "--zh", "阿塞拜疆")


def ok(runner: CliRunner, *args: str, stdin: str | None = None) -> str:
    result = runner(*args, stdin=stdin)
    assert result.code == 0, result.err
    return result.out


def refused(runner: CliRunner, *args: str, match: str) -> None:
    result = runner(*args)
    assert result.code == 1, result.out
    assert result.err.count("\n") == 1 and result.err.startswith("greenbelt: "), result.err
    assert match in result.err, result.err


def test_everyone_lists_the_reference_data(cli: CliRunner) -> None:
    ok(cli, "init", "--party", "KZ", "--name", "Aigerim")
    everything = json.loads(ok(cli, "reference", "list", "--json"))
    assert {item["list"] for item in everything} >= {"member_states", "directions", "sharing"}
    states = json.loads(ok(cli, "reference", "list", "member_states", "--json"))
    assert {
        "list": "member_states",
        "code": "KZ",
        "labels": {"en": "Kazakhstan", "ru": "Казахстан", "zh": "哈萨克斯坦"},
        "active": True,
        "source": "shipped",
    } in states
    assert len(states) == 10
    text = ok(cli, "reference", "list", "forms")
    assert len(text.splitlines()) == 7 and "joint_research" in text and "Совместные" in text
    assert cli("reference", "list", "countries").code == 2
    assert cli("reference").code == 2


def test_a_member_cannot_change_reference_data(cli: CliRunner) -> None:
    ok(cli, "init", "--party", "KZ", "--name", "Aigerim")
    refused(cli, "reference", "set", "member_states", "AZ", *AZ, match="Only the SCO Secretariat")
    refused(cli, "reference", "retire", "directions", "waste", match="Only the SCO Secretariat")
    assert "AZ" not in ok(cli, "reference", "list", "member_states")


def test_the_secretariat_sets_relabels_and_retires(cli: CliRunner) -> None:
    ok(cli, "init", "--party", "SECRETARIAT", "--name", "Li Wei")
    out = ok(cli, "reference", "set", "member_states", "az", *AZ)
    assert "Set member_states AZ: Azerbaijan | Азербайджан | 阿塞拜疆" in out
    line = [x for x in ok(cli, "reference", "list", "member_states").splitlines() if " AZ " in x]
    assert line and "active" in line[0] and "secretariat" in line[0]
    ok(
        cli,
        "reference",
        "set",
        "directions",
        "waste",
        "--en",
        "Waste",
        "--ru",
        "Отходы",
        "--zh",
        "废物",
    )
    waste = [
        i
        for i in json.loads(ok(cli, "reference", "list", "directions", "--json"))
        if i["code"] == "waste"
    ]
    assert waste[0]["labels"] == {"en": "Waste", "ru": "Отходы", "zh": "废物"}
    assert "Retired member_states AZ (Azerbaijan)" in ok(
        cli, "reference", "retire", "member_states", "AZ"
    )
    states = json.loads(ok(cli, "reference", "list", "member_states", "--json"))
    assert [i["active"] for i in states if i["code"] == "AZ"] == [False]

    refused(cli, "reference", "retire", "member_states", "MN", match="not a code of member_states")
    refused(cli, "reference", "set", "member_states", "XX", *AZ, match="ISO 3166-1")
    refused(cli, "reference", "set", "directions", "hydrogen", *AZ, match="new version")
    refused(cli, "reference", "retire", "sharing", "private", match="never retired")
    refused(
        cli,
        "reference",
        "set",
        "forms",
        "training",
        "--en",
        "T",
        "--ru",
        " ",
        "--zh",
        "培训",
        match="labels.ru: this field is required",
    )
    assert cli("reference", "set", "member_states", "MN", "--en", "Mongolia").code == 2


def test_a_new_member_state_joins_through_the_command(tmp_path: Path) -> None:
    kz, az, sec = (CliRunner(tmp_path / name) for name in ("kz", "az", "sec"))
    ok(kz, "init", "--party", "KZ", "--name", "Aigerim")
    ok(sec, "init", "--party", "SECRETARIAT", "--name", "Li Wei")
    refused(az, "init", "--party", "AZ", "--name", "Leyla", match="--new-member")
    assert "Set up Azerbaijan (AZ)" in ok(
        az, "init", "--party", "AZ", "--name", "Leyla", "--new-member"
    )
    cards = {}
    for name, runner in (("kz", kz), ("az", az), ("sec", sec)):
        cards[name] = str(tmp_path / f"{name}.card")
        ok(runner, "keys", "card", "--out", cards[name])
    kid = {
        name: ok(runner, "keys", "fingerprint").replace(" ", "").strip()
        for name, runner in (("kz", kz), ("az", az), ("sec", sec))
    }
    ok(sec, "keys", "trust", cards["kz"], f"--fingerprint={kid['kz']}")
    refused(sec, "keys", "trust", cards["az"], f"--fingerprint={kid['az']}", match="'AZ'")
    ok(sec, "reference", "set", "member_states", "AZ", *AZ)
    assert "Trusted the key of Azerbaijan (AZ)" in ok(
        sec, "keys", "trust", cards["az"], f"--fingerprint={kid['az']}"
    )
    for member in ("kz", "az"):
        runner = kz if member == "kz" else az
        ok(runner, "keys", "trust", cards["sec"], f"--fingerprint={kid['sec']}")

    project = {"title": "Солнечный парк", "status": "idea", "countries": ["AZ"]}
    az_id = ok(az, "add", "project", "--json", "-", stdin=json.dumps(project)).strip()
    ok(az, "bundle", "export", "--out", str(tmp_path / "az-1.gbundle"))
    assert "1 new" in ok(sec, "bundle", "import", str(tmp_path / "az-1.gbundle"))
    ok(sec, "bundle", "consolidate", "--out", str(tmp_path / "sco-1.gbundle"))
    report = json.loads(ok(kz, "bundle", "import", str(tmp_path / "sco-1.gbundle"), "--json"))
    assert report["by_entity"]["reference"]["new"] == 1
    assert report["by_party"]["AZ"]["new"] == 1
    listed = json.loads(ok(kz, "list", "project", "--json"))
    assert [(p["id"], p["origin"], p["countries"]) for p in listed] == [(az_id, "AZ", ["AZ"])]
    joint = {"title": "Каспий", "status": "idea", "countries": ["KZ", "AZ"]}
    ok(kz, "add", "project", "--json", "-", stdin=json.dumps(joint))
    states = json.loads(ok(kz, "reference", "list", "member_states", "--json"))
    assert [i["source"] for i in states if i["code"] == "AZ"] == ["secretariat"]
