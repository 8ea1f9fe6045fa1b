"""``greenbelt help``: where the handbook is, in the language asked or the system's."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from greenbelt_desktop import handbook
from tests.helpers.cli import CliRunner


@pytest.fixture(autouse=True)
def built() -> None:
    if not handbook.is_built("en"):
        pytest.fail("The handbook is not built: run `make setup`.")


def test_help_prints_the_first_page_in_the_systems_language(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    said = cli("help")
    assert said.code == 0, said.err
    page = Path(said.out.strip())
    assert page == handbook.handbook_dir() / "ru" / "index.html" and page.is_file()
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert Path(cli("help").out.strip()).parent.name == "en"


def test_help_on_a_topic_prints_its_section(cli: CliRunner) -> None:
    said = cli("help", "endorse", "--lang", "zh_CN")
    assert said.code == 0
    url = urlsplit(said.out.strip())
    assert url.scheme == "file" and url.fragment == "endorse"
    path = Path(url.path)
    assert path.name == "second-laptop.html" and path.parent.name == "zh_CN"
    assert 'id="endorse"' in path.read_text(encoding="utf-8")


def test_help_pdf_and_topics(cli: CliRunner) -> None:
    pdf = Path(cli("help", "--pdf", "--lang", "ru").out.strip())
    assert pdf.name == "greenbelt-handbook-ru.pdf" and pdf.is_file()
    topics = cli("help", "--topics").out.splitlines()
    assert "troubleshooting\ttroubleshooting" in topics and len(topics) == len(handbook.TOPICS)


def test_an_unknown_topic_is_a_usage_error(cli: CliRunner) -> None:
    said = cli("help", "nonsense")
    assert said.code == 2
    assert "greenbelt help --topics" in said.err


def test_help_open_opens_the_browser(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    said = cli("help", "restore", "--open", "--lang", "en")
    assert said.code == 0 and opened == [said.out.strip()]
    monkeypatch.setattr("webbrowser.open", lambda url: False)
    refused = cli("help", "--open")
    assert refused.code == 1 and "open" in refused.err


def test_help_says_so_when_the_handbook_is_missing(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(handbook, "handbook_dir", lambda: tmp_path / "nowhere")
    said = cli("help")
    assert said.code == 1 and "not installed" in said.err
