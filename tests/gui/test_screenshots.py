"""A screenshot of every main screen in English, Russian and Chinese, for review.

Saved under ``test-artifacts/screenshots/<language>/`` at 1366×768 (the
smallest laptop screen the application is made for). Look at them: clipped
text, boxes instead of Chinese or overlapping widgets are bugs.
"""

from __future__ import annotations

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
