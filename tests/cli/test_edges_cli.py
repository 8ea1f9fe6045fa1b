"""Unusual setups and wrong input on the command line: one line, the right exit
code, nothing written. The real command runs in a subprocess where the case
lives in the process (no display, a closed pipe, a terminal)."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import time
from pathlib import Path

import pytest

from greenbelt_desktop.cli.display import NO_DISPLAY
from tests.helpers.cli import CliRunner

NO_INSTALLATION = (
    "greenbelt: There is no installation in {home}: set one up with 'greenbelt init "
    "--party CODE --name NAME', or name the folder of an existing one with --home DIR; "
    "nothing was written.\n"
)


def greenbelt(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "greenbelt_desktop", *args],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )


def headless_env() -> dict[str, str]:
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return env


def init(cli: CliRunner) -> None:
    result = cli("init", "--party", "KZ", "--name", "Aigerim")
    assert result.code == 0, result.err


@pytest.mark.parametrize("command", [[], ["gui"], ["gui", "--demo"]])
def test_no_display_is_one_line(tmp_path: Path, command: list[str]) -> None:
    home = tmp_path / "home"
    done = greenbelt("--home", str(home), *command, env=headless_env())
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == f"greenbelt: {NO_DISPLAY}\n"
    assert not home.exists()


def test_selfcheck_reports_every_step_and_the_missing_display(tmp_path: Path) -> None:
    done = greenbelt("--home", str(tmp_path / "home"), "selfcheck", env=headless_env())
    assert done.returncode == 1
    steps = [line.split(":")[0] for line in done.stdout.splitlines()[1:]]
    assert steps == ["ok  resources", "ok  database", "ok  bundle", "ok  pdf", "FAILED  qt"]
    assert done.stdout.splitlines()[-1] == f"FAILED  qt: {NO_DISPLAY}"
    assert done.stderr == f"greenbelt: The qt check failed: {NO_DISPLAY}\n"
    assert not (tmp_path / "home").exists()


def test_a_closed_pipe_ends_quietly(cli: CliRunner) -> None:
    init(cli)
    assert cli("demo").code == 0
    shell = f"{sys.executable} -m greenbelt_desktop --home {cli.home} list organisation | head -1"
    for _ in range(3):  # the reader goes away at a different moment each time
        done = subprocess.run(["sh", "-c", shell], capture_output=True, text=True, check=False)
        assert done.returncode == 0 and done.stderr == ""
        assert len(done.stdout.splitlines()) == 1


def test_end_of_input_at_the_passphrase_prompt(tmp_path: Path) -> None:
    """Ctrl+D at getpass's prompt, in a real terminal."""
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k != "GREENBELT_PASSPHRASE"}
    pid, fd = pty.fork()
    if pid == 0:  # the child: the terminal is its controlling terminal
        os.execve(
            sys.executable,
            [sys.executable, "-m", "greenbelt_desktop", "--home", str(home), "init",
             "--party", "KZ", "--name", "Aigerim"],
            env,
        )  # fmt: skip
    output = b""
    deadline = time.monotonic() + 60
    while b"Passphrase" not in output and time.monotonic() < deadline:
        output += os.read(fd, 1024)
    os.write(fd, b"\x04")
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 1
    text = output.decode()
    assert "Traceback" not in text
    assert "greenbelt: The input ended before an answer was given; nothing was written." in text
    assert not (home / "greenbelt.sqlite3").exists()


@pytest.mark.parametrize(
    ("url", "line"),
    [
        (
            "mysql://user@host/greenbelt",
            "Green Belt Desktop keeps its records in SQLite or PostgreSQL, not 'mysql': use a "
            "URL such as postgresql+psycopg://user@host/greenbelt.",
        ),
        (
            "mysql+pymysql://user@host/greenbelt",
            "Green Belt Desktop keeps its records in SQLite or PostgreSQL, not 'mysql': use a "
            "URL such as postgresql+psycopg://user@host/greenbelt.",
        ),
        (
            "greenbelt.db",
            "'greenbelt.db' is not a database URL: use e.g. "
            "postgresql+psycopg://user@host/greenbelt.",
        ),
        (
            "postgresql+pg8000://user@host/greenbelt",
            "The PostgreSQL driver (pg8000) is not installed: install it with pip install "
            "'greenbelt-desktop[postgresql]', or use the URL postgresql+psycopg://…; nothing "
            "was written.",
        ),
    ],
)
def test_a_database_this_program_cannot_use(cli: CliRunner, url: str, line: str) -> None:
    for args in (("--database", url, "list", "project"), ("list", "project", "--database", url)):
        result = cli(*args)
        assert (result.code, result.out, result.err) == (1, "", f"greenbelt: {line}\n")
    assert not any(cli.home.glob("**/*.sqlite3"))


@pytest.mark.parametrize(
    "command",
    [
        ["list", "project"],
        ["search", "solar"],
        ["show", "project", "01a23daf-7dc5-75e4-b5fd-ae9b3290f7ff"],
        ["add", "project", "--json", "-"],
        ["demo"],
        ["keys", "card", "--out", "card.json"],
        ["keys", "fingerprint"],
        ["keys", "list"],
        ["bundle", "export", "--out", "x.gbundle"],
        ["bundle", "history"],
        ["xlsx", "export", "--out", "x.xlsx"],
        ["export", "ics", "--out", "x.ics"],
        ["export", "vcard", "--out", "x.vcf"],
        ["import", "vcard", "x.vcf"],
        ["briefing", "--out", "x.pdf"],
        ["conflicts", "list"],
        ["reference", "list", "directions"],
        ["backup", "keep", "3"],
    ],
)
def test_a_folder_with_no_installation(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    result = cli(*command, stdin=json.dumps({"title": "x"}))
    assert (result.code, result.out) == (1, "")
    assert result.err == NO_INSTALLATION.format(home=cli.home)
    assert not cli.home.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_global_options_after_the_command(cli: CliRunner, tmp_path: Path) -> None:
    init(cli)
    other = tmp_path / "other"
    result = cli("init", "--party", "KG", "--name", "Bakyt", "--home", str(other))
    assert result.code == 0, result.err
    assert (other / "greenbelt.sqlite3").exists()
    shown = cli("keys", "list", "--json", "--home", str(other))
    assert shown.code == 0 and [key["party"] for key in shown.json()] == ["KG"]


def test_search_takes_every_word(cli: CliRunner) -> None:
    init(cli)
    project = {"title": "Солнечная станция 太阳能", "status": "idea"}
    added = cli("add", "project", "--json", "-", stdin=json.dumps(project))
    found = cli("search", "Солнечная", "станция")
    assert found.code == 0, found.err
    assert found.out == f"project\t{added.out.strip()}\t{project['title']}\n"
    nothing = cli("search", "Солнечная", "ветер")
    assert nothing.out == "Nothing found for 'Солнечная ветер'.\n"
