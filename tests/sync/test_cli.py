"""The README's walk-through: two members and the Secretariat, through the command alone."""

from __future__ import annotations

import json
from pathlib import Path

from tests.helpers.cli import CliRunner


def run(runner: CliRunner, *args: str, stdin: str | None = None) -> str:
    result = runner(*args, stdin=stdin)
    assert result.code == 0, result.err
    return result.out


def fingerprint_option(fingerprint: str) -> list[str]:
    """``--fingerprint KID`` as a person types it; ``--fingerprint=KID`` when the kid
    begins with ``-`` (as the README says), which argparse would otherwise take for an
    option of its own."""
    if fingerprint.startswith("-"):
        return [f"--fingerprint={fingerprint}"]
    return ["--fingerprint", fingerprint]


def test_two_members_and_the_secretariat_exchange_bundles(tmp_path: Path) -> None:
    kz, cn, sec = (CliRunner(tmp_path / name) for name in ("kz", "cn", "sec"))
    run(kz, "init", "--party", "KZ", "--name", "Aigerim")
    run(cn, "init", "--party", "CN", "--name", "Wang Fang")
    run(sec, "init", "--party", "SECRETARIAT", "--name", "Li Wei")
    cards = {}
    for name, runner in (("kz", kz), ("cn", cn), ("sec", sec)):
        cards[name] = tmp_path / f"{name}.card"
        run(runner, "keys", "card", "--out", str(cards[name]))
    fingerprint = {
        name: run(r, "keys", "fingerprint").strip()
        for name, r in (("kz", kz), ("cn", cn), ("sec", sec))
    }
    run(sec, "keys", "trust", str(cards["kz"]), *fingerprint_option(fingerprint["kz"]))
    run(
        sec,
        "keys",
        "trust",
        str(cards["cn"]),
        f"--fingerprint={fingerprint['cn'].replace(' ', '')}",
    )
    run(kz, "keys", "trust", str(cards["sec"]), *fingerprint_option(fingerprint["sec"]))
    run(cn, "keys", "trust", str(cards["sec"]), *fingerprint_option(fingerprint["sec"]))

    project = {"title": "Солнечная станция", "status": "idea", "directions": ["renewable_tech"]}
    kz_id = run(kz, "add", "project", "--json", "-", stdin=json.dumps(project)).strip()
    hidden = {**project, "title": "Internal note", "sharing": "private"}
    run(kz, "add", "project", "--json", "-", stdin=json.dumps(hidden))
    org = {"name": "绿色基金", "kind": "finance", "country": "CN"}
    cn_id = run(cn, "add", "organisation", "--json", "-", stdin=json.dumps(org)).strip()

    dry = json.loads(run(kz, "bundle", "export", "--dry-run", "--json"))
    assert dry["total"] == 1 and dry["changes"][0]["sharing"] == "members"
    run(kz, "bundle", "export", "--out", str(tmp_path / "kz-1.gbundle"))
    run(cn, "bundle", "export", "--out", str(tmp_path / "cn-1.gbundle.gz"))
    dry_report = run(sec, "bundle", "import", str(tmp_path / "kz-1.gbundle"), "--dry-run", "--json")
    real_report = run(sec, "bundle", "import", str(tmp_path / "kz-1.gbundle"), "--json")
    assert json.loads(dry_report) == json.loads(real_report)
    assert json.loads(real_report)["by_party"]["KZ"]["new"] == 1
    assert "already applied" in run(sec, "bundle", "import", str(tmp_path / "kz-1.gbundle"))
    assert "1 new" in run(sec, "bundle", "import", str(tmp_path / "cn-1.gbundle.gz"))
    run(sec, "bundle", "consolidate", "--out", str(tmp_path / "sco-1.gbundle"))
    at_kz = run(kz, "bundle", "import", str(tmp_path / "sco-1.gbundle"))
    assert "learned CN key" in at_kz and "1 new" in at_kz
    run(cn, "bundle", "import", str(tmp_path / "sco-1.gbundle"))
    assert json.loads(run(cn, "show", "project", kz_id, "--json"))["title"] == project["title"]
    assert json.loads(run(kz, "show", "organisation", cn_id, "--json"))["name"] == "绿色基金"
    assert "Internal note" not in run(sec, "list", "project")
    empty = run(kz, "bundle", "export", "--out", str(tmp_path / "kz-2.gbundle"))
    assert "No changes to send" in empty
    history = json.loads(run(kz, "bundle", "history", "--json"))
    assert [(h["direction"], h["kind"], h["sequence"]) for h in history] == [
        ("export", "state", 1),
        ("import", "consolidated", 1),
        ("export", "state", 2),
    ]
    refused = kz("bundle", "import", str(tmp_path / "kz-1.gbundle"))
    assert refused.code == 1 and "written by this installation" in refused.err
    assert "Traceback" not in refused.err and refused.err.count("\n") == 1
    assert "refused" in run(kz, "bundle", "history")
