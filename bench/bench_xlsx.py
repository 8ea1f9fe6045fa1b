"""Workbooks: streaming export of 100,000 projects; import of 10,000 rows with validation."""

from __future__ import annotations

import resource
import time
from pathlib import Path

import openpyxl

from bench.common import Figure, run_measured
from bench.data import projects
from greenbelt_desktop.documents import sheets as s
from greenbelt_desktop.documents.xlsx_import import import_workbook
from greenbelt_desktop.documents.xlsx_style import header_cells
from greenbelt_desktop.domain.reference import default_reference
from greenbelt_desktop.store.home import Home

EXPORT_COUNT = 100_000
IMPORT_ROWS = 10_000


def _import_workbook(path: Path) -> None:
    """A filled-in workbook as a ministry would send it: labels, dates, a financing sheet."""
    ref = default_reference()
    data = projects(IMPORT_ROWS, seed=11)
    wb = openpyxl.Workbook(write_only=True)
    main = wb.create_sheet("Projects")
    columns = s.layout(s.MAIN_SHEETS["project"], with_origin=False)
    main.append(header_cells(main, columns, "en", comments=False))
    financing = wb.create_sheet("Project financing")
    fin_columns = s.layout(s.BY_NAME["project_financing"])
    financing.append(header_cells(financing, fin_columns, "en", comments=False))
    for number, item in enumerate(data, start=1):
        values = {
            "key": number,
            "title": f"{item['title']} {number}",
            "summary": item["summary"],
            "directions": "; ".join(ref.label("directions", d, "ru") for d in item["directions"]),
            "forms": "; ".join(item["forms"]),
            "countries": "; ".join(item["countries"]),
            "status": ref.label("project_status", item["status"], "zh"),
            "budget": item["budget"],
            "budget_currency": item["budget_currency"],
            "co2e_t_per_year": item["co2e_t_per_year"],
            "location": item["location"],
        }
        main.append([values.get(column.field) for column in columns])
        for line in item["financing"]:
            financing.append(
                [
                    number,
                    line["amount"],
                    line["currency"],
                    ref.label("financing_source", line["source"], "ru"),
                ]
            )
    wb.save(path)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(work: Path) -> list[Figure]:
    home = Home(work / "export-home")
    store = home.open_store()
    store.initialise("KZ", "Benchmark")
    store.add_many("project", [(d, None) for d in projects(EXPORT_COUNT)])
    store.engine.dispose()
    out = work / "projects.xlsx"
    base = ("greenbelt_desktop", "--home", str(home.path))
    listing, _, _ = run_measured(*base, "list", "project", "--json")
    before = _children_cpu()
    seconds, peak, said = run_measured(*base, "xlsx", "export", "--out", str(out), "project")
    cpu = _children_cpu() - before
    assert f"Exported {EXPORT_COUNT} records" in said, said
    figures = [
        Figure(
            "xlsx export of 100,000 projects (streaming)",
            seconds,
            "s",
            20.0,
            listing,
            "list project --json",
        ),
        Figure("  CPU time of that command (the machine may be shared)", cpu, "s"),
        Figure("  peak memory of that command", peak, "MB", 300.0),
    ]

    book = work / "filled.xlsx"
    _import_workbook(book)
    target = Home(work / "import-home").open_store()
    target.initialise("KZ", "Benchmark")
    start = time.perf_counter()
    read = openpyxl.load_workbook(book, read_only=True)
    for ws in read.worksheets:
        for _ in ws.iter_rows(values_only=True):
            pass
    read.close()
    reading = time.perf_counter() - start
    start, cpu_start = time.perf_counter(), time.process_time()
    report = import_workbook(target, book)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    assert not report.problems, report.problems[:3]
    assert target.count("project") == IMPORT_ROWS
    target.engine.dispose()
    figures.append(
        Figure(
            "xlsx import of 10,000 rows with validation",
            seconds,
            "s",
            10.0,
            reading,
            "openpyxl read-only read",
        )
    )
    figures.append(Figure("  CPU time of that import", cpu, "s"))
    return figures
