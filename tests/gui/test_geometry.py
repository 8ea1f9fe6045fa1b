"""Windows fit the screen they open on and remember their size and place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QDialog, QWidget

from greenbelt_desktop.gui import geometry

pytestmark = pytest.mark.gui
LAPTOP = QRect(0, 0, 1280, 720)


def test_a_window_larger_than_the_screen_is_shrunk_and_centred(styled_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    geometry.fit(window, QSize(1280, 760), LAPTOP)
    assert window.width() <= 1280 - geometry.FRAME_ALLOWANCE.width()
    assert window.height() <= 720 - geometry.FRAME_ALLOWANCE.height()
    assert LAPTOP.contains(window.geometry())


def test_a_small_window_keeps_its_preferred_size(styled_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    geometry.fit(window, QSize(520, 360), QRect(0, 0, 1920, 1080))
    assert window.size() == QSize(520, 360)
    assert abs(window.geometry().center().x() - 960) <= 2


def test_size_and_place_are_remembered(styled_app, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    first = QDialog()
    qtbot.addWidget(first)
    geometry.remember(first, "sample", QSize(600, 400), settings)
    first.show()
    qtbot.waitExposed(first)
    first.resize(700, 450)
    first.move(40, 30)
    qtbot.wait(10)
    first.accept()  # hidden without a close event
    assert settings.value("windows/sample") is not None

    second = QDialog()
    qtbot.addWidget(second)
    geometry.remember(second, "sample", QSize(600, 400), settings)
    assert second.size() == QSize(700, 450)


def test_a_remembered_window_is_shrunk_onto_a_smaller_screen(styled_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1800, 1000)
    window.move(100, 60)
    geometry.shrink_into(window, LAPTOP)
    assert window.width() <= 1280 and window.height() <= 720
    assert LAPTOP.contains(window.frameGeometry())


def test_the_default_settings_of_the_tests_are_a_temporary_ini(styled_app) -> None:  # type: ignore[no-untyped-def]
    path = QSettings().fileName()
    assert path.endswith(".ini") and "qsettings" in path


def _fits_laptop(window: QWidget) -> None:
    room = LAPTOP.size() - geometry.FRAME_ALLOWANCE
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= room.width() and hint.height() <= room.height(), hint
    geometry.fit(window, QSize(4000, 4000), LAPTOP)
    assert LAPTOP.contains(window.geometry())


@pytest.mark.parametrize("language", ["en", "ru", "zh_CN"])
def test_main_window_briefing_and_forms_fit_a_1280x720_laptop(  # type: ignore[no-untyped-def]
    demo_session, qtbot, language: str
) -> None:
    from greenbelt_desktop.gui.dialogs.briefing_dialog import BriefingDialog
    from greenbelt_desktop.gui.forms.record_form import RecordForm
    from greenbelt_desktop.gui.main_window import MainWindow

    demo_session.set_language(language)
    main = MainWindow(demo_session)
    qtbot.addWidget(main)
    _fits_laptop(main)
    briefing = BriefingDialog(demo_session.store, demo_session.ref_lang, main)
    qtbot.addWidget(briefing)
    _fits_laptop(briefing)
    for entity in ("project", "event", "organisation", "contact", "agreement"):
        form = RecordForm(demo_session, entity, None, main)
        qtbot.addWidget(form)
        _fits_laptop(form)
    demo_session.set_language("en")
