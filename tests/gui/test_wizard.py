"""The first-run wizard, driven end to end as a person would, in a temp home."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from greenbelt_desktop.gui.wizard import FirstRunWizard, run_wizard
from greenbelt_desktop.store.home import Home
from tests.gui.sync_support import LANGUAGES, install_language, load_fonts, screenshot

pytestmark = pytest.mark.gui


@pytest.fixture
def blank_store(home: Home):
    store = home.open_store()
    yield store
    store.engine.dispose()


@pytest.fixture
def wizard(qtbot, home: Home, blank_store):
    load_fonts()
    chosen: list[str] = []
    wizard = FirstRunWizard(home, blank_store, set_language=chosen.append)
    wizard.chosen = chosen
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    yield wizard
    install_language("en")


def click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled(), f"{button.text()} is disabled on {wizard.currentPage().title()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_page(qtbot, wizard: QWizard) -> None:
    click(qtbot, wizard, QWizard.WizardButton.NextButton)


def test_member_focal_point_sets_up_the_installation(qtbot, wizard, blank_store):
    assert wizard.currentPage() is wizard.language_page
    wizard.language_page.choices.setCurrentRow(1)  # Русский
    assert wizard.chosen == ["ru"]
    next_page(qtbot, wizard)

    assert wizard.currentPage() is wizard.party_page
    party = wizard.party_page
    assert party.member.isChecked()
    # Country names follow the language just chosen.
    assert party.country.findText("Казахстан (KZ)") >= 0
    party.select_country("KZ")
    next_page(qtbot, wizard)

    page = wizard.focal_point_page
    assert wizard.currentPage() is page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # name required
    qtbot.keyClicks(page.name, "Aigerim Saparova")
    # QTest types Latin only; Cyrillic goes in as a paste would.
    page.organisation.setFocus()
    page.organisation.insert("Министерство экологии")
    next_page(qtbot, wizard)

    summary = wizard.summary_page
    assert wizard.currentPage() is summary
    assert summary.values["party"].text() == "Казахстан"
    assert summary.values["name"].text() == "Aigerim Saparova"
    assert summary.values["language"].text() == "Русский"
    with qtbot.waitSignal(wizard.accepted):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    installation = blank_store.installation()
    assert installation.party == "KZ"
    assert installation.focal_point == "Aigerim Saparova"
    assert installation.organisation == "Министерство экологии"


def test_secretariat_without_organisation(qtbot, wizard, blank_store):
    next_page(qtbot, wizard)
    radio = wizard.party_page.secretariat
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert wizard.party_page.party() == "SECRETARIAT"
    assert not wizard.party_page.country.isEnabled()
    next_page(qtbot, wizard)
    qtbot.keyClicks(wizard.focal_point_page.name, "Wang Lei")
    next_page(qtbot, wizard)
    assert wizard.summary_page.values["party"].text() == "SCO Secretariat"
    assert wizard.summary_page.values["organisation"].text() == "(not given)"
    with qtbot.waitSignal(wizard.accepted):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert blank_store.installation().party == "SECRETARIAT"
    assert blank_store.installation().organisation == ""


def test_refusal_keeps_the_wizard_open_and_says_why(qtbot, wizard, blank_store, monkeypatch):
    blank_store.initialise("UZ", "Someone Else")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    qtbot.keyClicks(wizard.focal_point_page.name, "Aigerim")
    next_page(qtbot, wizard)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert shown == ["This installation is already set up; nothing was changed."]
    assert wizard.isVisible()
    assert blank_store.installation().party == "UZ"


@pytest.mark.parametrize("language", LANGUAGES)
def test_screenshots_of_every_page(qtbot, home, blank_store, language):
    load_fonts()
    wizard = FirstRunWizard(home, blank_store, set_language=install_language)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.resize(700, 500)
    wizard.language_page.choices.setCurrentRow(LANGUAGES.index(language))
    pages = ["language", "party", "focal_point"]
    for index, name in enumerate(pages):
        if name == "focal_point":
            qtbot.keyClicks(wizard.focal_point_page.name, "Aigerim Saparova")
        screenshot(wizard, f"wizard-{index + 1}-{name}-{language}")
        next_page(qtbot, wizard)
    screenshot(wizard, f"wizard-{len(pages) + 1}-summary-{language}")
    if language != "en":
        # Translated: the title is no longer the English source text.
        assert wizard.currentPage().title() != "Ready to set up"
    install_language("en")


def test_run_wizard_sets_up_and_keeps_the_chosen_language(qtbot, home, blank_store, monkeypatch):
    installed: list[str] = []
    translations = SimpleNamespace(language="en", install=installed.append)
    preferences = SimpleNamespace(values={}, sync=lambda: None)
    preferences.setValue = preferences.values.__setitem__

    def person(wizard: FirstRunWizard) -> int:
        wizard.language_page.choices.setCurrentRow(2)
        wizard.party_page.select_country("CN")
        wizard.focal_point_page.name.setText("王磊")
        wizard.accept()
        return int(wizard.result())

    monkeypatch.setattr(FirstRunWizard, "exec", person)
    assert run_wizard(home, blank_store, translations, preferences)
    assert installed == ["zh_CN"]
    assert preferences.values == {"language": "zh_CN"}
    assert blank_store.installation().focal_point == "王磊"


def test_run_wizard_cancelled_sets_nothing_up(qtbot, home, blank_store, monkeypatch):
    monkeypatch.setattr(FirstRunWizard, "exec", lambda wizard: 0)
    translations = SimpleNamespace(language="ru", install=pytest.fail)
    assert not run_wizard(home, blank_store, translations, None)
    assert not blank_store.is_initialised()
