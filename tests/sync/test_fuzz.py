"""Fuzzing the bundle reader: random and mutated bundles end in a clear refusal or a
correct import, never in another exception. Hypothesis here; atheris (libFuzzer,
coverage-guided) in ``tests/sync/fuzz_atheris.py``, run below when it is installed."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from greenbelt_desktop.sync.errors import BundleRefused
from tests.sync.conftest import PROJECT, Site
from tests.sync.forge import body_of, sign_as

FUZZ_SETTINGS = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@pytest.fixture
def scene(trio: tuple[Site, Site, Site]) -> tuple[Site, Site, Path]:
    kz, _, sec = trio
    kz.store.add("project", PROJECT, "members")
    kz.store.add(
        "organisation", {"name": "Ministry", "kind": "ministry", "country": "KZ"}, "secretariat"
    )
    return kz, sec, kz.export()


def attempt(sec: Site, path: Path, outcomes: dict[str, int]) -> None:
    try:
        sec.receive(path, dry_run=True)
        outcomes["imported"] += 1
    except BundleRefused as error:
        assert str(error) and "\n" not in str(error)
        outcomes["refused"] += 1


def test_mutated_bytes_are_refused_cleanly(scene: tuple[Site, Site, Path], tmp_path: Path) -> None:
    _, sec, path = scene
    original = path.read_bytes()
    outcomes = {"imported": 0, "refused": 0}
    target = tmp_path / "mutant.gbundle"

    @FUZZ_SETTINGS
    @given(
        edits=st.lists(
            st.tuples(st.integers(0, len(original) - 1), st.integers(0, 255)), max_size=4
        ),
        cut=st.integers(0, len(original)),
        junk=st.binary(max_size=64),
    )
    def check(edits: list[tuple[int, int]], cut: int, junk: bytes) -> None:
        raw = bytearray(original[:cut] + junk if junk else original[:cut])
        for position, value in edits:
            if position < len(raw):
                raw[position] = value
        target.write_bytes(bytes(raw))
        attempt(sec, target, outcomes)

    before = sec.dump()
    check()
    assert sec.dump() == before
    if True:
        print(f"\nfuzz (bytes): {sum(outcomes.values())} cases, {outcomes}", file=sys.__stdout__)
    assert outcomes["refused"] > 0


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def test_signed_nonsense_is_refused_or_imported_correctly(
    scene: tuple[Site, Site, Path], tmp_path: Path
) -> None:
    """The sender's real key signs mutated bodies: only validation stands in the way."""
    kz, sec, path = scene
    body = body_of(path)
    paths = _paths(body)[1:]
    outcomes = {"imported": 0, "refused": 0}
    target = tmp_path / "signed.gbundle"

    @FUZZ_SETTINGS
    @given(
        where=st.lists(st.integers(0, len(paths) - 1), min_size=1, max_size=3),
        values=st.lists(json_values, min_size=3, max_size=3),
    )
    def check(where: list[int], values: list[Any]) -> None:
        mutant = copy.deepcopy(body)
        for index, value in zip(where, values, strict=False):
            *parents, last = paths[index]
            node = mutant
            try:
                for step in parents:
                    node = node[step]
                node[last] = value
            except (KeyError, IndexError, TypeError):
                continue
        target.write_text(json.dumps(sign_as(kz, mutant)), encoding="utf-8")
        attempt(sec, target, outcomes)

    before = sec.dump()
    check()
    assert sec.dump() == before
    print(
        f"\nfuzz (signed bodies): {sum(outcomes.values())} cases, {outcomes}", file=sys.__stdout__
    )
    assert outcomes["refused"] > 0


def test_atheris_coverage_guided_fuzzing(tmp_path: Path) -> None:
    pytest.importorskip("atheris")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.sync.fuzz_atheris",
            str(tmp_path),
            "-runs=3000",
            "-max_len=6000",
            f"-artifact_prefix={tmp_path}/",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    summary = (tmp_path / "cases.txt").read_text(encoding="utf-8").strip()
    print(f"\nfuzz {summary}", file=sys.__stdout__)
    assert "Done 3000 runs" in done.stderr and summary.startswith("atheris: 30")
