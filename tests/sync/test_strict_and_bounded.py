"""Strict JSON and bounded reading (BUNDLE-FORMAT.md §8.6–8.7), each attack performed
through the real import or key-card reader: a one-line refusal, the database unchanged,
the refusal in the ledger, and the next honest bundle imported."""

from __future__ import annotations

import gzip
import json
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from greenbelt_desktop.sync import envelope, ledger
from greenbelt_desktop.sync.errors import BundleRefused, KeyProblem
from greenbelt_desktop.sync.keys import load_private_key, read_card
from tests.sync.conftest import PASSPHRASE, PROJECT, Site, payload_of, read_bundle
from tests.sync.forge import write

Pair = tuple[Site, Site]


@pytest.fixture
def pair(make_site: Callable[[str, str], Site]) -> Pair:
    kz, sec = make_site("kz", "KZ"), make_site("sec", "SECRETARIAT")
    sec.trust(kz)
    kz.trust(sec)
    kz.store.add("project", PROJECT, "secretariat")
    return kz, sec


def signed_text(site: Site, text: str) -> dict[str, Any]:
    key = load_private_key(site.home.keys_dir, site.card.kid, PASSPHRASE)
    return envelope.sign(text.encode("utf-8"), [(site.card.kid, key)])


def refused_whole(site: Site, path: Path, match: str) -> str:
    before = site.dump()
    with pytest.raises(BundleRefused, match=match) as info:
        site.receive(path)
    assert site.dump() == before
    message = str(info.value)
    assert "\n" not in message
    last = ledger.history(site.store, site.home.path)[-1]
    assert last["outcome"] != "applied" and last["file_name"] == path.name
    return message


def honest_still_imports(kz: Site, sec: Site) -> None:
    kz.store.add("project", {**PROJECT, "title": "Afterwards"}, "secretariat")
    assert sec.receive(kz.export()).totals["new"] >= 1


def body_text(kz: Site) -> tuple[dict[str, Any], str]:
    body = payload_of(read_bundle(kz.export()))
    return body, json.dumps(body, ensure_ascii=False)


@pytest.mark.parametrize("field", ["sequence", "issuer", "bundle_id"])
def test_a_name_twice_in_the_body_is_refused(pair: Pair, tmp_path: Path, field: str) -> None:
    kz, sec = pair
    body, text = body_text(kz)
    doubled = text[:-1] + f', "{field}": ' + json.dumps(body[field]) + "}"
    path = write(tmp_path / "twice.gbundle", signed_text(kz, doubled))
    message = refused_whole(sec, path, "twice")
    assert f"'{field}'" in message
    honest_still_imports(kz, sec)


def test_a_name_twice_in_a_change_is_refused(pair: Pair, tmp_path: Path) -> None:
    kz, sec = pair
    _, text = body_text(kz)
    doubled = text.replace('"origin": "KZ"', '"origin": "KZ", "origin": "CN"', 1)
    assert doubled != text
    refused_whole(sec, write(tmp_path / "c.gbundle", signed_text(kz, doubled)), "'origin' twice")
    honest_still_imports(kz, sec)


def test_a_name_twice_in_the_outer_json_is_refused(pair: Pair, tmp_path: Path) -> None:
    kz, sec = pair
    jws = read_bundle(kz.export())
    other = signed_text(kz, json.dumps({"format": "sco-greenbelt-bundle"}))
    text = json.dumps(jws)[:-1] + ', "payload": ' + json.dumps(other["payload"]) + "}"
    path = tmp_path / "outer.gbundle"
    path.write_text(text, encoding="utf-8")
    refused_whole(sec, path, "'payload' twice")


@pytest.mark.parametrize(
    "number", ["NaN", "Infinity", "-Infinity", "1e400", str(2**63), str(2**53)]
)
def test_numbers_not_every_reader_holds_alike_are_refused(
    pair: Pair, tmp_path: Path, number: str
) -> None:
    kz, sec = pair
    body, text = body_text(kz)
    changed = text.replace(f'"sequence": {body["sequence"]}', f'"sequence": {number}')
    path = write(tmp_path / "n.gbundle", signed_text(kz, changed))
    refused_whole(sec, path, "number that not every program reads alike")
    honest_still_imports(kz, sec)


def test_the_largest_exact_integer_is_accepted_as_a_sequence(pair: Pair, tmp_path: Path) -> None:
    kz, sec = pair
    body, text = body_text(kz)
    changed = text.replace(f'"sequence": {body["sequence"]}', f'"sequence": {2**53 - 1}')
    assert sec.receive(write(tmp_path / "big.gbundle", signed_text(kz, changed))).totals["new"]


def test_key_cards_are_read_strictly(pair: Pair, tmp_path: Path) -> None:
    kz, _ = pair
    card = json.dumps(kz.card.as_json())
    twice = tmp_path / "twice.json"
    twice.write_text(card[:-1] + ', "party": "CN"}', encoding="utf-8")
    with pytest.raises(KeyProblem, match="'party' twice"):
        read_card(twice)
    nested = tmp_path / "nested.json"
    nested.write_text("[" * 30_000 + "]" * 30_000, encoding="utf-8")
    with pytest.raises(KeyProblem, match="not a key card") as info:
        read_card(nested)
    assert "\n" not in str(info.value)
    good = tmp_path / "good.json"
    good.write_text(card, encoding="utf-8")
    assert read_card(good) == kz.card


def refused_at_once(call: Callable[[], Any], error: type[Exception], match: str) -> None:
    """``call`` refuses without blocking (a FIFO with no writer would block a reader)."""
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            call()
        except BaseException as caught:
            outcome.append(caught)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "the reader blocked"
    assert outcome and isinstance(outcome[0], error), outcome
    assert match in str(outcome[0])


def test_only_regular_files_are_read(pair: Pair, tmp_path: Path) -> None:
    kz, sec = pair
    fifo = tmp_path / "fifo.gbundle"
    os.mkfifo(fifo)
    sock_path = tmp_path / "s.gbundle"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock_path))
    before = sec.dump()
    try:
        for path in (fifo, Path("/dev/zero"), sock_path, tmp_path):
            refused_at_once(lambda p=path: sec.receive(p), BundleRefused, "only files are read")
            refused_at_once(lambda p=path: read_card(p), KeyProblem, "only files are read")
    finally:
        server.close()
    assert sec.dump() == before
    # A symbolic link is read as the file it names.
    link = tmp_path / "link.gbundle"
    link.symlink_to(kz.export())
    assert sec.receive(link).totals["new"] == 1


# The peak is VmHWM, which exec resets: ru_maxrss would carry the forking test
# worker's own peak over into the child.
BOMB = """
import sys
from pathlib import Path
from greenbelt_desktop.cli import main
code = main(["--home", sys.argv[1], "bundle", "import", sys.argv[2]])
status = Path("/proc/self/status").read_text().splitlines()
peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(peak // 1024, code)
"""


def test_a_gzip_bomb_costs_little_memory(pair: Pair, tmp_path: Path) -> None:
    """500 KB of gzip inflating to 512 MB: refused after inflating at most 64 MB."""
    _, sec = pair
    bomb = tmp_path / "bomb.gbundle.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as handle:
        block = b" " * (8 * 1024 * 1024)
        for _ in range(64):
            handle.write(block)
    assert bomb.stat().st_size < 600 * 1024
    sec.store.engine.dispose()
    done = subprocess.run(
        [sys.executable, "-c", BOMB, str(sec.home.path), str(bomb)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    peak_mb, code = (int(v) for v in done.stdout.split()[-2:])
    assert code != 0 and "compression bomb" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert peak_mb < 400, peak_mb
