"""``greenbelt selfcheck`` from the source tree (the frozen build runs it in tests/dist)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jwcrypto import jwk, jws
from pypdf import PdfReader

from tests.helpers.cli import CliRunner


@pytest.mark.gui
def test_selfcheck_passes_and_leaves_the_data_folder_alone(
    cli: CliRunner, tmp_path: Path, qapp: object
) -> None:
    kept = tmp_path / "kept"
    result = cli("selfcheck", "--keep", str(kept))
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert [line.split(":")[0] for line in lines[1:-1]] == [
        "ok  resources", "ok  database", "ok  bundle", "ok  pdf", "ok  qt",
    ]  # fmt: skip
    assert lines[-1] == "All checks passed."
    assert not cli.home.exists()
    text = "".join(page.extract_text() for page in PdfReader(kept / "selfcheck.pdf").pages)
    assert "太阳能电站" in text and "Солнечная" in text
    token = jws.JWS()
    token.deserialize((kept / "selfcheck.gbundle").read_text(encoding="utf-8"))
    card = json.loads((kept / "selfcheck-card.json").read_text(encoding="utf-8"))
    token.verify(jwk.JWK(**card["jwk"]))


def test_a_failing_check_is_one_line(cli: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GREENBELT_RESOURCES", str(cli.home / "nowhere"))
    result = cli("selfcheck", "--no-gui")
    assert result.code == 1 and result.err.count("\n") == 1
    assert "incomplete" in result.err and "reference/reference.json" in result.err
