"""The throwaway PostgreSQL server of the tests: a killed session's server is stopped
by the next session, never left running."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from tests.helpers.postgres import OWNER_FILE, PostgresServer, find_bindir, stop_orphans

pytestmark = pytest.mark.postgres


def accepts(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_server_of_a_killed_session_is_stopped_by_the_next(postgres_server: PostgresServer) -> None:
    bindir = find_bindir()
    assert bindir is not None
    orphan = PostgresServer(bindir)
    orphan.start()
    try:
        assert accepts(orphan.port)
        gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)  # fmt: skip
        (orphan.folder / OWNER_FILE).write_text(gone.stdout.strip())  # its session died
        stop_orphans(bindir)
        assert not orphan.folder.exists() and not accepts(orphan.port)
        assert accepts(postgres_server.port)  # a live session's server is left alone
    finally:
        orphan.stop()
