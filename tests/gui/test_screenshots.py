"""A screenshot of every main screen in English, Russian and Chinese, for review.

Saved under ``test-artifacts/screenshots/<language>/`` at 1366×768 (the
smallest laptop screen the application is made for). Look at them: clipped
text, boxes instead of Chinese or overlapping widgets are bugs.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from greenbelt_desktop.gui.forms.record_form import RecordForm
from greenbelt_desktop.gui.i18n import LANGUAGES, translate
from greenbelt_desktop.gui.pages import PAGES
from greenbelt_desktop.store import queries
from tests.gui.sync_support import settle

pytestmark = pytest.mark.gui
SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


@pytest.mark.parametrize("language", LANGUAGES)
def test_screenshot_of_every_main_screen(window, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    folder = SHOTS / language
    folder.mkdir(parents=True, exist_ok=True)
    session = window.session
    session.set_language(language)
    qtbot.waitUntil(
        lambda: window.navigation.item(0).text() == translate("Navigation", "Dashboard")
    )
    if language != "en":
        assert window.navigation.item(4).text() != "Projects"
    for number, spec in enumerate(PAGES):
        page = window.show_page(spec.key)
        qtbot.waitUntil(lambda spec=spec: window.current_key() == spec.key)
        if spec.key == "dashboard":
            qtbot.waitUntil(lambda page=page: page.figures is not None)
        settle()
        image = window.grab()
        assert not image.isNull() and image.width() >= 1366
        assert image.save(str(folder / f"{number:02d}-{spec.key}.png"))

    window.search_box.setText("солнечн")
    window.run_search()
    settle()
    window.grab().save(str(folder / "11-search.png"))

    with session.store.engine.connect() as conn:
        own = queries.page(conn, "project", ["title"], queries.ListFilter(origin="KZ"))
    form = RecordForm(session, "project", own[0]["id"], window)
    qtbot.addWidget(form)
    form.resize(820, 700)
    form.show()
    form.grab().save(str(folder / "12-project-form.png"))
    invalid = RecordForm(session, "event", None, window)
    qtbot.addWidget(invalid)
    invalid.resize(820, 700)
    invalid.show()
    assert not invalid.save()
    invalid.grab().save(str(folder / "13-event-form-invalid.png"))
    form.close()
    invalid.close()
    session.set_language("en")


# -- the handbook's pictures ---------------------------------------------------------

HANDBOOK = Path(__file__).resolve().parents[2] / "handbook"
HANDBOOK_SHOTS = SHOTS.parent / "handbook"
PICTURE = re.compile(r"screenshots/([a-z0-9-]+\.png)")


def handbook_pictures() -> set[str]:
    """Every picture a page of the handbook names (``screenshots/NAME.png``)."""
    return {name for page in HANDBOOK.glob("*.rst") for name in PICTURE.findall(page.read_text())}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_handbook_pictures_are_taken_from_the_application(  # type: ignore[no-untyped-def]
    window, home, qtbot, tmp_path, language: str
) -> None:
    """The pictures of the handbook, in each language, from the real screens: written to
    ``test-artifacts/handbook/<language>/`` (``make handbook`` builds with them) and
    every picture a handbook page names must be among them."""
    from greenbelt_desktop.gui.backups import BackupsDialog
    from greenbelt_desktop.gui.wizard import FirstRunWizard
    from greenbelt_desktop.store.home import Home

    folder = HANDBOOK_SHOTS / language
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    session = window.session
    session.set_language(language)
    qtbot.waitUntil(
        lambda: window.navigation.item(0).text() == translate("Navigation", "Dashboard")
    )

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        settle()
        image = widget.grab()
        assert not image.isNull()
        assert image.save(str(folder / f"{name}.png"))

    for key, name in (
        ("dashboard", "dashboard"),
        ("project", "projects"),
        ("conflicts", "conflicts"),
        ("settings", "settings"),
    ):
        page = window.show_page(key)
        qtbot.waitUntil(lambda key=key: window.current_key() == key)
        if key == "dashboard":
            qtbot.waitUntil(lambda page=page: page.figures is not None)
        save(window, name)
    sync = window.show_page("sync")
    for panel, name in (
        (sync.export_panel, "sync-export"),
        (sync.import_panel, "sync-import"),
        (sync.history_panel, "sync-history"),
        (sync.keys_panel, "sync-keys"),
    ):
        sync.tabs.setCurrentWidget(panel)
        save(window, name)
    window.search_box.setText("солнечн")
    window.run_search()
    save(window, "search")

    with session.store.engine.connect() as conn:
        own = queries.page(conn, "project", ["title"], queries.ListFilter(origin="KZ"))
    form = RecordForm(session, "project", own[0]["id"], window)
    qtbot.addWidget(form)
    form.resize(820, 700)
    form.show()
    save(form, "project-form")
    form.close()

    for opened, name in (
        (window.open_briefing(), "briefing-dialog"),
        (window.open_files(), "files-dialog"),
    ):
        qtbot.waitExposed(opened)
        save(opened, name)
        opened.close()
    home.backups().create()
    backups = BackupsDialog(home, lambda: None, parent=window)
    qtbot.addWidget(backups)
    backups.show()
    qtbot.waitExposed(backups)
    save(backups, "backups-dialog")
    backups.close()

    fresh = Home(tmp_path / "fresh")
    blank = fresh.open_store()
    wizard = FirstRunWizard(fresh, blank, set_language=lambda _code: None)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    save(wizard, "wizard-welcome")
    wizard.close()
    blank.engine.dispose()
    session.set_language("en")

    made = {path.name for path in folder.glob("*.png")}
    missing = handbook_pictures() - made
    assert not missing, f"The handbook shows pictures this run did not make: {sorted(missing)}"
