"""Forms: create and edit every kind of record, validation beside the fields, files, guard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from greenbelt_desktop.domain.entities import RECORD_ENTITIES
from greenbelt_desktop.gui.forms.record_form import RecordForm

pytestmark = pytest.mark.gui


def form(session, entity, qtbot, record_id=None) -> RecordForm:  # type: ignore[no-untyped-def]
    shown = RecordForm(session, entity, record_id)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def first_of(session, entity: str) -> str:  # type: ignore[no-untyped-def]
    with session.store.engine.connect() as conn:
        from greenbelt_desktop.store import queries

        return queries.choices(conn, entity)[0][0]


def fill_new(f: RecordForm, session) -> None:  # type: ignore[no-untyped-def]
    """Fill the required fields of a new record the way a person would."""
    e = f.editors
    title = {"organisation": "name", "contact": "full_name"}.get(f.entity, "title")
    e[title].set_value("Тестовая запись 测试")
    if "kind" in e:
        e["kind"].combo.setCurrentIndex(1)
    if "country" in e:
        e["country"].set_value("KZ")
    if "status" in e and not e["status"].value():
        e["status"].combo.setCurrentIndex(1)
    if f.entity == "recommendation":
        e["text"].set_value("Рекомендовать …")
        e["meeting"].set_value(first_of(session, "event"))
        e["follow_ups"].add_row({"text": "Send to ministers", "date": "2026-05-01"})
    if f.entity == "project":
        e["directions"].set_value(["renewable_tech"])
        e["countries"].set_value(["KZ", "CN"])
        e["budget"].edit.setText("1500000")
        e["budget_currency"].set_value("USD")
        e["partners"].add_row({"organisation": first_of(session, "organisation"), "role": "lead"})
        e["financing"].add_row({"amount": 250000, "currency": "EUR", "source": "green_fund"})
    if f.entity == "event":
        e["participants"].add_row({"contact": first_of(session, "contact"), "role": "speaker"})
        e["end"].day.setDate(QDate.currentDate().addDays(2))
    if f.entity == "contact":
        e["organisation"].set_value(first_of(session, "organisation"))
        e["emails"].set_value(["a@example.org", "b@example.org"])


@pytest.mark.parametrize("entity", RECORD_ENTITIES)
def test_create_then_edit_each_kind_of_record(demo_session, qtbot, entity) -> None:  # type: ignore[no-untyped-def]
    store = demo_session.store
    before = store.count(entity)
    f = form(demo_session, entity, qtbot)
    fill_new(f, demo_session)
    assert f.is_dirty()
    with qtbot.waitSignal(demo_session.records_changed):
        f.save_button.click()
    assert f.record is not None, [e.text() for e in f.errors.values() if e.text()]
    assert store.count(entity) == before + 1
    saved = store.get(entity, f.record.id)
    title_field = {"organisation": "name", "contact": "full_name"}.get(entity, "title")
    assert saved.data[title_field] == "Тестовая запись 测试"
    if entity == "project":
        assert saved.data["budget"] == 1_500_000 and set(saved.data["countries"]) == {"KZ", "CN"}
        assert saved.data["financing"][0]["currency"] == "EUR"
        assert saved.data["partners"][0]["role"] == "lead"
    if entity == "event":
        assert saved.data["participants"][0]["role"] == "speaker"
    assert not f.is_dirty()
    again = form(demo_session, entity, qtbot, f.record.id)
    again.editors[title_field].set_value("Edited")
    assert again.save()
    assert store.get(entity, f.record.id).data[title_field] == "Edited"


def test_validation_messages_appear_beside_the_fields(demo_session, qtbot) -> None:  # type: ignore[no-untyped-def]
    f = form(demo_session, "project", qtbot)
    f.editors["budget"].edit.setText("12")
    f.editors["start"].set_value("2026-05-01")
    f.editors["end"].set_value("2026-01-01")
    assert not f.save()
    assert f.errors["title"].text() == "This field is required."
    assert f.errors["status"].text() == "This field is required."
    assert f.errors["title"].isVisible() and f.problems.isVisible()
    assert not f.errors["summary"].isVisible()
    f.editors["title"].set_value("Wind farm")
    f.editors["status"].set_value("idea")
    assert not f.save()
    assert f.errors["end"].text() == "The end is before the start."
    assert not f.errors["title"].isVisible()
    f.editors["end"].set_value("2026-12-01")
    assert not f.save()
    assert f.errors["budget_currency"].text() == "A budget needs its currency."
    f.editors["financing"].add_row({"amount": 5, "source": "private"})
    assert not f.save()
    assert f.errors["financing"].text().startswith("Line 1:")
    org = form(demo_session, "organisation", qtbot)
    org.editors["email"].set_value("not-an-address")
    assert not org.save()
    assert org.errors["email"].text() == "“not-an-address” is not an e-mail address."


def test_validation_messages_follow_the_language(demo_session, qtbot) -> None:  # type: ignore[no-untyped-def]
    demo_session.set_language("ru")
    f = form(demo_session, "practice", qtbot)
    assert not f.save()
    assert f.errors["title"].text() == "Обязательное поле."
    assert f.labels["title"].text() == "Название *"
    demo_session.set_language("en")


def test_other_parties_records_open_read_only(demo_session, qtbot) -> None:  # type: ignore[no-untyped-def]
    from greenbelt_desktop.store import queries

    with demo_session.store.engine.connect() as conn:
        row = queries.page(conn, "project", ["title"], queries.ListFilter(origin="CN"))[0]
    f = form(demo_session, "project", qtbot, row["id"])
    assert not f.editable and not f.save_button.isEnabled()
    assert "China" in f.owner_note.text()
    assert not f.editors["title"].isEnabled()


def test_unsaved_changes_are_guarded(demo_session, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    f = form(demo_session, "practice", qtbot)
    f.editors["title"].set_value("Draft")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answers.pop(0)
    )
    assert not f.close()
    assert f.isVisible()
    assert f.close()
    assert len(asked) == 2 and "Save" in asked[0]


def test_attachments_add_open_and_remove_with_undo(demo_session, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    record_id = first_of(demo_session, "practice")
    own = [r for r in [demo_session.store.get("practice", record_id)] if r.origin == "KZ"]
    f = form(demo_session, "practice", qtbot)
    fill_new(f, demo_session)
    assert f.save() and f.attachments is not None
    source = tmp_path / "отчёт.pdf"
    source.write_bytes(b"%PDF-1.4 test file")
    box = f.attachments
    new_id = box.add_file(source)
    assert box.files.count() == 1 and "отчёт.pdf" in box.files.item(0).text()
    box.files.setCurrentRow(0)
    out = box.export_selected(tmp_path / "out" if (tmp_path / "out").mkdir() is None else tmp_path)
    assert out is not None and out.read_bytes() == source.read_bytes()
    box.remove_selected()
    assert box.files.count() == 0
    demo_session.undo_stack.undo()
    assert box.files.count() == 1
    assert demo_session.store.get("attachment", new_id).data["sha256"]
    assert own is not None


def test_attachments_take_the_records_sharing_and_show_the_real_extension(  # type: ignore[no-untyped-def]
    demo_session, qtbot, tmp_path: Path, monkeypatch
) -> None:
    f = form(demo_session, "practice", qtbot)
    fill_new(f, demo_session)
    assert f.save() and f.attachments is not None
    demo_session.store.update("practice", f.record.id, {}, sharing="private")
    tricky = tmp_path / "invoice\u202efdp.exe"
    tricky.write_bytes(b"MZ not a document")
    box = f.attachments
    new_id = box.add_file(tricky)
    assert demo_session.store.get("attachment", new_id).sharing == "private"
    assert box.files.item(0).text().startswith("invoicefdp.exe  (.exe file, ")
    asked: list[str] = []
    opened: list[object] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    box.files.setCurrentRow(0)
    box.open_selected()
    assert len(asked) == 1 and "is a program (.exe)" in asked[0] and opened == []
