""".ics and .vcf exports parsed back by two independent parsers; .vcf import like a workbook's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from greenbelt_desktop.documents.ics import export_calendar
from greenbelt_desktop.documents.vcard import (
    AddressBookRefused,
    export_address_book,
    import_address_book,
)
from greenbelt_desktop.domain.ids import new_id
from greenbelt_desktop.store.records import Store

TIMED = {
    "title": "Заседание Группы экспертов",
    "kind": "ewg_meeting",
    "status": "confirmed",
    "start": "2026-05-14T09:30:00+05:00",
    "end": "2026-05-14T17:00:00+05:00",
    "timezone": "Asia/Almaty",
    "venue": "Дворец независимости",
    "city": "Астана",
    "country": "KZ",
    "description": "Доклады делегаций",
}
ALL_DAY = {
    "title": "中国—亚欧博览会",
    "kind": "fair",
    "start": "2026-09-26",
    "end": "2026-09-29",
    "country": "CN",
}


def test_ics_parses_back_with_zones_and_stable_uids(store: Store, tmp_path: Path) -> None:
    timed, all_day = store.add("event", TIMED), store.add("event", ALL_DAY)
    path = tmp_path / "events.ics"
    assert export_calendar(store, path) == 2
    raw = path.read_bytes()

    calendar = icalendar.Calendar.from_ical(raw)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {timed, all_day}
    meeting = events[timed]
    start = meeting.decoded("DTSTART")
    assert start == dt.datetime(2026, 5, 14, 9, 30, tzinfo=ZoneInfo("Asia/Almaty"))
    assert meeting["DTSTART"].params["TZID"] == "Asia/Almaty"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Almaty"]
    assert "Дворец независимости" in str(meeting["LOCATION"])
    assert "Доклады делегаций" in str(meeting["DESCRIPTION"])
    assert str(meeting["STATUS"]) == "CONFIRMED"
    fair = events[all_day]
    assert fair.decoded("DTSTART") == dt.date(2026, 9, 26)
    assert fair.decoded("DTEND") == dt.date(2026, 9, 30)  # exclusive end

    # A second, independent parser reads the same file.
    parsed = vobject.readOne(raw.decode("utf-8"))
    by_uid = {e.uid.value: e for e in parsed.vevent_list}
    assert by_uid[timed].dtstart.value.utcoffset() == dt.timedelta(hours=5)
    assert by_uid[timed].summary.value == TIMED["title"]

    # Re-exporting after a change keeps the UID and raises SEQUENCE.
    first_sequence = int(meeting["SEQUENCE"])
    store._now = lambda: dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)
    store.update("event", timed, {"status": "held"})
    export_calendar(store, path)
    again = icalendar.Calendar.from_ical(path.read_bytes())
    updated = next(e for e in again.walk("VEVENT") if str(e["UID"]) == timed)
    assert int(updated["SEQUENCE"]) > first_sequence
    assert len(again.walk("VEVENT")) == 2


def _contact(store: Store) -> tuple[str, str]:
    org = store.add(
        "organisation", {"name": "Министерство экологии", "kind": "ministry", "country": "KZ"}
    )
    person = store.add(
        "contact",
        {
            "full_name": "Айгерим Сапарова",
            "full_name_latin": "Aigerim Saparova",
            "title": "Главный эксперт",
            "organisation": org,
            "country": "KZ",
            "roles": ["national_representative"],
            "email": "a.saparova@ecogeo.gov.kz",
            "emails": ["aigerim@example.kz"],
            "phones": ["+7 7172 74 00 00"],
            "languages": ["kk", "ru"],
            "notes": "Прямая линия; по вторникам",
        },
    )
    return org, person


def test_vcard_parses_back_and_reimport_is_a_no_op(store: Store, tmp_path: Path) -> None:
    _, person = _contact(store)
    path = tmp_path / "contacts.vcf"
    assert export_address_book(store, path) == 1
    text = path.read_text(encoding="utf-8")

    card = vobject.readOne(text)
    assert card.version.value == "4.0"
    assert card.uid.value == f"urn:uuid:{person}"
    names = {n.value: n.params for n in card.fn_list}
    assert names["Aigerim Saparova"]["LANGUAGE"] == ["und-Latn"]
    assert "Айгерим Сапарова" in names
    assert card.org.value == ["Министерство экологии"]
    assert card.title.value == "Главный эксперт"
    assert [e.value for e in card.email_list] == ["a.saparova@ecogeo.gov.kz", "aigerim@example.kz"]
    assert card.tel.value == "+7 7172 74 00 00"
    assert card.note.value == "Прямая линия; по вторникам"

    (other,) = icalendar.Component.from_ical(text, multiple=True)
    assert other.name == "VCARD" and str(other["UID"]) == f"urn:uuid:{person}"

    report = import_address_book(store, path)
    assert report.counts() == {"new": 0, "changed": 0, "unchanged": 1}
    assert store.count("contact") == 1


PHONE_EXPORT = """BEGIN:VCARD
VERSION:3.0
N:Ли;Вэй;;;
FN:李伟
TEL;TYPE=CELL:+86 138 0000 0000
EMAIL;TYPE=INTERNET,PREF:li.wei@example.cn
ORG:Министерство экологии;Отдел
TITLE:Engineer
CATEGORIES:Expert,Friends
END:VCARD
BEGIN:VCARD
VERSION:2.1
N:Smith;John
TEL;WORK:+1 555 0100
END:VCARD
"""


def test_phone_export_imports_links_organisation_and_is_idempotent(
    store: Store, tmp_path: Path
) -> None:
    org, _ = _contact(store)
    path = tmp_path / "phone.vcf"
    path.write_text(PHONE_EXPORT, encoding="utf-8")
    report = import_address_book(store, path)
    assert not report.problems, [str(p) for p in report.problems]
    assert report.counts()["new"] == 2
    contacts = {r.data["full_name"]: r.data for r in store.iter_records("contact")}
    li = contacts["李伟"]
    assert li["organisation"] == org and li["roles"] == ["expert"]
    assert li["email"] == "li.wei@example.cn" and li["phones"] == ["+86 138 0000 0000 (mobile)"]
    assert li["notes"] == "Department: Отдел"
    assert contacts["John Smith"]["phones"] == ["+1 555 0100 (work)"]
    assert import_address_book(store, path).counts() == {"new": 0, "changed": 0, "unchanged": 2}
    assert store.count("contact") == 3


def test_a_bad_e_mail_is_kept_in_the_notes_and_the_rest_imports(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "bad.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:4.0\nFN:Good Person\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Bad Person\nEMAIL:not-an-address\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nTEL:+7 700 000 00 00\nEND:VCARD\n",
        encoding="utf-8",
    )
    report = import_address_book(store, path)
    assert report.written and report.counts()["new"] == 2
    assert report.skipped == ["card 3: it has no name, no e-mail and no organisation"]
    assert report.notices == [
        "card 2 (Bad Person): the e-mail 'not-an-address' is not a valid address; kept in the notes"
    ]
    bad = next(r for r in store.iter_records("contact") if r.data["full_name"] == "Bad Person")
    assert bad.data["notes"] == "E-mail (not valid): not-an-address" and bad.data["email"] is None


def test_other_partys_contact_is_left_out_naming_its_owner(store: Store, tmp_path: Path) -> None:
    theirs = new_id()
    store.put_received(
        "contact", [(theirs, "CN", "0000000000001.0000.x", "secretariat", {"full_name": "王芳"})]
    )
    path = tmp_path / "c.vcf"
    export_address_book(store, path)
    assert import_address_book(store, path).counts()["unchanged"] == 1
    path.write_text(
        path.read_text(encoding="utf-8").replace("END:VCARD", "TITLE:Director\nEND:VCARD")
        + "BEGIN:VCARD\nVERSION:4.0\nFN:Mine\nEND:VCARD\n",
        encoding="utf-8",
    )
    report = import_address_book(store, path)
    assert report.counts()["new"] == 1
    assert "China (CN)" in report.skipped[0] and "王芳" in report.skipped[0]
    assert store.get("contact", theirs).data.get("title") is None


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"\xff\xfe\x00garbage", "no vCard"), (b"hello", "no vCard")],
)
def test_unreadable_address_books_are_refused(
    store: Store, tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "x.vcf"
    path.write_bytes(content)
    with pytest.raises(AddressBookRefused, match=reason):
        import_address_book(store, path)


def test_cli_calendar_and_cards(cli, tmp_path: Path) -> None:
    assert cli("init", "--party", "KZ", "--name", "A").code == 0
    assert cli("add", "event", "--json", "-", stdin=str(ALL_DAY).replace("'", '"')).code == 0
    result = cli("export", "ics", "--out", str(tmp_path / "e.ics"))
    assert result.code == 0 and "1 events" in result.out
    vcf = tmp_path / "p.vcf"
    vcf.write_text(PHONE_EXPORT, encoding="utf-8")
    result = cli("import", "vcard", str(vcf), "--dry-run")
    assert result.code == 0 and "2 new" in result.out, result.err
    assert "Dry run, nothing written: 2 new, 0 changed, 0 unchanged, 0 left out." in result.out
    result = cli("export", "vcard", "--out", str(tmp_path / "c.vcf"))
    assert result.code == 0 and "0 contacts" in result.out
    result = cli("export", "vcard", "--version", "3.0", "--out", str(tmp_path / "c3.vcf"))
    assert result.code == 0 and "(vCard 3.0)" in result.out
    (tmp_path / "bad.vcf").write_text("nothing", encoding="utf-8")
    result = cli("import", "vcard", str(tmp_path / "bad.vcf"))
    assert result.code == 1 and result.err.startswith("greenbelt: Refused:")
