"""Workbooks follow the effective reference data: new member states offered, retired codes
not offered for new rows yet still read."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from greenbelt_desktop.documents.vocabulary import Vocabulary
from greenbelt_desktop.documents.xlsx_template import write_template
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import Store
from greenbelt_desktop.store.reference_store import retire_entry, set_entry


@pytest.fixture
def secretariat(home: Home) -> Iterator[Store]:
    store = home.open_store()
    store.initialise("SECRETARIAT", "Li Wei")
    set_entry(
        store, "member_states", "AZ", {"en": "Azerbaijan", "ru": "Азербайджан", "zh": "阿塞拜疆"}
    )
    retire_entry(store, "project_status", "suspended")
    yield store
    store.engine.dispose()


def test_the_template_offers_active_codes(secretariat: Store, tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path, "ru", secretariat.reference)
    lists = openpyxl.load_workbook(path).worksheets[-1]
    values = {cell.value for row in lists.iter_rows() for cell in row if cell.value}
    assert "Азербайджан" in values
    assert "Реализация" in values and "Приостановлен" not in values
    vocab = Vocabulary(secretariat.reference, "en")
    assert vocab.code("project_status", "Приостановлен") == "suspended"
    assert vocab.country_code("Азербайджан") == "AZ" and vocab.party_code("阿塞拜疆") == "AZ"


def test_the_command_writes_the_template_of_this_installation(cli, tmp_path: Path) -> None:
    assert cli("init", "--party", "SECRETARIAT", "--name", "Li Wei").code == 0
    assert (
        cli(
            "reference",
            "set",
            "member_states",
            "AZ",
            "--en",
            "Azerbaijan",
            "--ru",
            "Азербайджан",
            "--zh",
            "阿塞拜疆",
        ).code
        == 0
    )
    out = tmp_path / "t.xlsx"
    assert cli("xlsx", "template", "--out", str(out), "--lang", "zh").code == 0
    lists = openpyxl.load_workbook(out).worksheets[-1]
    assert "阿塞拜疆" in {cell.value for row in lists.iter_rows() for cell in row}
