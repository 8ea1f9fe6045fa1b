"""The sync layer's refusals and import notes in the person's language, names and
numbers included.

The catalogue (``gui/pages/sync_messages.py``) must follow the sync layer:
every template it raises or notes in a report is there, with the values it
passes, and translated into Russian and Chinese with the same placeholders.
Then a real rollback, a refusal with a reason inside, and the notes of real
imports are shown in Russian and Chinese.
"""

from __future__ import annotations

import ast
import errno
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import greenbelt_desktop.sync as sync_package
from greenbelt_desktop.domain.validation import Issue
from greenbelt_desktop.gui.pages.sync_common import sync_message
from greenbelt_desktop.gui.pages.sync_history import summary_of
from greenbelt_desktop.gui.pages.sync_messages import CATALOGUE, NOTES, WORDS
from greenbelt_desktop.sync.consolidate import consolidate
from greenbelt_desktop.sync.errors import BundleRefused, Message
from greenbelt_desktop.sync.export import export_bundle
from greenbelt_desktop.sync.importer import import_bundle
from greenbelt_desktop.sync.keyring import trust_card
from greenbelt_desktop.sync.keys import group_fingerprint
from greenbelt_desktop.sync.ledger import history
from tests.gui.sync_support import PASSPHRASE, install_language, installation
from tests.gui.test_sync_page import page_of, wait

ROOT = Path(__file__).resolve().parents[2]
RAISERS = {"BundleRefused", "KeyProblem", "SyncProblem", "StoreError"}
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def sync_layer() -> tuple[dict[str, list[set[str]]], set[str], list[str]]:
    """What the sync layer says: {template: [names of the values of each call]}, the
    words it names documents and fields with, and the calls that are not literal."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in _sync_files()}
    templates: dict[str, list[set[str]]] = {}
    words: set[str] = set()
    wrong: list[str] = []
    takes_what: dict[str, int] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                names = [a.arg for a in node.args.args]
                if "what" in names:
                    takes_what[node.name] = names.index("what")
                    defaults = zip(reversed(names), reversed(node.args.defaults), strict=False)
                    default = dict(defaults).get("what")
                    if isinstance(default, ast.Constant):
                        words.add(default.value)
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node)
            where = f"{path.name}:{node.lineno}"
            if name in takes_what and len(node.args) > takes_what[name]:
                argument = node.args[takes_what[name]]
                if isinstance(argument, ast.Constant):
                    words.add(argument.value)
                elif not (isinstance(argument, ast.Name) and argument.id == "what"):
                    wrong.append(f"{where}: the {name}'s 'what' is not a literal")
            if name not in RAISERS | {"Message"} or not node.args:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                passed = {k.arg for k in node.keywords if k.arg}
                if name == "Message" and len(node.args) > 1 and isinstance(node.args[1], ast.Dict):
                    passed = {k.value for k in node.args[1].keys if isinstance(k, ast.Constant)}
                templates.setdefault(first.value, []).append(passed)
            elif name == "Message" and _wraps_what(first):
                continue  # the word naming the document, collected above
            elif path.name != "errors.py":
                wrong.append(f"{where}: {name}() of something else than a literal template")
        wrong += _notes_not_messages(path, tree)
    return templates, words, wrong


def _notes_not_messages(path: Path, tree: ast.Module) -> list[str]:
    """A report's note (``notes.append(…)``, ``report.keys += …``) built from a string
    instead of a Message: the GUI could not translate it."""
    wrong = []
    for node in ast.walk(tree):
        added: ast.expr | None = None
        if isinstance(node, ast.Call) and _name(node) == "append" and node.args:
            target = node.func.value if isinstance(node.func, ast.Attribute) else None
            if _names_notes(target):
                added = node.args[0]
        elif isinstance(node, ast.AugAssign) and _names_notes(node.target):
            added = node.value
        if added is not None and isinstance(added, ast.JoinedStr | ast.Constant | ast.BinOp):
            wrong.append(f"{path.name}:{node.lineno}: a note that is a string, not a Message")
    return wrong


def _names_notes(node: ast.expr | None) -> bool:
    name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", "")
    return name in ("notes", "keys")


def _wraps_what(node: ast.expr) -> bool:
    return (isinstance(node, ast.Name) and node.id == "what") or (
        isinstance(node, ast.Attribute) and node.attr == "what"
    )


def _sync_files() -> list[Path]:
    return sorted(Path(sync_package.__file__).parent.glob("*.py"))


def test_every_refusal_of_the_sync_layer_is_a_literal_template_in_the_catalogue() -> None:
    templates, words, wrong = sync_layer()
    assert len(templates) > 90, "the sync layer changed shape: no templates found"
    assert not wrong, wrong
    said = set(templates) | words
    assert said - CATALOGUE == set(), "add these to gui/pages/sync_messages.py and translate"
    assert CATALOGUE - said == set(), "no longer said by the sync layer: remove"
    assert words <= set(WORDS)
    assert set(NOTES) <= set(templates), "the notes of an import report are found too"


def test_every_template_is_given_exactly_its_values() -> None:
    templates, _, _ = sync_layer()
    bad = [
        (template, sorted(passed))
        for template, calls in templates.items()
        for passed in calls
        if set(PLACEHOLDER.findall(template)) != passed
    ]
    assert not bad, bad


def _translations(language: str) -> dict[str, ET.Element]:
    root = ET.parse(ROOT / "translations" / f"sync_{language}.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") == "SyncMessages":
            return {m.findtext("source") or "": m.find("translation") for m in context}
    return {}


@pytest.mark.parametrize("language", ["en", "ru", "zh_CN"])
def test_every_entry_is_translated_with_the_same_placeholders(language: str) -> None:
    found = _translations(language)
    missing = sorted(CATALOGUE - set(found))
    assert not missing, f"run scripts/update-translations.py sync and translate: {missing}"
    bad = []
    for source in sorted(CATALOGUE):
        translation = found[source]
        text = translation.text or ""
        if translation.get("type") == "unfinished" or not text.strip():
            bad.append(f"untranslated: {source}")
        elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            bad.append(f"placeholders differ: {source!r} -> {text!r}")
        elif language != "en" and text == source and source not in ("bundle_id",):
            bad.append(f"left in English: {source}")
    assert not bad, bad


@pytest.fixture
def rollback(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Kazakhstan has imported the Secretariat's consolidated bundle 2; bundle 1 is a
    rollback. Returns (KZ's home and store, bundle 1)."""
    kz_home, kz, kz_card = installation(tmp_path / "kz", "KZ", "Aigerim Saparova")
    sco_home, sco, sco_card = installation(tmp_path / "sco", "SECRETARIAT", "Wang Lei")
    trust_card(kz, sco_card, sco_card.kid)
    trust_card(sco, kz_card, kz_card.kid)
    kz.add("project", {"title": "Солнечная станция", "status": "idea"})
    export_bundle(kz, kz_home.keys_dir, PASSPHRASE, tmp_path / "kz-1.gbundle")
    import_bundle(sco_home, sco, tmp_path / "kz-1.gbundle")
    first, second = tmp_path / "c1.gbundle", tmp_path / "c2.gbundle"
    consolidate(sco, sco_home.keys_dir, PASSPHRASE, first)
    consolidate(sco, sco_home.keys_dir, PASSPHRASE, second)
    import_bundle(kz_home, kz, second)
    sco.engine.dispose()
    yield kz_home, kz, first
    kz.engine.dispose()


ROLLBACK = {
    "en": (
        "The bundle was refused; nothing was changed.\n"
        "This consolidated bundle (1) is older than the last one imported (2): "
        "it is refused as a rollback."
    ),
    "ru": (
        "Пакет отклонён; ничего не изменено.\n"
        "Этот сводный пакет (№ 1) старше последнего импортированного (№ 2): "
        "он отклонён как попытка отката."
    ),
    "zh_CN": (
        "数据包被拒绝；未做任何更改。\n"
        "此汇总数据包（1）早于最近导入的汇总数据包（2）：作为回滚予以拒绝。"
    ),
}


@pytest.mark.gui
@pytest.mark.parametrize("language", ["ru", "zh_CN", "en"])
def test_a_rollback_is_refused_in_the_persons_language(qtbot, rollback, language):
    kz_home, kz, first = rollback
    install_language(language)
    try:
        page = page_of(qtbot, kz_home, kz)
        wait(qtbot, page.import_panel.check(first))
        assert page.import_panel.message.is_refusal
        assert page.import_panel.message.text() == ROLLBACK[language]
        # Applying it for real notes the refusal; the history shows it translated too.
        with pytest.raises(BundleRefused):
            import_bundle(kz_home, kz, first)
        page.history_panel.refresh()
        assert summary_of(page.history_panel.rows[0]) == ROLLBACK[language].split("\n")[1]
    finally:
        install_language("en")


NESTED = {
    "ru": "Пакет отклонён: он не подписан ключом, которому этот компьютер доверяет для его "
    "отправителя.",
    "zh_CN": "此数据包被拒绝：它未由本机为其发送方所信任的密钥签名。",
}


@pytest.mark.gui
@pytest.mark.parametrize("language", ["ru", "zh_CN"])
def test_a_reason_inside_a_refusal_is_translated_on_its_own(language):
    refusal = BundleRefused(
        "This bundle is refused: {reason}.",
        reason=Message("it is not signed by a key this installation trusts for its sender"),
    )
    invalid = BundleRefused(
        "The bundle's change {number} ({entity} {record_id}) is invalid: {issues}. Refused whole.",
        number=3,
        entity="project",
        record_id="0190a5c4",
        issues=(Issue("title", "required", "this field is required"),),
    )
    damaged = BundleRefused(
        "This {what} is not a Green Belt bundle.", what=Message("forwarded bundle")
    )
    install_language(language)
    try:
        assert sync_message(refusal) == NESTED[language]
        said = sync_message(invalid)
        assert "3" in said and "0190a5c4" in said and "title: " in said
        assert "this field is required" not in said  # the form's own translation
        assert "forwarded" not in sync_message(damaged)
        # Refusals noted by older versions (text only) still show as they were written.
        row = {"outcome": "refused", "report": {"reason": "A key rotation is damaged."}}
        assert summary_of(row) != "A key rotation is damaged."
    finally:
        install_language("en")
    assert str(refusal) == (
        "This bundle is refused: it is not signed by a key this installation trusts for its sender."
    )
    assert str(invalid) == (
        "The bundle's change 3 (project 0190a5c4) is invalid: title: this field is required. "
        "Refused whole."
    )


@pytest.mark.gui
def test_codes_inside_a_refusal_are_named_in_the_persons_language():
    taken = BundleRefused(
        "The bundle's change {number} ({entity} {record_id}) is dated {days} days ahead of "
        "this computer: the sender's clock ({party}) is {days} days ahead. The bundle is "
        "refused.",
        number=3,
        entity="project",
        record_id="0190a5c4",
        days=40,
        party="KZ",
    )
    wrong_id = BundleRefused(
        "The bundle's reference entry for {list_name} {code} does not have the id its list "
        "and code give; the bundle is refused whole.",
        list_name="member_states",
        code="AZ",
    )
    shared = BundleRefused(
        "The bundle's change {number} ({entity} {record_id}) has sharing {sharing} where only "
        "'{level}' may travel; the bundle is refused.",
        number=2,
        entity="reference",
        record_id="0190a5c4",
        sharing="'private'",
        level="members",
    )
    unknown = BundleRefused(
        "The bundle's change {number} is of an unknown kind of record ({entity}); this "
        "version of Green Belt Desktop does not know it. Please update the application.",
        number=1,
        entity="'budget'",
    )
    install_language("ru")
    try:
        assert sync_message(taken) == (
            "Изменение 3 пакета (Проект 0190a5c4) датировано на 40 дн. вперёд относительно "
            "этого компьютера: часы отправителя (Казахстан) спешат на 40 дн. Пакет отклонён."
        )
        assert "Государства-члены AZ" in sync_message(wrong_id)
        said = sync_message(shared)
        assert "(Справочная запись 0190a5c4)" in said
        assert "«Все государства-члены»" in said and "'private'" in said
        assert "('budget')" in sync_message(unknown)  # not a code this version knows
    finally:
        install_language("en")
    assert str(taken) == (
        "The bundle's change 3 (project 0190a5c4) is dated 40 days ahead of this computer: "
        "the sender's clock (KZ) is 40 days ahead. The bundle is refused."
    )


FILE_PROBLEM = {
    "ru": "Не удалось прочитать или записать файл /media/usb/kz.gbundle: такого файла или "
    "папки нет.",
    "zh_CN": "无法读取或写入文件 /media/usb/kz.gbundle：该文件或文件夹不存在。",
}


@pytest.mark.gui
@pytest.mark.parametrize("language", ["ru", "zh_CN"])
def test_a_file_that_cannot_be_used_is_said_in_the_persons_language(language):
    missing = FileNotFoundError(errno.ENOENT, "No such file or directory", "/media/usb/kz.gbundle")
    install_language(language)
    try:
        assert sync_message(missing) == FILE_PROBLEM[language]
    finally:
        install_language("en")


def test_the_ledger_keeps_the_template_and_its_values(rollback) -> None:
    kz_home, kz, first = rollback
    with pytest.raises(BundleRefused) as refused:
        import_bundle(kz_home, kz, first)
    row = history(kz, kz_home.path)[-1]
    assert row["report"]["reason"] == str(refused.value)
    kept = Message.from_json(row["report"]["message"])
    assert kept == refused.value.message
    assert str(kept) == str(refused.value)


@pytest.fixture
def notes(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Imports that note something. Kazakhstan wrote bundles 1 and 2 (2 carries 1's
    changes again) and China bundle 1; the Secretariat applied KZ's 2 and CN's 1, so
    KZ's 1 is superseded there. Its consolidated bundle acknowledges KZ's bundle 2,
    teaches Kazakhstan China's key and forwards both members' bundles.
    Returns (KZ's home and store, the Secretariat's, KZ's bundle 1, the consolidated
    bundle, China's key card)."""
    kz_home, kz, kz_card = installation(tmp_path / "kz", "KZ", "Aigerim Saparova")
    cn_home, cn, cn_card = installation(tmp_path / "cn", "CN", "Li Wei")
    sco_home, sco, sco_card = installation(tmp_path / "sco", "SECRETARIAT", "Wang Lei")
    for member, card in ((kz, kz_card), (cn, cn_card)):
        trust_card(member, sco_card, sco_card.kid)
        trust_card(sco, card, card.kid)
    kz.add("project", {"title": "Солнечная станция", "status": "idea"})
    export_bundle(kz, kz_home.keys_dir, PASSPHRASE, tmp_path / "kz-1.gbundle")
    kz.add("project", {"title": "Ветровой парк", "status": "idea"})
    export_bundle(kz, kz_home.keys_dir, PASSPHRASE, tmp_path / "kz-2.gbundle")
    cn.add("project", {"title": "太阳能电站", "status": "idea"})
    export_bundle(cn, cn_home.keys_dir, PASSPHRASE, tmp_path / "cn-1.gbundle")
    import_bundle(sco_home, sco, tmp_path / "kz-2.gbundle")
    import_bundle(sco_home, sco, tmp_path / "cn-1.gbundle")
    consolidated = tmp_path / "c1.gbundle"
    consolidate(sco, sco_home.keys_dir, PASSPHRASE, consolidated)
    cn.engine.dispose()
    yield (kz_home, kz), (sco_home, sco), tmp_path / "kz-1.gbundle", consolidated, cn_card
    kz.engine.dispose()
    sco.engine.dispose()


def test_notes_are_messages_of_the_catalogue_and_english_on_the_command_line(notes) -> None:
    (kz_home, kz), (sco_home, sco), superseded, consolidated, cn_card = notes
    at_sco = import_bundle(sco_home, sco, superseded, dry_run=True)
    at_kz = import_bundle(kz_home, kz, consolidated, dry_run=True)
    said = [*at_sco.notes, *at_kz.notes, *at_kz.keys, *(f["outcome"] for f in at_kz.forwarded)]
    assert all(isinstance(note, Message) and note.template in NOTES for note in said), said
    # The command line's text and JSON are the English sentences, as they always were.
    assert at_sco.as_json()["notes"] == [
        "superseded: a later bundle from this device (2) was already applied; only newer "
        "versions in this one were taken"
    ]
    assert "  note: the Secretariat acknowledged our bundle 2" in at_kz.lines()
    fingerprint = group_fingerprint(cn_card.kid)[:9]
    assert at_kz.as_json()["keys"] == [f"learned CN key {fingerprint}… (active)"]
    assert {f["outcome"] for f in at_kz.as_json()["forwarded"]} == {"applied"}
    assert "  forwarded bundle 1 from CN: applied" in at_kz.lines()


NOTED = {
    "ru": (
        "Пакет устарел: более поздний пакет с этого устройства (№ 2) уже применён; из этого "
        "пакета взяты только более новые версии записей",
        "Секретариат ШОС подтвердил получение нашего пакета № 2",
        "Получен ключ {fingerprint}… стороны Китай (действующий)",
        "Пересланный пакет № 1, отправитель — Китай: применён",
    ),
    "zh_CN": (
        "本数据包已被取代：此设备较新的第 2 号数据包已经应用；本数据包中只采用了更新的版本",
        "上合组织秘书处已确认收到我方第 2 号数据包",
        "已获取 中国 的密钥 {fingerprint}…（有效）",
        "来自 中国 的转发数据包第 1 号：已应用",
    ),
}
ENGLISH = re.compile(
    r"\b(superseded|acknowledged|learned|applied|active|bundle|device|key|from|the|our|"
    r"Secretariat|China|Kazakhstan|CN|KZ)\b",
    re.IGNORECASE,
)


@pytest.mark.gui
@pytest.mark.parametrize("language", ["ru", "zh_CN"])
def test_an_import_reports_its_notes_in_the_persons_language(qtbot, notes, language):
    (kz_home, kz), (sco_home, sco), superseded, consolidated, cn_card = notes
    fingerprint = group_fingerprint(cn_card.kid)[:9]
    late, acknowledged, learned, forwarded = NOTED[language]
    install_language(language)
    try:
        # The pages are kept: a panel lives only as long as its page.
        sco_page = page_of(qtbot, sco_home, sco)
        at_sco = sco_page.import_panel
        wait(qtbot, at_sco.check(superseded))
        assert not at_sco.message.is_refusal, at_sco.message.text()
        shown = at_sco.verification.text()
        assert f"• {late}" in shown.splitlines()
        assert not ENGLISH.search(shown), shown

        kz_page = page_of(qtbot, kz_home, kz)
        at_kz = kz_page.import_panel
        wait(qtbot, at_kz.check(consolidated))
        assert not at_kz.message.is_refusal, at_kz.message.text()
        shown = at_kz.verification.text()
        lines = shown.splitlines()
        assert f"• {acknowledged}" in lines
        assert f"• {learned.format(fingerprint=fingerprint)}" in lines
        assert forwarded in lines
        assert not ENGLISH.search(shown.replace(fingerprint, "")), shown
    finally:
        install_language("en")
