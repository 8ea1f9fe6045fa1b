"""Hostile or unsuitable files are refused with a clear reason before openpyxl reads them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from greenbelt_desktop.documents.xlsx_import import import_workbook
from greenbelt_desktop.documents.xlsx_safety import WorkbookRefused, check_workbook_file
from greenbelt_desktop.store.records import Store


def _plain(path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.active.title = "Practices"
    wb.active.append(["Title", "Country"])
    wb.active.append(["Sorting", "KZ"])
    wb.save(path)
    return path


def _rewrite(source: Path, target: Path, extra: dict[str, bytes], replace=None) -> Path:
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if replace:
                data = replace(info.filename, data)
            zout.writestr(info.filename, data)
        for name, data in extra.items():
            zout.writestr(name, data)
    return target


def test_plain_workbook_passes(tmp_path: Path) -> None:
    check_workbook_file(_plain(tmp_path / "ok.xlsx"))


def test_not_a_zip(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "old.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)  # an old .xls header
    with pytest.raises(WorkbookRefused, match="not an Excel workbook"):
        import_workbook(store, path)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "docs.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(WorkbookRefused, match="not an Excel workbook"):
        check_workbook_file(path)


def test_zip_bomb(tmp_path: Path) -> None:
    bomb = _rewrite(
        _plain(tmp_path / "a.xlsx"),
        tmp_path / "bomb.xlsx",
        {},
        replace=lambda name, data: (
            b"<a>" + b" " * (20 * 2**20) + b"</a>" if name == "xl/worksheets/sheet1.xml" else data
        ),
    )
    assert bomb.stat().st_size < 200_000
    with pytest.raises(WorkbookRefused, match="zip bomb"):
        check_workbook_file(bomb)


def test_declared_million_rows(store: Store, tmp_path: Path) -> None:
    def claim(name: str, data: bytes) -> bytes:
        if name == "xl/worksheets/sheet1.xml":
            return data.replace(b'ref="A1:B2"', b'ref="A1:B1000001"')
        return data

    path = _rewrite(_plain(tmp_path / "a.xlsx"), tmp_path / "million.xlsx", {}, claim)
    with pytest.raises(WorkbookRefused, match="1,000,000 rows"):
        import_workbook(store, path)


def test_rows_beyond_the_limit_without_a_dimension(store: Store, tmp_path: Path) -> None:
    rows = io.BytesIO()
    rows.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
    rows.write(b"<sheetData>")
    rows.write(b'<row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c></row>')
    for number in range(2, 100_003):
        rows.write(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (number, number))
    rows.write(b"</sheetData></worksheet>")

    def swap(name: str, data: bytes) -> bytes:
        return rows.getvalue() if name == "xl/worksheets/sheet1.xml" else data

    path = _rewrite(_plain(tmp_path / "a.xlsx"), tmp_path / "many.xlsx", {}, swap)
    with pytest.raises(WorkbookRefused, match="more than 100,000 rows"):
        import_workbook(store, path)
    assert store.count("practice") == 0


def test_macros_are_refused(tmp_path: Path) -> None:
    path = _rewrite(
        _plain(tmp_path / "a.xlsx"), tmp_path / "macro.xlsm", {"xl/vbaProject.bin": b"\0" * 64}
    )
    with pytest.raises(WorkbookRefused, match="macros"):
        check_workbook_file(path)

    def macro_type(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            return data.replace(
                b"spreadsheetml.sheet.main+xml", b"ms-excel.sheet.macroEnabled.main+xml"
            )
        return data

    path = _rewrite(_plain(tmp_path / "b.xlsx"), tmp_path / "macro2.xlsx", {}, macro_type)
    with pytest.raises(WorkbookRefused, match="macros"):
        check_workbook_file(path)


def test_external_links_are_refused(tmp_path: Path) -> None:
    path = _rewrite(
        _plain(tmp_path / "a.xlsx"),
        tmp_path / "linked.xlsx",
        {"xl/externalLinks/externalLink1.xml": b"<externalLink/>"},
    )
    with pytest.raises(WorkbookRefused, match="external links"):
        check_workbook_file(path)


def test_cli_names_the_reason(cli, tmp_path: Path) -> None:
    assert cli("init", "--party", "KZ", "--name", "A").code == 0
    path = tmp_path / "x.xlsx"
    path.write_text("just text")
    result = cli("xlsx", "import", str(path))
    assert result.code == 1
    assert result.err.startswith("greenbelt: Refused: x.xlsx is not an Excel workbook")
    assert "Traceback" not in result.err
