"""The Sync page between two real installations: a member state and the Secretariat.

Key cards are exchanged and trusted through the Keys tab, the member exports
(preview first, then a real signed bundle), the Secretariat checks it (the
dry run changes nothing), applies it, writes the consolidated bundle, and
the member imports that. Refusals are one clear message, nothing written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from greenbelt_desktop.gui.pages.sync import SyncPage
from greenbelt_desktop.gui.pages.sync_common import cell_texts
from greenbelt_desktop.sync.keys import group_fingerprint
from tests.gui.sync_support import (
    LANGUAGES,
    PASSPHRASE,
    install_language,
    installation,
    load_fonts,
    screenshot,
)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def parties(tmp_path: Path):
    member = installation(tmp_path / "kz", "KZ", "Aigerim Saparova", "Ministry of Ecology")
    secretariat = installation(tmp_path / "sco", "SECRETARIAT", "Wang Lei", "SCO Secretariat")
    for card, folder in ((member[2], "kz"), (secretariat[2], "sco")):
        (tmp_path / f"{folder}.gbkey").write_text(card.dumps(), encoding="utf-8")
    yield member, secretariat
    for _, store, _ in (member, secretariat):
        store.engine.dispose()


def page_of(qtbot, home, store, changed=None) -> SyncPage:
    load_fonts()
    page = SyncPage(store, home, records_changed=changed)
    qtbot.addWidget(page)
    page.resize(1100, 680)
    page.show()
    return page


def wait(qtbot, operation) -> None:
    assert operation is not None
    if not operation.finished:
        with qtbot.waitSignal(operation.done, timeout=20_000):
            pass


def exchange_cards(member_page: SyncPage, secretariat_page: SyncPage, tmp_path: Path) -> None:
    assert member_page.keys_panel.trust(tmp_path / "sco.gbkey", confirm=True)
    assert secretariat_page.keys_panel.trust(tmp_path / "kz.gbkey", confirm=True)


def test_member_exports_secretariat_imports_and_consolidates(qtbot, parties, tmp_path):
    (kz_home, kz, kz_card), (sco_home, sco, sco_card) = parties
    kz.add("project", {"title": "Солнечная станция", "status": "idea"})  # members
    kz.add("contact", {"full_name": "Айгерим Сапарова"})  # secretariat
    kz.add("project", {"title": "Private draft", "status": "idea"}, sharing="private")
    member = page_of(qtbot, kz_home, kz)
    secretariat = page_of(qtbot, sco_home, sco)
    assert member.export_panel is not None and member.members_panel is None
    assert secretariat.members_panel is not None and secretariat.export_panel is None

    exchange_cards(member, secretariat, tmp_path)
    keys = cell_texts(member.keys_panel.table)
    assert keys == [["SCO Secretariat", sco_card.label, group_fingerprint(sco_card.kid), "trusted"]]
    assert member.keys_panel.own_fingerprint.text() == group_fingerprint(kz_card.kid)

    # The preview: exactly what leaves, private records never.
    member.refresh()
    preview = cell_texts(member.export_panel.table)
    assert preview == [
        ["Contacts", "Secretariat only", "new or changed", "1"],
        ["Projects", "All member states", "new or changed", "1"],
    ]
    assert "Bundle 1 will carry 2 changes" in member.export_panel.preview_title.text()

    bundle = tmp_path / "kz-0001.gbundle"
    member.export_panel.passphrase.setText(PASSPHRASE)
    wait(qtbot, member.export_panel.export_to(bundle))
    assert bundle.exists()
    assert not member.export_panel.message.is_refusal, member.export_panel.message.text()
    assert "Bundle 1 written" in member.export_panel.message.text()
    history = cell_texts(member.history_panel.table)
    assert history[0][1] == "Bundle written" and history[0][4] == "2 changes"

    # The Secretariat checks it: verified, the report shown, nothing written yet.
    panel = secretariat.import_panel
    wait(qtbot, panel.check(bundle))
    assert not panel.message.is_refusal, panel.message.text()
    assert "Signature verified" in panel.verification.text()
    assert "Kazakhstan" in panel.verification.text()
    assert "Nothing is changed yet" in panel.verification.text()
    by_entity = {row[0]: row[1:] for row in cell_texts(panel.by_entity)}
    assert by_entity["Projects"][0] == "1" and by_entity["Contacts"][0] == "1"
    assert sco.count("project") == 0 and sco.count("contact") == 0
    assert panel.apply_button.isEnabled()

    changed: list[str] = []
    secretariat._records_changed = changed.append
    wait(qtbot, panel.apply())
    assert not panel.message.is_refusal, panel.message.text()
    assert "Imported: 2 new" in panel.message.text()
    assert sco.count("project") == 1 and sco.count("contact") == 1
    assert "project" in changed
    members = cell_texts(secretariat.members_panel.table)
    assert members[0][0] == "Kazakhstan" and members[0][3] == "1"

    # The same bundle again: already applied, nothing to apply.
    wait(qtbot, panel.check(bundle))
    assert "already applied" in panel.verification.text()
    assert not panel.apply_button.isEnabled()

    # The consolidated bundle goes back; the member's own records come back unchanged.
    consolidated = tmp_path / "consolidated.gbundle"
    secretariat.members_panel.passphrase.setText(PASSPHRASE)
    wait(qtbot, secretariat.members_panel.write_to(consolidated))
    assert consolidated.exists(), secretariat.members_panel.message.text()
    wait(qtbot, member.import_panel.check(consolidated))
    assert "consolidated bundle of the Secretariat" in member.import_panel.verification.text()
    wait(qtbot, member.import_panel.apply())
    assert not member.import_panel.message.is_refusal, member.import_panel.message.text()
    assert kz.count("project") == 2  # its own two, nothing duplicated
    whats = [row[1] for row in cell_texts(member.history_panel.table)]
    assert whats[:2] == ["Imported", "Bundle written"]


def test_refusals_are_one_clear_message_and_change_nothing(qtbot, parties, tmp_path):
    (kz_home, kz, _), (sco_home, sco, _) = parties
    kz.add("project", {"title": "Wind farm", "status": "idea"})
    member = page_of(qtbot, kz_home, kz)
    secretariat = page_of(qtbot, sco_home, sco)
    bundle = tmp_path / "kz.gbundle"
    member.export_panel.passphrase.setText("not the passphrase")
    wait(qtbot, member.export_panel.export_to(bundle))
    assert member.export_panel.message.is_refusal
    assert member.export_panel.message.text().startswith("The bundle was not written.\n")
    assert "passphrase is wrong" in member.export_panel.message.text()
    assert not bundle.exists()

    member.export_panel.passphrase.setText(PASSPHRASE)
    wait(qtbot, member.export_panel.export_to(bundle))
    assert bundle.exists()
    # Not trusted yet: refused whole, nothing written, the refusal is in the history.
    wait(qtbot, secretariat.import_panel.check(bundle))
    message = secretariat.import_panel.message
    assert message.is_refusal
    assert message.text().startswith("The bundle was refused; nothing was changed.\n")
    assert len(message.text().splitlines()) == 2
    assert not secretariat.import_panel.apply_button.isEnabled()
    assert sco.count("project") == 0

    # One changed byte: refused.
    assert secretariat.keys_panel.trust(tmp_path / "kz.gbkey", confirm=True)
    raw = bytearray(bundle.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    tampered = tmp_path / "tampered.gbundle"
    tampered.write_bytes(bytes(raw))
    wait(qtbot, secretariat.import_panel.check(tampered))
    assert secretariat.import_panel.message.is_refusal
    assert sco.count("project") == 0


def test_trusting_needs_the_fingerprint_confirmed(qtbot, parties, tmp_path):
    (kz_home, kz, _), _ = parties
    member = page_of(qtbot, kz_home, kz)
    assert not member.keys_panel.trust(tmp_path / "sco.gbkey", confirm=False)
    assert cell_texts(member.keys_panel.table) == []
    (tmp_path / "junk.gbkey").write_text("not a card", encoding="utf-8")
    assert not member.keys_panel.trust(tmp_path / "junk.gbkey", confirm=True)
    assert member.keys_panel.message.is_refusal
    saved = tmp_path / "mine.gbkey"
    member.keys_panel.save_card(saved)
    assert '"party": "KZ"' in saved.read_text(encoding="utf-8")


@pytest.mark.parametrize("language", LANGUAGES)
def test_screenshots(qtbot, parties, tmp_path, language):
    (kz_home, kz, _), (sco_home, sco, _) = parties
    kz.add("project", {"title": "Солнечная станция", "status": "idea"})
    kz.add("contact", {"full_name": "Айгерим Сапарова"})
    install_language(language)
    try:
        member = page_of(qtbot, kz_home, kz)
        secretariat = page_of(qtbot, sco_home, sco)
        exchange_cards(member, secretariat, tmp_path)
        member.refresh()
        screenshot(member, f"sync-1-export-{language}")
        bundle = tmp_path / "kz.gbundle"
        member.export_panel.passphrase.setText(PASSPHRASE)
        wait(qtbot, member.export_panel.export_to(bundle))
        secretariat.tabs.setCurrentWidget(secretariat.import_panel)
        wait(qtbot, secretariat.import_panel.check(bundle))
        screenshot(secretariat, f"sync-2-import-check-{language}")
        wait(qtbot, secretariat.import_panel.apply())
        secretariat.tabs.setCurrentIndex(0)
        screenshot(secretariat, f"sync-3-members-{language}")
        member.tabs.setCurrentWidget(member.history_panel)
        screenshot(member, f"sync-4-history-{language}")
        member.tabs.setCurrentWidget(member.keys_panel)
        screenshot(member, f"sync-5-keys-{language}")
        if language != "en":
            assert member.tabs.tabText(0) != "Export"
    finally:
        install_language("en")


def test_refusals_are_translated(qtbot, parties, tmp_path):
    (kz_home, kz, _), _ = parties
    install_language("ru")
    try:
        member = page_of(qtbot, kz_home, kz)
        member.export_panel.passphrase.setText("not the passphrase")
        wait(qtbot, member.export_panel.export_to(tmp_path / "kz.gbundle"))
        assert member.export_panel.message.text() == (
            "Пакет не записан.\nНеверная парольная фраза; закрытый ключ не удалось открыть."
        )
    finally:
        install_language("en")


def test_cancelling_the_check_discards_it(qtbot, parties, tmp_path, monkeypatch):
    import threading

    from greenbelt_desktop.gui.pages import sync_import

    (kz_home, kz, _), (sco_home, sco, _) = parties
    kz.add("project", {"title": "Wind farm", "status": "idea"})
    member = page_of(qtbot, kz_home, kz)
    secretariat = page_of(qtbot, sco_home, sco)
    exchange_cards(member, secretariat, tmp_path)
    bundle = tmp_path / "kz.gbundle"
    member.export_panel.passphrase.setText(PASSPHRASE)
    wait(qtbot, member.export_panel.export_to(bundle))

    gate = threading.Event()
    real = sync_import.import_bundle

    def slow_dry_run(*args, **kwargs):
        report = real(*args, **kwargs)
        gate.wait(10)
        return report

    monkeypatch.setattr(sync_import, "import_bundle", slow_dry_run)
    panel = secretariat.import_panel
    operation = panel.check(bundle)
    with qtbot.waitSignal(operation.done, timeout=20_000):
        operation.cancel()
        gate.set()
    assert operation.was_cancelled
    assert panel.report is None and not panel.apply_button.isEnabled()
    assert panel.message.text() == "Cancelled; nothing was changed."
    assert sco.count("project") == 0


def test_an_installation_without_a_key_says_so(qtbot, store, home):
    """A demo installation is set up without a key: nothing to sign with, said plainly."""
    page = page_of(qtbot, home, store)
    assert page.keys_panel.own_fingerprint.text() == "—"
    assert page.keys_panel.message.text() == (
        "This computer has no key.\nThis installation has no key yet: it was set up without one."
    )
    assert page.export_panel.message.is_refusal
    assert not page.export_panel.export_button.isEnabled()


@pytest.mark.parametrize("language", LANGUAGES)
def test_sync_and_conflicts_pages_in_the_main_window(qtbot, tmp_path, language):
    """Both pages plug into the main window and fit at 1366×768 in every language."""
    from greenbelt_desktop.gui.main_window import MainWindow
    from greenbelt_desktop.gui.pages.conflicts import ConflictsPage
    from greenbelt_desktop.gui.session import Session
    from tests.gui.sync_support import two_devices_conflict

    home, store, _ = two_devices_conflict(tmp_path)
    from greenbelt_desktop.gui.i18n import Translations

    translations = Translations(QApplication.instance())
    translations.install(language)
    session = Session(store, translations, Session.preferences_for(tmp_path))
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    try:
        sync = window.show_page("sync")
        assert isinstance(sync, SyncPage)
        assert sync.home.path == home.path
        screenshot(window, f"main-sync-{language}")
        conflicts = window.show_page("conflicts")
        assert isinstance(conflicts, ConflictsPage)
        assert conflicts.list.count() == 1
        screenshot(window, f"main-conflicts-{language}")
        # Restoring through the page is undone by the main window's Undo.
        conflicts.restore_button.click()
        assert conflicts.list.count() == 0
        assert session.undo_stack.canUndo()
        session.undo_stack.undo()
        assert "Undone" in conflicts.message.text() or conflicts.message.is_refusal is False
    finally:
        translations.install("en")
        window.close()
        store.engine.dispose()
