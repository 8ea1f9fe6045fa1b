"""Import a filled-in or exported workbook: every row validated, all written or nothing.

Each main-sheet row becomes one record (sub-sheet rows join their parent's
lists), goes through ``validate_record`` and is matched to a record already
held: by its Record id, else by its natural key (see docs/spreadsheets.md).
Outcome of a row: ``new``, ``changed`` or ``unchanged``; a row that would
change another party's record is a problem naming that party. Any problem:
nothing is written and an annotated copy of the workbook shows each one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from greenbelt_desktop.documents import sheets as s
from greenbelt_desktop.documents.cells import CellProblem, from_cell
from greenbelt_desktop.documents.matching import Known, names_of, natural_key
from greenbelt_desktop.documents.vocabulary import Vocabulary
from greenbelt_desktop.documents.xlsx_annotate import write_annotated
from greenbelt_desktop.documents.xlsx_read import Problem, SheetRows, read_workbook
from greenbelt_desktop.documents.xlsx_safety import check_workbook_file
from greenbelt_desktop.domain.entities import MODELS, RECORD_ENTITIES, TITLE_FIELD
from greenbelt_desktop.domain.ids import new_id, normalise_uuid
from greenbelt_desktop.domain.validation import RecordInvalid, validate_record
from greenbelt_desktop.store.batch import Write, write_batch
from greenbelt_desktop.store.progress import CancelCheck, Progress, Tracker
from greenbelt_desktop.store.records import Record, Store

NEW, CHANGED, UNCHANGED = "new", "changed", "unchanged"
_PATH = re.compile(r"^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?")


@dataclass
class RowResult:
    sheet: str
    row: int
    entity: str
    action: str
    record_id: str
    title: str


@dataclass
class ImportReport:
    path: Path
    results: list[RowResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    ignored_sheets: list[str] = field(default_factory=list)
    written: bool = False
    dry_run: bool = False
    annotated: Path | None = None

    def counts(self) -> dict[str, int]:
        counted = Counter(result.action for result in self.results)
        return {action: counted.get(action, 0) for action in (NEW, CHANGED, UNCHANGED)}

    def summary(self) -> str:
        counts = self.counts()
        rows = f"{counts[NEW]} new, {counts[CHANGED]} changed, {counts[UNCHANGED]} unchanged"
        if self.problems:
            bad_rows = len({(p.sheet, p.row) for p in self.problems})
            return (
                f"Nothing was imported: {len(self.problems)} problem(s) in {bad_rows} row(s)."
                + (f" Corrections are marked in {self.annotated}." if self.annotated else "")
            )
        if self.dry_run:
            return f"Dry run, nothing written: {rows}."
        return f"Imported: {rows}."


@dataclass
class _Sub:
    sheet: SheetRows
    row: int
    values: dict[str, Any]


@dataclass
class _Draft:
    sheet: SheetRows
    row: int
    values: dict[str, Any]
    key: str | None = None
    given_id: str | None = None
    sharing: str | None = None
    record_id: str = ""
    existing: Record | None = None
    subs: dict[str, list[_Sub]] = field(default_factory=dict)

    @property
    def entity(self) -> str:
        return self.sheet.sheet.entity


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def snap_numbers(new: Any, old: Any) -> Any:
    """``new`` with each number that is ``old`` as a workbook keeps it (openpyxl writes 16
    significant digits, Excel keeps 15) replaced by ``old``, so an unchanged export
    re-imports unchanged."""
    if isinstance(new, float) and isinstance(old, int | float) and not isinstance(old, bool):
        kept = (float(f"{float(old):.16g}"), float(f"{float(old):.15g}"))
        return old if new in kept else new
    if isinstance(new, dict) and isinstance(old, dict):
        return {key: snap_numbers(value, old.get(key)) for key, value in new.items()}
    if isinstance(new, list) and isinstance(old, list) and len(new) == len(old):
        return [snap_numbers(a, b) for a, b in zip(new, old, strict=True)]
    return new


class _Import:
    def __init__(self, store: Store, sheets: list[SheetRows], problems: list[Problem]) -> None:
        self.store = store
        self.sheets = sheets
        self.problems = problems
        self.vocab = Vocabulary(store.reference, "en")
        self.drafts: dict[str, list[_Draft]] = {}
        self.by_key: dict[str, dict[str, _Draft]] = {}
        entities = {sheet.sheet.entity for sheet in sheets}
        targets = {
            c.ref for sheet in sheets for c in sheet.columns.values() if c.kind in (s.LINK, s.LINKS)
        }
        self.known = Known(store, sorted(entities | targets))

    def problem(self, sheet: SheetRows, row: int, name: str | None, message: str) -> None:
        column = sheet.column_of(name) if name else None
        label = sheet.label(column) if column else (name or "")
        self.problems.append(Problem(sheet.title, row, column, label, message))

    # -- reading rows --------------------------------------------------------

    def convert(self, sheet: SheetRows, row: int, cells: dict[str, Any]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        context = {"timezone": _text(cells["timezone"]) if "timezone" in cells else None}
        for column in sheet.columns.values():
            if column.field in ("key", "id", "origin", "sharing", s.PARENT):
                continue
            raw = cells.get(column.field)
            if raw is None:
                values[column.field] = (
                    [] if column.kind in s.MULTI or column.kind == s.PARAGRAPHS else None
                )
                continue
            try:
                values[column.field] = from_cell(column, raw, self.vocab, context)
            except CellProblem as error:
                self.problem(sheet, row, column.field, str(error))
        return values

    def read_main(self, sheet: SheetRows) -> None:
        drafts = self.drafts.setdefault(sheet.sheet.entity, [])
        keys = self.by_key.setdefault(sheet.sheet.entity, {})
        for row, cells in sheet.rows:
            draft = _Draft(sheet, row, self.convert(sheet, row, cells))
            if "key" in cells:
                draft.key = _text(cells["key"])
                if draft.key in keys:
                    self.problem(
                        sheet, row, "key", f"No. {draft.key} is also on row {keys[draft.key].row}"
                    )
                else:
                    keys[draft.key] = draft
            if "id" in cells:
                try:
                    draft.given_id = normalise_uuid(_text(cells["id"]))
                except ValueError:
                    self.problem(
                        sheet,
                        row,
                        "id",
                        f"'{cells['id']}' is not a record id; leave the cell as exported or empty",
                    )
            if "sharing" in cells:
                draft.sharing = self.vocab.code("sharing", _text(cells["sharing"]))
                if draft.sharing is None:
                    self.problem(
                        sheet,
                        row,
                        "sharing",
                        f"'{cells['sharing']}' is not in the list for this column",
                    )
            drafts.append(draft)

    def read_sub(self, sheet: SheetRows) -> None:
        parents = self.drafts.get(sheet.sheet.entity, [])
        if not sheet.rows:
            return  # an empty sub-sheet leaves the parents' lists as they are
        for draft in parents:
            draft.subs[sheet.sheet.parent_field] = []
        for row, cells in sheet.rows:
            values = self.convert(sheet, row, cells)
            parent = self.find_parent(sheet, row, cells.get(s.PARENT))
            if parent is not None:
                parent.subs[sheet.sheet.parent_field].append(_Sub(sheet, row, values))

    def find_parent(self, sheet: SheetRows, row: int, raw: Any) -> _Draft | None:
        entity = sheet.sheet.entity
        if raw is None:
            self.problem(
                sheet,
                row,
                s.PARENT,
                "this line does not say which row of the main sheet it belongs to",
            )
            return None
        text = _text(raw)
        found = self.by_key.get(entity, {}).get(text)
        if found is None:
            matches = [
                d
                for d in self.drafts.get(entity, [])
                if d.given_id == text.lower()
                or s.fold(str(d.values.get(TITLE_FIELD[entity]) or "")) == s.fold(text)
            ]
            if len(matches) == 1:
                found = matches[0]
        if found is None:
            self.problem(
                sheet,
                row,
                s.PARENT,
                f"there is no row '{text}' (No., record id or title) in the main sheet",
            )
        return found

    # -- matching ----------------------------------------------------------

    def match(self) -> None:
        claimed: dict[str, _Draft] = {}
        for entity, drafts in self.drafts.items():
            self.known.prefetch(entity, [d.given_id for d in drafts if d.given_id])
        for entity, drafts in self.drafts.items():
            for draft in drafts:
                if draft.given_id:
                    record = self.known.get(entity, draft.given_id)
                    if record is None:
                        self.problem(
                            draft.sheet,
                            draft.row,
                            "id",
                            f"there is no {entity} with this record id here; "
                            f"empty the cell to add the row as a new record",
                        )
                        continue
                    draft.existing = record
                else:
                    key = natural_key(entity, draft.values)
                    ids = self.known.by_natural(entity, key) if key else []
                    if len(ids) > 1:
                        self.problem(
                            draft.sheet,
                            draft.row,
                            None,
                            f"{len(ids)} records already match this row ({', '.join(ids)}); "
                            f"put the record id of the one to update in the Record id column",
                        )
                        continue
                    draft.existing = self.known.get(entity, ids[0]) if ids else None
                draft.record_id = draft.existing.id if draft.existing else new_id()
                other = claimed.get(draft.record_id)
                if other is not None:
                    self.problem(
                        draft.sheet,
                        draft.row,
                        None,
                        f"this is the same record as row {other.row} of {other.sheet.title}",
                    )
                claimed[draft.record_id] = draft

    def resolve(self, sheet: SheetRows, row: int, column: s.Column, text: str) -> str | None:
        target = column.ref
        try:
            record_id = normalise_uuid(text)
        except ValueError:
            record_id = ""
        if record_id:
            in_book = any(d.record_id == record_id for d in self.drafts.get(target, []))
            if in_book or self.known.is_live(target, record_id):
                return record_id
            self.problem(
                sheet, row, column.field, f"there is no {target} with the record id {text}"
            )
            return None
        keyed = self.by_key.get(target, {}).get(text)
        if keyed is not None and keyed.record_id:
            return keyed.record_id
        folded = s.fold(text)
        ids = {
            d.record_id
            for d in self.drafts.get(target, [])
            if d.record_id and folded in names_of(target, d.values)
        }
        if not ids:
            ids = set(self.known.by_name(target, folded))
        if len(ids) == 1:
            return ids.pop()
        if ids:
            self.problem(
                sheet,
                row,
                column.field,
                f"{len(ids)} records of kind {target} are called '{text}'; "
                f"write the record id instead",
            )
        else:
            self.problem(
                sheet,
                row,
                column.field,
                f"there is no {target} called '{text}' in this workbook or among the records",
            )
        return None

    def link(self, sheet: SheetRows, row: int, values: dict[str, Any]) -> None:
        for column in sheet.columns.values():
            value = values.get(column.field)
            if column.kind == s.LINK and value:
                values[column.field] = self.resolve(sheet, row, column, value)
            elif column.kind == s.LINKS and value:
                values[column.field] = [self.resolve(sheet, row, column, item) for item in value]

    # -- validation and outcome -----------------------------------------------

    def record_data(self, draft: _Draft) -> dict[str, Any]:
        values = dict(draft.values)
        for name, items in draft.subs.items():
            values[name] = [{k: v for k, v in sub.values.items() if v is not None} for sub in items]
        if draft.existing is None:
            return {k: v for k, v in values.items() if v is not None and v != []}
        # A blank cell clears the field: back to its default where it has one.
        fields = MODELS[draft.entity].model_fields
        for name, value in values.items():
            if value is None and name in fields and not fields[name].is_required():
                values[name] = fields[name].get_default(call_default_factory=True)
        return {**draft.existing.data, **values}

    def validate(self, draft: _Draft, party: str) -> tuple[RowResult, Write | None] | None:
        self.link(draft.sheet, draft.row, draft.values)
        for items in draft.subs.values():
            for sub in items:
                self.link(sub.sheet, sub.row, sub.values)
        try:
            clean = validate_record(draft.entity, self.record_data(draft), self.store.reference)
        except RecordInvalid as error:
            for issue in error.issues:
                self.report_issue(draft, issue.field, issue.message)
            return None
        title = str(clean.get(TITLE_FIELD[draft.entity]) or "")
        result = RowResult(draft.sheet.title, draft.row, draft.entity, NEW, draft.record_id, title)
        existing = draft.existing
        if existing is None:
            return result, Write(draft.entity, draft.record_id, clean, draft.sharing)
        if existing.deleted:
            self.problem(
                draft.sheet,
                draft.row,
                None,
                f"this {draft.entity} was deleted here; "
                f"restore it first or empty the Record id cell to add it again",
            )
            return None
        clean = snap_numbers(clean, existing.data)
        same = clean == existing.data and draft.sharing in (None, existing.sharing)
        if same:
            result.action = UNCHANGED
            return result, None
        if existing.origin != party:
            owner = self.store.reference.party_name(existing.origin)
            changed = sorted(k for k in clean if clean.get(k) != existing.data.get(k))
            if draft.sharing not in (None, existing.sharing):
                changed.append("sharing")
            self.problem(
                draft.sheet,
                draft.row,
                None,
                f"'{title}' belongs to {owner} ({existing.origin}); "
                f"only its owner can change it (changed here: {', '.join(changed)})",
            )
            return None
        result.action = CHANGED
        return result, Write(draft.entity, draft.record_id, clean, draft.sharing, create=False)

    def report_issue(self, draft: _Draft, path: str, message: str) -> None:
        match = _PATH.match(path)
        name, index, sub_field = (match[1], match[2], match[3]) if match else (path, None, None)
        if index is not None and name in draft.subs:
            items = draft.subs[name]
            if int(index) < len(items):
                sub = items[int(index)]
                self.problem(sub.sheet, sub.row, sub_field or None, message)
                return
        if draft.sheet.column_of(name) is None and name:
            self.problem(draft.sheet, draft.row, None, f"{path}: {message}")
            return
        self.problem(draft.sheet, draft.row, name or None, message)


def import_workbook(
    store: Store,
    path: Path,
    dry_run: bool = False,
    annotated_path: Path | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Check, read, validate and (unless ``dry_run`` or any problem) write the workbook.

    On problems the annotated copy goes to ``annotated_path`` (default:
    ``<name>.problems.xlsx`` beside the workbook). Raises ``WorkbookRefused`` for
    files that are not safe to open.
    """
    path = Path(path)
    check_workbook_file(path)
    party = store.installation().party
    sheets, problems, ignored = read_workbook(path, Tracker(0, None, cancelled))
    report = ImportReport(path, problems=problems, ignored_sheets=ignored, dry_run=dry_run)
    job = _Import(store, sheets, problems)
    for sheet in sheets:
        if not sheet.sheet.is_sub:
            job.read_main(sheet)
    for sheet in sheets:
        if sheet.sheet.is_sub:
            job.read_sub(sheet)
    job.match()
    drafts = [d for entity in RECORD_ENTITIES for d in job.drafts.get(entity, [])]
    tracker = Tracker(len(drafts), progress, cancelled)
    writes: list[Write] = []
    for draft in drafts:
        tracker.advance()
        if not draft.record_id:
            continue
        outcome = job.validate(draft, party)
        if outcome is not None:
            report.results.append(outcome[0])
            if outcome[1] is not None:
                writes.append(outcome[1])
    report.results.sort(key=lambda r: (r.sheet, r.row))
    if problems:
        target = annotated_path or path.with_name(f"{path.stem}.problems.xlsx")
        write_annotated(path, target, problems)
        report.annotated = target
        return report
    tracker.finish()
    if not dry_run and writes:
        write_batch(store, writes)
        report.written = True
    return report
