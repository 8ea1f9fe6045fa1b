"""Template and export: real workbooks re-opened with openpyxl, checked for types and safety."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from greenbelt_desktop.documents.xlsx_export import export_workbook, field_filter
from greenbelt_desktop.documents.xlsx_template import write_template
from greenbelt_desktop.store.progress import Cancelled
from greenbelt_desktop.store.records import Store

ORG = {
    "name": "Министерство экологии",
    "kind": "ministry",
    "country": "KZ",
    "website": "https://ecogeo.gov.kz",
    "email": "info@ecogeo.gov.kz",
}


def _headers(ws) -> list[str]:
    return [cell.value for cell in next(ws.iter_rows(min_row=1, max_row=1))]


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
def test_template_has_sheets_lists_help_and_validations(tmp_path: Path, lang: str) -> None:
    path = tmp_path / f"template-{lang}.xlsx"
    write_template(path, lang)
    wb = openpyxl.load_workbook(path)
    titles = {"en": "Projects", "ru": "Проекты", "zh": "项目"}
    ws = wb[titles[lang]]
    headers = _headers(ws)
    assert headers[1].endswith("*")  # the title is required
    assert ws.freeze_panes == "A2"
    assert ws["B1"].comment is not None and ws["B1"].comment.text
    assert ws.column_dimensions["B"].width >= 30
    lists = wb.worksheets[-1]
    assert lists.sheet_state == "hidden"
    sources = {dv.formula1 for dv in ws.data_validations.dataValidation}
    assert any(lists.title in formula for formula in sources)
    # The status drop-down lists the statuses in the template's language.
    status_column = headers.index({"en": "Status *", "ru": "Статус *", "zh": "状态 *"}[lang]) + 1
    letter = openpyxl.utils.get_column_letter(status_column)
    check = next(dv for dv in ws.data_validations.dataValidation if f"{letter}2" in str(dv.sqref))
    column = check.formula1.split("!")[1].split(":")[0].replace("$", "")[:-1]
    values = [c.value for c in lists[column][1:] if c.value]
    assert {"en": "Implementation", "ru": "Реализация", "zh": "实施中"}[lang] in values
    assert len(values) == 6  # the six project statuses
    # Date columns carry a date validation.
    assert any(dv.type == "date" for dv in ws.data_validations.dataValidation)


def _fill(store: Store) -> dict[str, str]:
    org = store.add("organisation", ORG)
    project = store.add(
        "project",
        {
            "title": '=HYPERLINK("http://evil","click")',
            "summary": "+7 701 000 00 00",
            "status": "implementation",
            "directions": ["renewable_tech", "waste"],
            "countries": ["KZ", "CN"],
            "start": "2025-10-21",
            "budget": 95_000_000.5,
            "budget_currency": "USD",
            "partners": [{"organisation": org, "role": "lead"}],
            "financing": [{"amount": 1000.25, "currency": "USD", "source": "green_fund"}],
        },
    )
    event = store.add(
        "event",
        {
            "title": "EWG meeting",
            "kind": "ewg_meeting",
            "start": "2026-05-14T09:30:00+05:00",
            "end": "2026-05-14T17:00:00+05:00",
            "timezone": "Asia/Almaty",
            "country": "KZ",
        },
    )
    return {"org": org, "project": project, "event": event}


def test_export_types_links_formulas_and_filter(store: Store, tmp_path: Path) -> None:
    ids = _fill(store)
    path = tmp_path / "export.xlsx"
    summary = export_workbook(store, path, lang="en")
    assert summary.counts["project"] == 1 and summary.counts["organisation"] == 1

    with zipfile.ZipFile(path) as zf:
        sheet_xml = b"".join(zf.read(n) for n in zf.namelist() if n.startswith("xl/worksheets/"))
    assert b"<f>" not in sheet_xml  # no formula anywhere

    wb = openpyxl.load_workbook(path)
    projects = wb["Projects"]
    headers = _headers(projects)
    row = {
        h: c for h, c in zip(headers, next(projects.iter_rows(min_row=2, max_row=2)), strict=True)
    }
    assert row["Title *"].value == '=HYPERLINK("http://evil","click")'
    assert row["Title *"].data_type == "s"
    assert row["Summary"].value == "+7 701 000 00 00"
    assert row["Start"].is_date and row["Start"].value == dt.datetime(2025, 10, 21)
    assert row["Budget"].value == 95_000_000.5 and row["Budget"].data_type == "n"
    assert row["Budget currency"].value == "USD"
    assert row["Record id"].value == ids["project"]
    assert row["Owner"].value == "KZ"
    assert "Kazakhstan" in row["Participating member states"].value
    assert projects.auto_filter.ref.startswith("A1:")
    assert projects.freeze_panes == "A2"

    partners = wb["Project partners"]
    assert [c.value for c in partners[2]] == [1, ORG["name"], "Lead"]
    financing = wb["Project financing"]
    assert financing["B2"].value == 1000.25

    orgs = wb["Organisations"]
    headers = _headers(orgs)
    website = orgs.cell(2, headers.index("Website") + 1)
    email = orgs.cell(2, headers.index("E-mail") + 1)
    assert website.hyperlink.target == ORG["website"]
    assert email.hyperlink.target == f"mailto:{ORG['email']}"

    events = wb["Events"]
    headers = _headers(events)
    start = events.cell(2, headers.index("Start *") + 1)
    assert start.value == dt.datetime(2026, 5, 14, 9, 30)

    only = tmp_path / "held.xlsx"
    export_workbook(store, only, ["project"], record_filter=field_filter(["status=idea"]))
    assert openpyxl.load_workbook(only)["Projects"].max_row == 1
    assert openpyxl.load_workbook(only).sheetnames == [
        "Projects",
        "Project partners",
        "Project financing",
    ]


def test_export_reports_progress_and_cancels_without_a_file(store: Store, tmp_path: Path) -> None:
    _fill(store)
    seen: list[tuple[int, int]] = []
    export_workbook(store, tmp_path / "a.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] == 3
    target = tmp_path / "b.xlsx"
    with pytest.raises(Cancelled):
        export_workbook(store, target, cancelled=lambda: True)
    assert not target.exists()
    assert not list(tmp_path.glob(".b.xlsx*"))


def test_cli_template_and_export(cli, tmp_path: Path) -> None:
    assert cli("init", "--party", "KZ", "--name", "A").code == 0
    out = tmp_path / "t.xlsx"
    result = cli("xlsx", "template", "--out", str(out), "--lang", "zh")
    assert result.code == 0, result.err
    assert "项目" in openpyxl.load_workbook(out).sheetnames
    result = cli("xlsx", "export", "--out", str(tmp_path / "e.xlsx"), "project", "--filter", "x")
    assert result.code == 1 and "FIELD=VALUE" in result.err
    result = cli("xlsx", "export", "--out", str(tmp_path / "nope" / "e.xlsx"))
    assert result.code == 1 and "does not exist" in result.err
