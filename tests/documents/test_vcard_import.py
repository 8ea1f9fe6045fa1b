"""The dialects of address books (charsets, encodings, line ends), cards left out, and which
contact a card is on re-import (UID, then e-mail; names never refuse)."""

from __future__ import annotations

import binascii
import os
from pathlib import Path

import pytest

from greenbelt_desktop.documents.vcard import (
    MAX_VCF_BYTES,
    AddressBookRefused,
    import_address_book,
)
from greenbelt_desktop.store.records import Store

ORG_RU = "Министерство экологии, геологии и природных ресурсов"
NOTE_RU = "Прямая линия; по вторникам\r\nЗвонить до 18:00, не позже"


def _outlook_1251() -> bytes:
    """A card as Outlook on a Russian-language Windows writes it (vCard 2.1, windows-1251:
    CHARSET on the lines it marks, a quoted-printable note with a soft line break)."""
    note = binascii.b2a_qp(NOTE_RU.encode("cp1251"), istext=False).decode("ascii")
    note = note.replace("=\n", "")
    cut = note.rfind("=", 0, 60)  # a soft line break between two escapes
    note = note[:cut] + "=\r\n" + note[cut:]
    lines = [
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N;LANGUAGE=ru;CHARSET=Windows-1251:Сапарова;Айгерим",
        "FN:Айгерим Сапарова",  # Outlook leaves CHARSET off some lines
        f"ORG;CHARSET=Windows-1251:{ORG_RU};Департамент климата",
        "TITLE;CHARSET=Windows-1251:Главный эксперт, климат",
        f"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1251:{note}",
        "TEL;WORK;VOICE:+7 7172 74 00 00",
        "TEL;WORK;FAX:+7 7172 74 00 01",
        "ADR;WORK;PREF;CHARSET=Windows-1251:;;ул. Мангилик Ел, 8;Астана;;010000;Казахстан",
        "EMAIL;PREF;INTERNET:a.saparova@ecogeo.gov.kz",
        "BDAY:19800322",
        "END:VCARD",
        "",
    ]
    return "\r\n".join(lines).encode("cp1251")


def _only(store: Store) -> dict:
    (record,) = list(store.iter_records("contact"))
    return record.data


def test_outlook_windows_1251_with_quoted_printable(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "outlook.vcf"
    path.write_bytes(_outlook_1251())
    report = import_address_book(store, path)
    assert report.counts()["new"] == 1 and not report.skipped
    data = _only(store)
    assert data["full_name"] == "Айгерим Сапарова"
    assert data["title"] == "Главный эксперт, климат"
    assert data["phones"] == ["+7 7172 74 00 00 (work)", "+7 7172 74 00 01 (work, fax)"]
    assert data["email"] == "a.saparova@ecogeo.gov.kz" and data["country"] == "KZ"
    assert data["notes"].split("\n") == [
        "Прямая линия; по вторникам",
        "Звонить до 18:00, не позже",
        f"Organisation: {ORG_RU}",
        "Department: Департамент климата",
        "Birthday: 1980-03-22",
        "Address (work): ул. Мангилик Ел, 8, Астана, 010000, Казахстан",
    ]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_byte_order_marks_and_utf16(store: Store, tmp_path: Path, codec: str) -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李伟\r\nFN;LANGUAGE=und-Latn:Li Wei\r\nEND:VCARD\r\n"
    path = tmp_path / "u.vcf"
    content = text.encode(codec)
    if codec == "utf-16-be":
        content = b"\xfe\xff" + content
    path.write_bytes(content)
    import_address_book(store, path)
    data = _only(store)
    assert (data["full_name"], data["full_name_latin"]) == ("李伟", "Li Wei")


def test_lowercase_quoted_printable_is_text_not_bytes(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "android.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"FN;charset=utf-8;encoding=quoted-printable:=D0=90=D0=B9=D0=B3=D0=B5=D1=80=D0=B8=\r\n"
        b"=D0=BC\r\nEND:VCARD\r\n"
    )
    import_address_book(store, path)
    assert _only(store)["full_name"] == "Айгерим"


def test_apple_cr_cr_lf_profile_and_escaped_colons(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "apple.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nPROFILE:VCard\r\r\nFN:Ann Lee\r\r\n"
        b"NOTE:Call after 10\\:00\\, please\r\r\n  (office)\r\r\nURL:http\\://example.org\r\r\n"
        b"END:VCARD\r\r\n"
    )
    import_address_book(store, path)
    data = _only(store)
    assert data["full_name"] == "Ann Lee"
    assert data["notes"] == "Call after 10:00, please (office)\nWeb: http://example.org"


def test_unescaped_commas_are_kept_whole(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "gmail.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Mr. John Richter, James Doe Sr.\n"
        "ORG:Company, The;Research, Development\nTITLE:Head, Unit B\n"
        "NOTE:First, second, third\nEND:VCARD\n",
        encoding="utf-8",
    )
    import_address_book(store, path)
    data = _only(store)
    assert data["full_name"] == "Mr. John Richter, James Doe Sr."
    assert data["title"] == "Head, Unit B"
    assert data["notes"].split("\n") == [
        "First, second, third",
        "Organisation: Company, The",
        "Department: Research, Development",
    ]


def test_a_card_without_a_name_is_named_after_its_e_mail_or_organisation(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "p.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\nVERSION:3.0\nEMAIL:desk@unep.org\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nORG:UNEP\nTEL:+254 20 762 1234\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nTEL:+254 20 762 0000\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Broken\nPHOTO;ENCODING=b:@@@not base64\nEND:VCARD\n"
        b"BEGIN:VCARD\nVERSION:3.0\nFN:Bad byte \xff here\nEND:VCARD\n"
    )
    dry = import_address_book(store, path, dry_run=True)
    assert store.count("contact") == 0 and not dry.written
    report = import_address_book(store, path)
    assert dry.lines() == report.lines() and dry.counts() == report.counts()
    assert report.lines() == [
        "Left out: card 3: it has no name, no e-mail and no organisation",
        "Note: card 1 (desk@unep.org): no name; named after its e-mail",
        "Note: card 2 (UNEP): no name; named after its organisation",
        "1 photo(s) and logo(s) were not imported: contacts here have none.",
    ]
    assert report.summary() == "Imported: 4 new, 0 changed, 0 unchanged, 1 left out."
    names = sorted(r.data["full_name"] for r in store.iter_records("contact"))
    assert names == ["Bad byte ÿ here", "Broken", "UNEP", "desk@unep.org"]


PHONE_BOOK = """BEGIN:VCARD
VERSION:3.0
UID:{uid}
FN:Li Wei
TEL;TYPE=CELL:{phone}
END:VCARD
"""


def test_a_phone_books_own_uid_matches_on_re_import(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "phone.vcf"
    uid = "0e7602cc-443e-4b82-b4b1-90f62f99a199:ABPerson"
    path.write_text(PHONE_BOOK.format(uid=uid, phone="+86 1"), encoding="utf-8")
    assert import_address_book(store, path).counts()["new"] == 1
    path.write_text(PHONE_BOOK.format(uid=uid, phone="+86 2"), encoding="utf-8")
    assert import_address_book(store, path).counts() == {"new": 0, "changed": 1, "unchanged": 0}
    assert _only(store)["phones"] == ["+86 2 (mobile)"]


def test_matching_by_e_mail_then_names_never_refuse(store: Store, tmp_path: Path) -> None:
    held = store.add("contact", {"full_name": "A. Saparova", "email": "as@ecogeo.gov.kz"})
    store.add("contact", {"full_name": "Ivan Petrov"})
    store.add("contact", {"full_name": "Ivan Petrov"})
    path = tmp_path / "book.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Aigerim Saparova\nEMAIL:AS@ecogeo.gov.kz\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ivan Petrov\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:John Smith\nEMAIL:js1@example.org\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:John Smith\nEMAIL:js2@example.org\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:J. Smith\nEMAIL:js2@example.org\nTITLE:x\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Mary Jones\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Mary Jones\nEND:VCARD\n",
        encoding="utf-8",
    )
    report = import_address_book(store, path)
    assert report.counts() == {"new": 5, "changed": 1, "unchanged": 0}
    assert report.skipped == ["card 5 (J. Smith): the same contact as card 4 (same e-mail or UID)"]
    assert store.get("contact", held).data["full_name"] == "Aigerim Saparova"
    names = sorted(r.data["full_name"] for r in store.iter_records("contact"))
    assert names.count("Ivan Petrov") == 3 and names.count("John Smith") == 2
    assert names.count("Mary Jones") == 2
    again = import_address_book(store, path)
    assert again.counts() == {"new": 0, "changed": 0, "unchanged": 6}
    assert len(again.skipped) == 1
    assert store.count("contact") == 8


def test_a_file_above_the_limit_is_refused_before_reading(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "huge.vcf"
    with path.open("wb") as out:
        out.truncate(MAX_VCF_BYTES + 1)
    with pytest.raises(AddressBookRefused, match=r"^huge.vcf is larger than 20 MB; split it\.$"):
        import_address_book(store, path)


def test_a_fifo_is_not_read(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "pipe.vcf"
    os.mkfifo(path)
    with pytest.raises(AddressBookRefused, match="there is no such file"):
        import_address_book(store, path)
