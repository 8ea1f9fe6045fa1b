"""vCard 4.0 and 3.0 exports: N always written, lines folded at 75 octets, read back by
independent readers (the ``vcard`` package's RFC 2426 validator, icalendar's content-line
parser) and by the importer, which finds every contact unchanged."""

from __future__ import annotations

import warnings
from pathlib import Path

import icalendar
import pytest
from vcard.vcard_validator import validate_file

from greenbelt_desktop.documents.vcard import export_address_book, import_address_book
from greenbelt_desktop.documents.vcard_export import fold
from greenbelt_desktop.store.records import Store

LONG_NOTE = "Прямая линия по вторникам и четвергам; " * 6  # 2 octets a letter


def _contacts(store: Store) -> tuple[str, str]:
    org = store.add(
        "organisation", {"name": "Министерство экологии", "kind": "ministry", "country": "KZ"}
    )
    person = store.add(
        "contact",
        {
            "full_name": "Айгерим Сапарова",
            "full_name_latin": "Aigerim Saparova",
            "title": "Главный эксперт, климат",
            "organisation": org,
            "country": "KZ",
            "email": "a.saparova@ecogeo.gov.kz",
            "emails": ["aigerim@example.kz"],
            "phones": ["+7 7172 74 00 00 (work)", "+7 7172 74 00 01 (work, fax)", "8 800 (x)"],
            "languages": ["kk", "ru"],
            "notes": LONG_NOTE.strip(),
        },
    )
    store.add("contact", {"full_name": "李伟"})
    return org, person


def _rfc2426_problems(path: Path, folder: Path) -> tuple[str, list[str]]:
    """The ``vcard`` validator's verdict. RFC 2426 defines text as octets (non-ASCII as
    0x80-0xFF, line length in octets); the validator reads its file as UTF-8 text, so it is
    given the file's octets one character each: the same lines, measured as the RFC does."""
    octets = folder / (path.stem + "-octets.vcf")
    octets.write_text(path.read_bytes().decode("latin-1"), encoding="utf-8", newline="")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        errors = str(validate_file(str(octets), verbose=False))
    return errors, [str(w.message)[:40] for w in caught]


def _octets(path: Path) -> list[int]:
    return [len(line) for line in path.read_bytes().split(b"\r\n")]


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_export_folds_at_75_octets_writes_n_and_re_imports_unchanged(
    store: Store, tmp_path: Path, version: str
) -> None:
    _, person = _contacts(store)
    path = tmp_path / f"contacts-{version}.vcf"
    assert export_address_book(store, path, version=version) == 2
    raw = path.read_bytes()
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(_octets(path)) <= 75 and max(_octets(path)) > 70  # folded, not just short
    raw.decode("utf-8")  # folds never cut a character

    cards = icalendar.Component.from_ical(raw.decode("utf-8"), multiple=True)
    assert [str(c["VERSION"]) for c in cards] == [version, version]
    first = next(c for c in cards if str(c["UID"]) == f"urn:uuid:{person}")
    assert "N" in first and all("N" in c for c in cards)
    assert (first["N"].fields.family, first["N"].fields.given) == ("Сапарова", "Айгерим")

    text = path.read_text(encoding="utf-8")
    assert "TEL;TYPE=work,fax" in text.replace("\r\n ", "") or version == "3.0"
    if version == "3.0":
        assert "X-PHONETIC-FIRST-NAME:Aigerim" in text and "ALTID" not in text
        assert "EMAIL;TYPE=INTERNET,PREF:a.saparova@ecogeo.gov.kz" in text
        assert _rfc2426_problems(path, tmp_path) == ("", [])
        unfolded = tmp_path / "unfolded.vcf"  # the validator does see over-long lines
        unfolded.write_bytes(raw.replace(b"\r\n ", b""))
        assert _rfc2426_problems(unfolded, tmp_path)[1]
    else:
        assert "FN;ALTID=1;LANGUAGE=und-Latn:Aigerim Saparova" in text
        assert "EMAIL;PREF=1:a.saparova@ecogeo.gov.kz" in text

    report = import_address_book(store, path)
    assert report.counts() == {"new": 0, "changed": 0, "unchanged": 2}, report.lines()


def test_fold_counts_octets_and_keeps_characters_whole() -> None:
    line = "NOTE:" + "й" * 100
    folded = fold(line)
    pieces = folded.encode("utf-8").split(b"\r\n")[:-1]
    assert all(len(p) <= 75 for p in pieces) and len(pieces) == 3
    assert (
        "".join(p.decode("utf-8")[1:] if i else p.decode("utf-8") for i, p in enumerate(pieces))
        == line
    )


def test_unknown_version_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"choose 4\.0 or 3\.0"):
        export_address_book(store, tmp_path / "x.vcf", version="2.1")
