"""Import: a template filled in as a clerk would, bad rows, re-imports and other parties' rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from greenbelt_desktop.documents.xlsx_export import export_workbook
from greenbelt_desktop.documents.xlsx_import import import_workbook
from greenbelt_desktop.documents.xlsx_template import write_template
from greenbelt_desktop.domain.ids import new_id
from greenbelt_desktop.domain.reference import default_reference
from greenbelt_desktop.store.records import Store

REF = default_reference()


def _put(ws, row: int, values: dict[str, object]) -> None:
    headers = [c.value for c in ws[1]]
    for header, value in values.items():
        ws.cell(row, headers.index(header) + 1, value)


def _fill_russian_template(path: Path) -> None:
    """A ministry fills the Russian template, mixing Russian and Chinese labels."""
    write_template(path, "ru")
    wb = openpyxl.load_workbook(path)
    _put(
        wb["Организации"],
        2,
        {
            "№": 1,
            "Название *": "Министерство экологии и природных ресурсов",
            "Вид *": "Министерство",
            "Страна *": "Казахстан",
            "Веб-сайт": "ecogeo.gov.kz",
        },
    )
    _put(
        wb["Организации"],
        3,
        {"№": 2, "Название *": "西安隆基绿能", "Вид *": "企业", "Страна *": "中国"},
    )
    _put(
        wb["Контакты"],
        2,
        {
            "№": 1,
            "ФИО (в оригинальном написании) *": "Сапарова Айгерим",
            "ФИО (латиницей)": "Saparova Aigerim",
            "Организация": 1,
            "Роли": "Национальный представитель (контактное лицо); Эксперт",
            "Эл. почта": "a.saparova@ecogeo.gov.kz",
            "Телефоны": "+7 7172 00 00 00; +7 701 000 00 00",
        },
    )
    _put(
        wb["Проекты"],
        2,
        {
            "№": 1,
            "Название *": "Солнечная электростанция 100 МВт",
            "Направления сотрудничества": "Управление и развитие системы утилизации отходов; "
            + REF.label("directions", "renewable_tech", "zh"),
            "Государства-участники": "Казахстан; 中国",
            "Статус *": REF.label("project_status", "implementation", "zh"),
            "Начало": dt.datetime(2025, 10, 21),
            "Бюджет": 95_000_000,
            "Валюта бюджета": "usd",
        },
    )
    _put(
        wb["Партнёры проектов"],
        2,
        {
            "Проект (№, идентификатор или название)": 1,
            "Организация *": "西安隆基绿能",
            "Роль": "Ведущий",
        },
    )
    _put(
        wb["Финансирование проектов"],
        2,
        {
            "Проект (№, идентификатор или название)": 1,
            "Сумма *": "60 000 000,50",
            "Валюта *": "USD",
            "Источник *": "Национальный бюджет",
        },
    )
    _put(
        wb["Мероприятия"],
        2,
        {
            "№": 1,
            "Название *": "Заседание Группы экспертов",
            "Вид *": REF.label("event_kind", "ewg_meeting", "ru"),
            "Начало *": dt.datetime(2026, 5, 14, 9, 30),
            "Окончание *": dt.datetime(2026, 5, 14, 17, 0),
            "Часовой пояс": "Asia/Almaty",
            "Страна *": "KZ",
            "Трансграничное": "Да",
        },
    )
    _put(
        wb["Участники мероприятий"],
        2,
        {"Мероприятие (№, идентификатор или название)": 1, "Контакт *": "Сапарова Айгерим"},
    )
    wb.save(path)


def test_filled_russian_template_imports_and_reimport_adds_nothing(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "filled.xlsx"
    _fill_russian_template(path)
    report = import_workbook(store, path)
    assert not report.problems, [str(p) for p in report.problems]
    assert report.written and report.counts() == {"new": 5, "changed": 0, "unchanged": 0}

    orgs = {r.data["name"]: r for r in store.iter_records("organisation")}
    ministry = orgs["Министерство экологии и природных ресурсов"]
    assert ministry.data["kind"] == "ministry" and ministry.data["country"] == "KZ"
    assert ministry.data["website"] == "https://ecogeo.gov.kz"
    (contact,) = store.iter_records("contact")
    assert contact.data["organisation"] == ministry.id
    assert contact.data["roles"] == ["national_representative", "expert"]
    assert contact.data["phones"] == ["+7 7172 00 00 00", "+7 701 000 00 00"]
    (project,) = store.iter_records("project")
    assert project.data["directions"] == ["waste", "renewable_tech"]
    assert project.data["countries"] == ["KZ", "CN"]
    assert project.data["status"] == "implementation"
    assert project.data["start"] == "2025-10-21"
    assert project.data["budget_currency"] == "USD"
    assert project.data["partners"] == [{"organisation": orgs["西安隆基绿能"].id, "role": "lead"}]
    assert project.data["financing"][0]["amount"] == 60_000_000.5
    assert project.data["financing"][0]["source"] == "national_budget"
    (event,) = store.iter_records("event")
    assert event.data["start"] == "2026-05-14T09:30:00+05:00"
    assert event.data["cross_border"] is True
    assert event.data["participants"] == [{"contact": contact.id, "role": "delegate"}]

    again = import_workbook(store, path)
    assert again.counts() == {"new": 0, "changed": 0, "unchanged": 5}
    assert store.count("organisation") == 2 and store.count("project") == 1


def test_one_bad_row_writes_nothing_and_the_copy_names_row_and_field(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "bad.xlsx"
    write_template(path, "en")
    wb = openpyxl.load_workbook(path)
    ws = wb["Projects"]
    _put(ws, 2, {"No.": 1, "Title *": "Good one", "Status *": "Idea"})
    _put(ws, 3, {"No.": 2, "Title *": "Bad one", "Status *": "Maybe later"})
    _put(ws, 4, {"No.": 3, "Title *": "Good too", "Status *": "idea", "Budget": 5})
    _put(
        wb["Project financing"],
        2,
        {
            "Project (No., id or title)": 1,
            "Amount *": 10,
            "Currency *": "XXQ",
            "Source *": "Private",
        },
    )
    wb.save(path)

    report = import_workbook(store, path)
    assert not report.written and store.count("project") == 0
    where = {(p.sheet, p.row, p.field) for p in report.problems}
    assert ("Projects", 3, "Status") in where
    assert ("Projects", 4, "Budget currency") in where  # a budget needs its currency
    assert ("Project financing", 2, "Currency") in where
    assert report.annotated is not None and "Nothing was imported" in report.summary()

    copy = openpyxl.load_workbook(report.annotated)
    assert copy.sheetnames[0] == "Problems found"
    annotated = copy["Projects"]
    headers = [c.value for c in annotated[1]]
    message = annotated.cell(3, headers.index("Problems found") + 1).value
    assert "Status" in message and "Maybe later" in message
    status = annotated.cell(3, headers.index("Status *") + 1)
    assert status.fill.fgColor.rgb.endswith("FFC7CE") and status.comment is not None
    assert annotated.cell(2, headers.index("Problems found") + 1).value is None

    # The person corrects the copy and imports it: everything lands at once.
    fixed = openpyxl.load_workbook(report.annotated)
    _put(fixed["Projects"], 3, {"Status *": "Proposal"})
    _put(fixed["Projects"], 4, {"Budget currency": "USD"})
    _put(fixed["Project financing"], 2, {"Currency *": "CNY"})
    fixed.save(tmp_path / "fixed.xlsx")
    report = import_workbook(store, tmp_path / "fixed.xlsx")
    assert not report.problems, [str(p) for p in report.problems]
    assert store.count("project") == 3


def _other_party_project(store: Store) -> str:
    record_id = new_id()
    store.put_received(
        "project",
        [(record_id, "CN", "0000000000001.0000.x", "members", {"title": "风电", "status": "idea"})],
    )
    return record_id


def test_unchanged_export_is_a_no_op_and_other_parties_rows_are_refused_by_name(
    store: Store, tmp_path: Path
) -> None:
    own = store.add("project", {"title": "=1+2", "summary": "@SUM(A1)", "status": "idea"})
    theirs = _other_party_project(store)
    path = tmp_path / "export.xlsx"
    export_workbook(store, path, lang="zh")
    before = store.get("project", own).version

    report = import_workbook(store, path)
    assert report.counts() == {"new": 0, "changed": 0, "unchanged": 2}
    assert {r.record_id for r in report.results} == {own, theirs}
    assert store.get("project", own).version == before

    wb = openpyxl.load_workbook(path)
    ws = wb["项目"]
    titles = {ws.cell(row, 2).value: row for row in (2, 3)}
    assert "=1+2" in titles and ws.cell(titles["=1+2"], 2).data_type == "s"
    ws.cell(titles["风电"], 2).value = "风电 (changed)"
    ws.cell(titles["=1+2"], 3).value = "new summary"
    wb.save(path)
    report = import_workbook(store, path)
    assert not report.written
    (problem,) = report.problems
    assert "China (CN)" in problem.message and problem.row == titles["风电"]
    assert store.get("project", theirs).data["title"] == "风电"
    assert store.get("project", own).data["summary"] == "@SUM(A1)"

    ws.cell(titles["风电"], 2).value = "风电"
    wb.save(path)
    report = import_workbook(store, path)
    assert report.counts() == {"new": 0, "changed": 1, "unchanged": 1}
    assert store.get("project", own).data["summary"] == "new summary"


def test_dry_run_reports_without_writing(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_template(path, "zh")
    wb = openpyxl.load_workbook(path)
    _put(wb["实践经验"], 2, {"编号": 1, "标题 *": "垃圾分类", "国家 *": "中国"})
    wb.save(path)
    report = import_workbook(store, path, dry_run=True)
    assert report.counts()["new"] == 1 and not report.written
    assert store.count("practice") == 0


@pytest.mark.parametrize("verbose", [False, True])
def test_cli_import(cli, tmp_path: Path, verbose: bool) -> None:
    assert cli("init", "--party", "KZ", "--name", "A").code == 0
    path = tmp_path / "t.xlsx"
    write_template(path, "en")
    wb = openpyxl.load_workbook(path)
    _put(wb["Practices"], 2, {"No.": 1, "Title *": "Sorting", "Country *": "Kazakhstan"})
    _put(wb["Practices"], 3, {"No.": 2, "Title *": "Parks", "Country *": "Atlantis"})
    wb.save(path)
    result = cli("xlsx", "import", str(path))
    assert result.code == 1
    assert "Practices, row 3, Country" in result.out and "Nothing was imported" in result.err
    wb["Practices"].cell(3, 4).value = "UZ"
    wb.save(path)
    result = cli("xlsx", "import", str(path), *(["--verbose"] if verbose else []))
    assert result.code == 0, result.err
    assert "2 new" in result.out
