"""A focal point's first day, in each of the three languages, through the window alone.

Kazakhstan's focal point starts the application on a new laptop: the first-run
wizard (language, party, name, passphrase, the Secretariat's key card with its
fingerprint confirmed) ends on the main window; a project and an event are
recorded through their forms; the Sync page exports a signed bundle. The
Secretariat and China are other people's computers (set up through the same
functions the command line calls): the Secretariat imports both members'
bundles and writes the consolidated bundle, which the focal point checks and
applies on the Sync page. China's project is then in the projects list, read
only, and the global search finds it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from greenbelt_desktop.gui import app as gui_app
from greenbelt_desktop.gui.forms.record_form import RecordForm
from greenbelt_desktop.gui.pages.records import RecordListPage
from greenbelt_desktop.gui.pages.sync import SyncPage
from greenbelt_desktop.gui.wizard import FirstRunWizard
from greenbelt_desktop.gui.wizard.pages import LANGUAGES as WIZARD_LANGUAGES
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.sync.consolidate import consolidate
from greenbelt_desktop.sync.export import export_bundle
from greenbelt_desktop.sync.importer import import_bundle
from greenbelt_desktop.sync.keyring import list_keys, trust_card
from tests.gui.sync_support import LANGUAGES, PASSPHRASE, installation, screenshot

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

# What the person types, in the script of the language they work in.
WORDS = {
    "en": ("Solar plant in Turkestan", "Green technology forum"),
    "ru": ("Солнечная станция в Туркестане", "Форум зелёных технологий"),
    "zh_CN": ("突厥斯坦太阳能电站", "绿色技术论坛"),
}
CHINA_PROJECT = "新疆风电项目 Wind farm"


def wait(qtbot, operation) -> None:  # type: ignore[no-untyped-def]
    assert operation is not None
    if not operation.finished:
        with qtbot.waitSignal(operation.done, timeout=30_000):
            pass


def new_form(window, qtbot, entity: str) -> RecordForm:  # type: ignore[no-untyped-def]
    page = window.show_page(entity)
    assert isinstance(page, RecordListPage)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # New
    form = window.forms[-1]
    assert isinstance(form, RecordForm) and form.record is None
    qtbot.addWidget(form)
    return form


def test_set_up_record_exchange_and_find_another_members_project(
    qtbot, styled_app, tmp_path: Path, monkeypatch, language: str
) -> None:
    sco_home, sco, sco_card = installation(tmp_path / "sco", "SECRETARIAT", "Wang Lei")
    cn_home, cn, cn_card = installation(tmp_path / "cn", "CN", "Wang Fang", "Ministry of Ecology")
    trust_card(sco, cn_card, cn_card.kid)
    trust_card(cn, sco_card, sco_card.kid)
    cn.add("project", {"title": CHINA_PROJECT, "status": "pipeline", "countries": ["CN", "KZ"]})
    card_file = tmp_path / "secretariat.gbkey"
    card_file.write_text(sco_card.dumps(), encoding="utf-8")

    def person(wizard: FirstRunWizard) -> int:
        codes = [code for code, _ in WIZARD_LANGUAGES]
        wizard.language_page.choices.setCurrentRow(codes.index(language))
        wizard.party_page.select_country("KZ")
        wizard.focal_point_page.name.setText("Aigerim Saparova")
        wizard.passphrase_page.first.setText(PASSPHRASE)
        wizard.passphrase_page.second.setText(PASSPHRASE)
        cards = wizard.keycard_page
        cards.path.setText(str(card_file))
        cards.load()
        assert cards.card is not None and cards.card.kid == sco_card.kid
        cards.confirm.setChecked(True)
        wizard.accept()
        return int(wizard.result())

    monkeypatch.setattr(FirstRunWizard, "exec", person)
    kz_home = Home(tmp_path / "kz")
    window = gui_app.open_window(kz_home, styled_app)
    assert window is not None
    qtbot.addWidget(window)
    session = window.session
    store = session.store
    try:
        assert store.installation().party == "KZ"
        assert session.language == language
        project_title, event_title = WORDS[language]

        # A project and an event, through their forms.
        form = new_form(window, qtbot, "project")
        form.editors["title"].set_value(project_title)
        form.editors["status"].set_value("idea")
        form.editors["directions"].set_value(["renewable_tech"])
        assert form.save(), [e.text() for e in form.errors.values() if e.text()]
        form = new_form(window, qtbot, "event")
        form.editors["title"].set_value(event_title)
        form.editors["kind"].set_value("forum")
        form.editors["country"].set_value("KZ")
        if not form.editors["status"].value():
            form.editors["status"].set_value("planned")
        form.editors["end"].day.setDate(QDate.currentDate().addDays(2))
        assert form.save(), [e.text() for e in form.errors.values() if e.text()]
        assert store.count("project") == 1 and store.count("event") == 1

        # The bundle for the Secretariat, from the Sync page.
        sync = window.show_page("sync")
        assert isinstance(sync, SyncPage) and sync.export_panel is not None
        sync.refresh()
        bundle = tmp_path / "kz-1.gbundle"
        sync.export_panel.passphrase.setText(PASSPHRASE)
        wait(qtbot, sync.export_panel.export_to(bundle))
        assert bundle.exists(), sync.export_panel.message.text()
        assert not sync.export_panel.message.is_refusal
        status = window.status
        qtbot.waitUntil(lambda: status.state is not None and status.state.exported is not None)
        qtbot.waitUntil(lambda: status.pending_count == 0)

        # Elsewhere: the Secretariat takes in both members and consolidates.
        kz_card = next(key.card for key in list_keys(store) if key.own)
        trust_card(sco, kz_card, kz_card.kid)
        export_bundle(cn, cn_home.keys_dir, PASSPHRASE, tmp_path / "cn-1.gbundle")
        import_bundle(sco_home, sco, bundle)
        import_bundle(sco_home, sco, tmp_path / "cn-1.gbundle")
        consolidated = tmp_path / "sco-1.gbundle"
        consolidate(sco, sco_home.keys_dir, PASSPHRASE, consolidated)

        # Back on the laptop: check, then apply, the consolidated bundle.
        panel = sync.import_panel
        wait(qtbot, panel.check(consolidated))
        assert not panel.message.is_refusal, panel.message.text()
        assert panel.apply_button.isEnabled()
        wait(qtbot, panel.apply())
        assert not panel.message.is_refusal, panel.message.text()
        assert store.count("project") == 2
        qtbot.waitUntil(lambda: status.state is not None and status.state.imported is not None)
        assert status.pending_count == 0

        # China's project is in the list (read-only, its origin shown) and found by search.
        projects = window.show_page("project")
        assert isinstance(projects, RecordListPage)
        titles = {
            projects.model.row(row)["title"]: projects.model.origin(row)
            for row in range(projects.model.rowCount())
        }
        assert titles == {project_title: "KZ", CHINA_PROJECT: "CN"}
        screenshot(window, f"first-day-projects-{language}")
        window.search_box.clear()
        window.search_box.insert("风电")
        window.run_search()
        found = [
            window.search_page.results.item(i).text()
            for i in range(window.search_page.results.count())
        ]
        assert any(CHINA_PROJECT in text for text in found), found
        screenshot(window, f"first-day-search-{language}")
    finally:
        session.translations.install("en")
        for form in window.forms:
            form.close()
        window.close()
        store.engine.dispose()
        sco.engine.dispose()
        cn.engine.dispose()


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)
