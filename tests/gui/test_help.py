"""Help ▸ Handbook (F1): the handbook opens in the person's language at the section
about the page or window in front; a refusal's "What does this mean?" link opens
its entry of "When something goes wrong"."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from greenbelt_desktop import handbook
from greenbelt_desktop.gui import help as gui_help
from greenbelt_desktop.sync.errors import BundleRefused, Message
from tests.gui.sync_support import install_language, settle

pytestmark = pytest.mark.gui


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def where(url: QUrl) -> tuple[str, str, str]:
    parts = urlsplit(url.toString())
    path = parts.path.rsplit("/", 2)
    return path[-2], path[-1], parts.fragment


def test_the_help_menu_opens_the_handbook_at_the_page_in_front(window, opened) -> None:  # type: ignore[no-untyped-def]
    actions = window.findChild(gui_help.HelpActions)
    assert actions is not None
    assert actions.handbook_action.shortcut().toString() == "F1"
    assert actions.handbook_action in actions.menu.actions()
    window.show_page("project")
    actions.handbook_action.trigger()
    assert where(opened[-1]) == ("en", "records.html", "kind-project")
    window.show_page("conflicts")
    actions.handbook_action.trigger()
    assert where(opened[-1]) == ("en", "conflicts.html", "")
    page = window.show_page("sync")
    page.tabs.setCurrentWidget(page.import_panel)
    actions.handbook_action.trigger()
    assert where(opened[-1]) == ("en", "importing.html", "import")
    for url in opened:
        local = url.toLocalFile()
        assert local and handbook.handbook_dir() in Path(local).parents


def test_f1_follows_the_language_and_the_menu_is_translated(window, opened, qtbot) -> None:  # type: ignore[no-untyped-def]
    actions = window.findChild(gui_help.HelpActions)
    window.session.set_language("zh_CN")
    qtbot.waitUntil(lambda: actions.handbook_action.text() != "&Handbook")
    window.show_page("settings")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert where(opened[-1]) == ("zh_CN", "first-day.html", "settings")
    window.session.set_language("en")


def test_f1_in_a_window_opens_its_section(window, opened, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = window.open_files()
    qtbot.waitExposed(dialog)
    shortcut = gui_help.install_f1(dialog)
    assert shortcut is not None and gui_help.install_f1(dialog) is None  # once
    shortcut.activated.emit()
    assert where(opened[-1]) == ("en", "spreadsheets.html", "")
    assert gui_help.topic_for(dialog) == "spreadsheets"
    dialog.close()


def test_a_refusal_links_to_its_entry(window, opened) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("sync")
    bar = page.import_panel.message
    refusal = BundleRefused(
        "This consolidated bundle ({sequence}) is older than the last one imported "
        "({last}): it is refused as a rollback.",
        sequence=3,
        last=5,
    )
    install_language("ru")
    try:
        bar.refuse("Refused", refusal)
        settle()
        link = bar.explain
        assert not link.isHidden() and "<a " in link.text() and "What does" not in link.text()
        link.linkActivated.emit("#tr-rollback")
        assert where(opened[-1]) == ("ru", "troubleshooting.html", "tr-rollback")
        bar.inform("Fine")
        assert link.isHidden()
    finally:
        install_language("en")


def test_every_refusal_has_an_entry_that_exists() -> None:
    from greenbelt_desktop.gui.pages.sync_messages import MESSAGES, REASONS

    for template in (*MESSAGES, *REASONS):
        topic = gui_help.refusal_topic(SimpleNamespace(message=Message(template)))
        assert handbook.TOPICS.get(topic) == "troubleshooting", template
    assert gui_help.refusal_topic(FileNotFoundError(2, "missing", "x.gbundle")) == "tr-file"
