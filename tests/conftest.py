"""Shared fixtures: real data folders in temporary directories, a CLI runner, and
the store on each database backend (SQLite, and a throwaway PostgreSQL server).

``--backend sqlite`` or ``--backend postgresql`` runs the backend-parametrised
tests against one backend only; the default runs them against both.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import Store
from tests.helpers.cli import CliRunner
from tests.helpers.postgres import SKIP_REASON, PostgresServer, find_bindir

BACKENDS = ("sqlite", "postgresql")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=[*BACKENDS, "both"],
        default="both",
        help="database backend(s) of the store and sync tests (default: both)",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        chosen = metafunc.config.getoption("--backend")
        backends = BACKENDS if chosen == "both" else (chosen,)
        metafunc.parametrize(
            "backend",
            [
                pytest.param(name, marks=[pytest.mark.postgres] if name == "postgresql" else [])
                for name in backends
            ],
        )


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    bindir = find_bindir()
    if bindir is None:
        pytest.skip(SKIP_REASON)
    server = PostgresServer(bindir)
    try:
        server.start()
    except RuntimeError as error:
        server.stop()
        pytest.skip(f"The PostgreSQL test server did not start: {error}")
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """A fresh, empty PostgreSQL database for one test."""
    return postgres_server.create_database()


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """``greenbelt init`` needs a passphrase for the private key; tests use this one."""
    monkeypatch.setenv("GREENBELT_PASSPHRASE", "correct horse battery")


@pytest.fixture
def home(tmp_path: Path) -> Home:
    """A data folder with its SQLite database."""
    return Home(tmp_path / "home")


@pytest.fixture
def backend_home(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Home:
    """A data folder whose records live on ``backend`` (both, by parametrisation)."""
    if backend == "sqlite":
        return Home(tmp_path / "home")
    server = request.getfixturevalue("postgres_server")
    return Home(tmp_path / "home", server.migrated_database())


def _initialised(home: Home) -> Iterator[Store]:
    opened = home.open_store()
    opened.initialise("KZ", "Aigerim Saparova", "Ministry of Ecology")
    yield opened
    opened.engine.dispose()


@pytest.fixture
def store(home: Home) -> Iterator[Store]:
    """An initialised store on SQLite."""
    yield from _initialised(home)


@pytest.fixture
def backend_store(backend_home: Home) -> Iterator[Store]:
    """An initialised store on each backend."""
    yield from _initialised(backend_home)


@pytest.fixture
def cli(tmp_path: Path) -> CliRunner:
    return CliRunner(tmp_path / "cli-home")
