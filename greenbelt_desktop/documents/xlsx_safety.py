"""Checks a workbook from outside before anything parses it.

A workbook is a zip of XML parts. Before openpyxl opens one we refuse, with a
reason a person understands: a file that is not a zip (an old .xls, a
renamed document), a zip bomb (declared uncompressed sizes too large, or a
part that expands too much), macros (``vbaProject.bin`` or a macro-enabled
content type, e.g. .xlsm), links to other workbooks (``externalLinks``) and
sheets with more rows than an import handles (from each sheet's declared
dimension; the reader also counts rows as it goes, since a dimension may lie).
XML is parsed by openpyxl with defusedxml when installed (entity bombs).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 500 * 1024 * 1024
MAX_PART_RATIO = 200  # uncompressed / compressed, for parts over 1 MiB
MAX_PARTS = 2000
MAX_ROWS = 100_000  # data rows in one sheet
MACRO_TYPES = (
    "macroEnabled",
    "vbaProject",
    "application/vnd.ms-office.activeX",
)
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]+\d+:?[A-Z]*(\d*)"')


class WorkbookRefused(Exception):
    """The file is not a workbook we accept; nothing was read into the records."""


def check_workbook_file(path: Path, max_rows: int = MAX_ROWS) -> None:
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise WorkbookRefused(f"{name}: there is no such file.")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise WorkbookRefused(
            f"{name} is larger than {MAX_FILE_BYTES // 2**20} MB; split it into smaller workbooks."
        )
    if not zipfile.is_zipfile(path):
        raise WorkbookRefused(
            f"{name} is not an Excel workbook (.xlsx). If it is an old .xls file, "
            "open it in Excel or LibreOffice and save it as .xlsx."
        )
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_parts(name, infos)
            names = {info.filename for info in infos}
            if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
                raise WorkbookRefused(f"{name} is a zip file but not an Excel workbook (.xlsx).")
            types = zf.read("[Content_Types].xml")
            if any(part.lower().endswith("vbaproject.bin") for part in names) or any(
                kind.encode() in types for kind in MACRO_TYPES
            ):
                raise WorkbookRefused(
                    f"{name} contains macros. Save it as a plain workbook (.xlsx, "
                    "without macros) and import that."
                )
            if any(part.startswith("xl/externalLinks/") for part in names):
                raise WorkbookRefused(
                    f"{name} links to other workbooks (external links). Paste the values "
                    "instead of links (Data > Edit links > Break link) and import again."
                )
            for info in infos:
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                    _check_dimension(name, zf, info, max_rows)
    except zipfile.BadZipFile as error:
        raise WorkbookRefused(f"{name} is a damaged zip file ({error}).") from None


def _check_parts(name: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_PARTS:
        raise WorkbookRefused(f"{name} has {len(infos)} parts; a workbook has far fewer.")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise WorkbookRefused(
            f"{name} would expand to {total // 2**20} MB when opened (a zip bomb, or far "
            f"more data than an import takes: at most {MAX_UNCOMPRESSED_BYTES // 2**20} MB)."
        )
    for info in infos:
        if info.file_size > 2**20 and info.file_size > MAX_PART_RATIO * max(info.compress_size, 1):
            raise WorkbookRefused(
                f"{name} is refused: its part {info.filename} expands "
                f"{info.file_size // max(info.compress_size, 1)} times (a zip bomb)."
            )


def _check_dimension(name: str, zf: zipfile.ZipFile, info: zipfile.ZipInfo, max_rows: int) -> None:
    with zf.open(info) as stream:
        head = stream.read(4096)
    match = _DIMENSION.search(head)
    if match and match.group(1) and int(match.group(1)) - 1 > max_rows:
        rows = int(match.group(1)) - 1
        raise WorkbookRefused(
            f"{name} has a sheet with {rows:,} rows; an import takes at most {max_rows:,} "
            "rows a sheet. Split it into smaller workbooks."
        )
