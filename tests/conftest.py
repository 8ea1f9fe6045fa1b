"""Shared fixtures: real data folders in temporary directories, a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest

from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import Store
from tests.helpers.cli import CliRunner


@pytest.fixture
def home(tmp_path: Path) -> Home:
    return Home(tmp_path / "home")


@pytest.fixture
def store(home: Home) -> Store:
    opened = home.open_store()
    opened.initialise("KZ", "Aigerim Saparova", "Ministry of Ecology")
    yield opened
    opened.engine.dispose()


@pytest.fixture
def cli(tmp_path: Path) -> CliRunner:
    return CliRunner(tmp_path / "cli-home")
