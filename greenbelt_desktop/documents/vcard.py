"""Contacts from an address book (.vcf) and contacts as vCard 3.0 or 4.0.

Reading: :mod:`vcard_text` turns the file into cards (every program's dialect),
:mod:`vcard_fields` a card into a contact's fields, and this module decides
which contact each card is and writes them. Writing: :mod:`vcard_export`.

Which contact a card is (docs/spreadsheets.md, "Address book"):

1. its UID: a record id held here (a card this program exported), or the id this
   party derives from a phone's or Outlook's own UID (the same UID always gives
   the same contact, so a phone book imported twice is still one);
2. else its e-mail: a held contact with one of the card's addresses;
3. else, for a card without UID, the id derived from its name and its place
   among the cards of that name in the file; then a held contact of that name
   when it is the only one and no e-mail tells them apart.

Two cards with one name are two contacts unless their e-mails say they are one;
names never make an import refuse. A card that cannot become a contact (no name,
no e-mail, no organisation), or that would change another party's contact, is
left out with a line naming it; the rest imports, in one transaction. The dry
run runs the same code and only skips the write.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from greenbelt_desktop.documents.matching import Known, natural_key
from greenbelt_desktop.documents.sheets import fold
from greenbelt_desktop.documents.vcard_export import VERSIONS, export_address_book
from greenbelt_desktop.documents.vcard_fields import CardFields, card_fields
from greenbelt_desktop.documents.vcard_text import (
    MAX_CARDS,
    MAX_VCF_BYTES,
    AddressBookRefused,
    Card,
    read_cards,
)
from greenbelt_desktop.documents.vocabulary import Vocabulary
from greenbelt_desktop.documents.xlsx_import import (
    CHANGED,
    NEW,
    UNCHANGED,
    ImportReport,
    RowResult,
)
from greenbelt_desktop.domain.ids import normalise_uuid
from greenbelt_desktop.domain.validation import RecordInvalid, validate_record
from greenbelt_desktop.store.batch import Write, write_batch
from greenbelt_desktop.store.progress import CancelCheck, Progress, Tracker
from greenbelt_desktop.store.records import Record, Store

__all__ = [
    "MAX_CARDS",
    "MAX_VCF_BYTES",
    "VERSIONS",
    "AddressBookRefused",
    "AddressBookReport",
    "export_address_book",
    "import_address_book",
    "read_cards",
]

# Ids derived from a card: uuid5 in this namespace, over the importing party and the key.
CARD_NAMESPACE = uuid.UUID("6f0e4c1a-61b5-4d0e-9a43-1c8a2f6f3b7d")


@dataclass
class AddressBookReport(ImportReport):
    """An import's counts, the cards left out and the notes on cards imported."""

    skipped: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    photos: int = 0
    unreadable_lines: int = 0

    def lines(self) -> list[str]:
        """What the person reads besides the counts (the dry run's are the import's)."""
        lines = [f"Left out: {line}" for line in self.skipped]
        lines += [f"Note: {line}" for line in self.notices]
        if self.photos:
            lines.append(
                f"{self.photos} photo(s) and logo(s) were not imported: contacts here have none."
            )
        if self.unreadable_lines:
            lines.append(f"{self.unreadable_lines} unreadable line(s) were left out.")
        return lines

    def summary(self) -> str:
        counts = self.counts()
        text = (
            f"{counts[NEW]} new, {counts[CHANGED]} changed, {counts[UNCHANGED]} unchanged"
            f", {len(self.skipped)} left out"
        )
        return f"Dry run, nothing written: {text}." if self.dry_run else f"Imported: {text}."


def derived_id(party: str, kind: str, key: str) -> str:
    return str(uuid.uuid5(CARD_NAMESPACE, f"{party}\n{kind}\n{key}"))


def _card_uid(card: Card) -> str:
    prop = card.first("UID")
    return prop.value.strip() if prop is not None else ""


def _held_uid(text: str) -> str | None:
    try:
        return normalise_uuid(text.removeprefix("urn:uuid:"))
    except ValueError:
        return None


class Matcher:
    """Which held contact a card is (see the module's docstring), and which cards of
    this file are one contact."""

    def __init__(self, store: Store, known: Known, party: str) -> None:
        self.known, self.party = known, party
        self.by_email: dict[str, list[str]] = {}
        for record in store.iter_records("contact"):
            for address in [record.data.get("email"), *(record.data.get("emails") or [])]:
                if address:
                    self.by_email.setdefault(str(address).casefold(), []).append(record.id)
        self.claimed: dict[str, int] = {}  # record id → the card that took it
        self.new_emails: dict[str, str] = {}  # address → record id of a card of this file
        self.name_seen: Counter[str] = Counter()

    def _held(self, record_id: str | None) -> Record | None:
        return None if record_id is None else self.known.get("contact", record_id)

    def match(self, card: Card, fields: CardFields) -> tuple[str, Record | None]:
        """(the record id the card is, the held record or None for a new contact)."""
        uid = _card_uid(card)
        name_key = fold(str(fields.data["full_name"]))
        self.name_seen[name_key] += 1
        if uid:
            for candidate in (_held_uid(uid), derived_id(self.party, "uid", uid)):
                if (held := self._held(candidate)) is not None:
                    return held.id, held
        for address in fields.keys:
            if address in self.new_emails:
                return self.new_emails[address], None
            ids = self.by_email.get(address, [])
            if ids:
                held = self.known.get("contact", sorted(ids)[0])
                if held is not None:
                    return held.id, held
        if uid:
            return derived_id(self.party, "uid", uid), None
        ordinal = f"{name_key}#{self.name_seen[name_key]}"
        candidate = derived_id(self.party, "name", ordinal)
        if (held := self._held(candidate)) is not None:
            return held.id, held
        key = natural_key("contact", fields.data)
        ids = self.known.by_natural("contact", key) if key else []
        if len(ids) == 1:
            held = self.known.get("contact", ids[0])
            if held is not None and not (fields.keys and held.data.get("email")):
                return held.id, held
        return candidate, None

    def claim(self, record_id: str, number: int, fields: CardFields) -> int | None:
        """The card that already took this contact, or None (then this card takes it)."""
        if record_id in self.claimed:
            return self.claimed[record_id]
        self.claimed[record_id] = number
        for address in fields.keys:
            self.new_emails.setdefault(address, record_id)
        return None


def _validated(
    fields: CardFields, existing: Record | None, store: Store
) -> tuple[dict[str, Any] | None, list[str]]:
    """The record's data, valid; a field that is not is left out with a line saying so."""
    given = {k: v for k, v in fields.data.items() if v not in (None, [])}
    data = {**existing.data, **given} if existing is not None else given
    dropped: list[str] = []
    for _ in range(3):
        try:
            return validate_record("contact", data, store.reference), dropped
        except RecordInvalid as error:
            bad = {issue.field.split(".")[0].split("[")[0] for issue in error.issues}
            if not bad or "full_name" in bad or "" in bad:
                return None, [f"{i.field or 'contact'}: {i.message}" for i in error.issues]
            for name in sorted(bad):
                dropped.append(f"{name} left out: {data.pop(name, None)!r} is not valid")
    return None, dropped


def _describe(card: Card, fields: CardFields) -> str:
    name = str(fields.data.get("full_name") or "")
    return f"card {card.number} ({name})" if name else f"card {card.number}"


def _decide(
    card: Card,
    fields: CardFields,
    matcher: Matcher,
    store: Store,
    party: str,
    report: AddressBookReport,
) -> Write | None:
    where = _describe(card, fields)
    if not fields.data["full_name"]:
        report.skipped.append(f"{where}: it has no name, no e-mail and no organisation")
        return None
    record_id, existing = matcher.match(card, fields)
    earlier = matcher.claim(record_id, card.number, fields)
    if earlier is not None:
        report.skipped.append(f"{where}: the same contact as card {earlier} (same e-mail or UID)")
        return None
    if existing is not None and existing.deleted:
        report.skipped.append(f"{where}: this contact was deleted here; restore it first")
        return None
    clean, dropped = _validated(fields, existing, store)
    if clean is None:
        report.skipped.append(f"{where}: " + "; ".join(dropped))
        return None
    report.notices += [f"{where}: {line}" for line in fields.notices + dropped]
    title = str(clean["full_name"])
    result = RowResult(report.path.name, card.number, "contact", NEW, record_id, title)
    write: Write | None = Write("contact", record_id, clean)
    if existing is not None:
        if clean == existing.data:
            result.action, write = UNCHANGED, None
        elif existing.origin != party:
            owner = store.reference.party_name(existing.origin)
            report.skipped.append(
                f"{where}: belongs to {owner} ({existing.origin}); only its owner can change it"
            )
            return None
        else:
            result.action = CHANGED
            write = Write("contact", record_id, clean, create=False)
    report.results.append(result)
    return write


def import_address_book(
    store: Store,
    path: Path,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> AddressBookReport:
    """Every card that can be a contact, in one write; the report names the others."""
    path = Path(path)
    cards = read_cards(path)
    party = store.installation().party
    vocab = Vocabulary(store.reference, "en")
    known = Known(store, ["contact", "organisation"])
    matcher = Matcher(store, known, party)
    report = AddressBookReport(path, dry_run=dry_run)
    tracker = Tracker(len(cards), progress, cancelled)
    known.prefetch("contact", [h for c in cards if (h := _held_uid(_card_uid(c)))])
    writes: list[Write] = []
    for card in cards:
        tracker.advance()
        report.photos += len(card.binary)
        report.unreadable_lines += card.unreadable
        fields = card_fields(card, vocab, known)
        write = _decide(card, fields, matcher, store, party, report)
        if write is not None:
            writes.append(write)
    tracker.finish()
    if not dry_run and writes:
        write_batch(store, writes)
        report.written = True
    return report
