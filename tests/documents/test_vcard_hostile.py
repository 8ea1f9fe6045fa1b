"""Arbitrary bytes as an address book: one clear refusal, or cards that each import or are
left out with a line; never a traceback (Hypothesis, 300 files a run)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from greenbelt_desktop.documents.matching import Known
from greenbelt_desktop.documents.vcard import import_address_book
from greenbelt_desktop.documents.vcard_fields import card_fields
from greenbelt_desktop.documents.vcard_text import AddressBookRefused, read_cards
from greenbelt_desktop.documents.vocabulary import Vocabulary
from greenbelt_desktop.store.records import Store

LINES = st.sampled_from(
    [
        b"BEGIN:VCARD",
        b"END:VCARD",
        b"VERSION:2.1",
        b"VERSION:3.0",
        b"FN;CHARSET=windows-1251:\xc8\xe2\xe0\xed",
        b"N;ENCODING=QUOTED-PRINTABLE:=D0=90=",
        b"=",
        b"ORG:A, B;C\\;D",
        b"TEL;WORK;FAX:+1",
        b"EMAIL;TYPE=INTERNET:x@y",
        b"ADR:;;;;;;",
        b"PHOTO;ENCODING=b:AAAA",
        b" folded",
        b"item1.X-ABLabel:_$!<x>!$_",
        b"CATEGORIES:a,b\\,c",
        b"BDAY:1980",
        b"NOTE;CHARSET=no-such-charset:x",
        b"\xff\xfe",
        b"",
    ]
)
FILES = st.one_of(
    st.binary(max_size=400),
    st.lists(st.one_of(LINES, st.binary(max_size=20)), max_size=30).map(b"\r\n".join),
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(content=FILES)
def test_any_bytes_give_cards_or_one_refusal(store: Store, content: bytes) -> None:
    vocab = Vocabulary(store.reference, "en")
    known = Known(store, ["contact", "organisation"])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.vcf"
        path.write_bytes(content)
        try:
            cards = read_cards(path)
        except AddressBookRefused as refusal:
            assert "\n" not in str(refusal)
            return
        for card in cards:
            fields = card_fields(card, vocab, known)
            assert isinstance(fields.data["full_name"], str)
        report = import_address_book(store, path, dry_run=True)
    assert len(report.results) + len(report.skipped) == len(cards)
    assert not report.written and store.count("contact") == 0
