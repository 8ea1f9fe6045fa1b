"""The store tests run against every backend: ``store`` here is ``backend_store``.

Tests about SQLite files themselves (backups, crashes, migrations of files)
ask for ``home`` and ``sqlite_store`` instead.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import Store


@pytest.fixture
def store(backend_store: Store) -> Store:
    return backend_store


@pytest.fixture
def sqlite_store(home: Home) -> Iterator[Store]:
    opened = home.open_store()
    opened.initialise("KZ", "Aigerim Saparova", "Ministry of Ecology")
    yield opened
    opened.engine.dispose()
