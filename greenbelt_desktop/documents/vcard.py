"""Contacts as vCard 4.0 (RFC 6350) and contacts from a phone's or Outlook's .vcf.

Written and parsed with ``vobject``. vobject has no vCard 4.0 profile of its
own, but its generic serialiser writes 4.0 correctly when VERSION is 4.0
(same line folding and escaping as 3.0); nothing is assembled by hand.

Written: UID ``urn:uuid:<record id>``, KIND, FN in native script and (when
known) its Latin form as an alternative (``ALTID=1``, ``LANGUAGE=und-Latn``),
ORG (the organisation's name), TITLE, EMAIL (``PREF=1`` on the main one),
TEL as text, LANG, ADR with the country, CATEGORIES (roles), NOTE, REV.
No N: our names are not split into family and given names.

Read (the same validation and duplicate handling as workbooks): all cards or
none; a card is matched by its UID when that is a record id held here, else
by the contact's full name; an organisation is linked when its name matches
exactly one recorded organisation, otherwise the name goes into the notes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import vobject

from greenbelt_desktop.documents.matching import Known, natural_key
from greenbelt_desktop.documents.output import atomic_output
from greenbelt_desktop.documents.sheets import fold
from greenbelt_desktop.documents.vocabulary import Vocabulary
from greenbelt_desktop.documents.xlsx_import import (
    CHANGED,
    NEW,
    UNCHANGED,
    ImportReport,
    RowResult,
)
from greenbelt_desktop.documents.xlsx_read import Problem
from greenbelt_desktop.domain.ids import new_id, normalise_uuid
from greenbelt_desktop.domain.validation import RecordInvalid, validate_record
from greenbelt_desktop.store.batch import Write, write_batch
from greenbelt_desktop.store.progress import CancelCheck, Progress, Tracker
from greenbelt_desktop.store.records import Record, Store

MAX_VCF_BYTES = 20 * 1024 * 1024
MAX_CARDS = 100_000
LATIN = "und-Latn"
ORGANISATION_NOTE = "Organisation: "


class AddressBookRefused(Exception):
    """The file is not an address book we can read; nothing was written."""


def _rev(text: str) -> str:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(dt.UTC)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def contact_card(record: Record, vocab: Vocabulary, organisation_name: str | None) -> Any:
    data = record.data
    card = vobject.vCard()
    card.add("version").value = "4.0"
    card.add("uid").value = f"urn:uuid:{record.id}"
    card.add("kind").value = "individual"
    native = card.add("fn")
    native.value = data["full_name"]
    latin_name = data.get("full_name_latin")
    if latin_name and latin_name != data["full_name"]:
        native.params["ALTID"] = ["1"]
        latin = card.add("fn")
        latin.value = latin_name
        latin.params["ALTID"] = ["1"]
        latin.params["LANGUAGE"] = [LATIN]
    if organisation_name:
        card.add("org").value = [organisation_name]
    if data.get("title"):
        card.add("title").value = data["title"]
    emails = [data["email"]] if data.get("email") else []
    emails += [e for e in data.get("emails") or [] if e not in emails]
    for number, address in enumerate(emails):
        line = card.add("email")
        line.value = address
        if number == 0 and data.get("email"):
            line.params["PREF"] = ["1"]
    for phone in data.get("phones") or []:
        line = card.add("tel")
        line.value = phone
        line.params["VALUE"] = ["text"]
    for number, language in enumerate(data.get("languages") or [], start=1):
        line = card.add("lang")
        line.value = language
        line.params["PREF"] = [str(number)]
    if data.get("country"):
        card.add("adr").value = vobject.vcard.Address(country=vocab.country(data["country"]))
    if data.get("roles"):
        card.add("categories").value = [vocab.label("contact_role", r) for r in data["roles"]]
    if data.get("notes"):
        card.add("note").value = data["notes"]
    card.add("rev").value = _rev(record.updated_at)
    return card


def export_address_book(
    store: Store,
    path: Path,
    lang: str = "en",
    ids: Iterable[str] | None = None,
    record_filter: Callable[[Record], bool] | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    vocab = Vocabulary(store.reference, lang)
    wanted = set(ids) if ids is not None else None
    organisations = {r.id: str(r.data["name"]) for r in store.iter_records("organisation")}
    tracker = Tracker(store.count("contact"), progress, cancelled)
    count = 0
    with atomic_output(Path(path)) as temp, temp.open("w", encoding="utf-8", newline="") as out:
        for record in store.iter_records("contact", order_by="full_name"):
            tracker.advance()
            if wanted is not None and record.id not in wanted:
                continue
            if record_filter is not None and not record_filter(record):
                continue
            name = organisations.get(str(record.data.get("organisation") or ""))
            out.write(contact_card(record, vocab, name).serialize())
            count += 1
        tracker.check()
    tracker.finish()
    return count


# -- reading -------------------------------------------------------------------


def _values(card: Any, name: str) -> list[Any]:
    return list(card.contents.get(name, []))


def _text(line: Any) -> str:
    value = line.value
    if isinstance(value, list):
        value = ";".join(str(v) for v in value if v)
    return str(value).strip()


def _is_latin(line: Any) -> bool:
    languages = [str(v).lower() for v in line.params.get("LANGUAGE", [])]
    return any("latn" in v for v in languages)


def card_data(card: Any, vocab: Vocabulary, known: Known) -> dict[str, Any]:
    """The contact fields a card carries (only those: the rest of a record stays)."""
    data: dict[str, Any] = {}
    names = _values(card, "fn")
    latin = [_text(n) for n in names if _is_latin(n)]
    native = [_text(n) for n in names if not _is_latin(n)]
    if not native and latin:
        native = [latin.pop(0)]
    if not native and _values(card, "n"):
        parts = card.n.value
        native = [" ".join(p for p in (parts.given, parts.family) if p).strip()]
    data["full_name"] = native[0] if native else ""
    data["full_name_latin"] = latin[0] if latin else None
    titles = _values(card, "title")
    data["title"] = _text(titles[0]) if titles else None
    emails = _values(card, "email")
    emails.sort(key=_preferred_first)
    addresses = [_text(e) for e in emails if _text(e)]
    data["email"] = addresses[0] if addresses else None
    data["emails"] = addresses[1:]
    data["phones"] = [_text(t).removeprefix("tel:") for t in _values(card, "tel") if _text(t)]
    data["languages"] = [_text(x) for x in _values(card, "lang") if _text(x)]
    for adr in _values(card, "adr"):
        country = vocab.country_code(str(adr.value.country or ""))
        if country:
            data["country"] = country
            break
    roles = []
    for line in _values(card, "categories"):
        items = line.value if isinstance(line.value, list) else [line.value]
        roles += [code for item in items if (code := vocab.code("contact_role", str(item)))]
    if roles:
        data["roles"] = list(dict.fromkeys(roles))
    notes = [_text(n) for n in _values(card, "note") if _text(n)]
    for org in _values(card, "org"):
        name = (org.value[0] if isinstance(org.value, list) else str(org.value)).strip()
        ids = known.by_name("organisation", fold(name)) if name else []
        if len(ids) == 1:
            data["organisation"] = ids[0]
        elif name and not any(n.startswith(ORGANISATION_NOTE + name) for n in notes):
            notes.insert(0, ORGANISATION_NOTE + name)
        break
    data["notes"] = "\n".join(notes) or None
    return data


def _preferred_first(line: Any) -> int:
    types = [str(t).upper() for t in line.params.get("TYPE", [])]
    return 0 if line.params.get("PREF") or "PREF" in types else 1


def _uid(card: Any) -> str | None:
    uids = _values(card, "uid")
    if not uids:
        return None
    try:
        return normalise_uuid(_text(uids[0]).removeprefix("urn:uuid:"))
    except ValueError:
        return None


def read_cards(path: Path) -> list[Any]:
    path = Path(path)
    if not path.is_file():
        raise AddressBookRefused(f"{path.name}: there is no such file.")
    if path.stat().st_size > MAX_VCF_BYTES:
        raise AddressBookRefused(f"{path.name} is larger than 20 MB; split it.")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AddressBookRefused(
            f"{path.name} is not UTF-8 text; export the contacts as vCard in UTF-8."
        ) from None
    if "BEGIN:VCARD" not in text.upper():
        raise AddressBookRefused(f"{path.name} holds no vCard (no BEGIN:VCARD).")
    try:
        cards = [c for c in vobject.readComponents(text) if c.name.upper() == "VCARD"]
    except Exception as error:  # vobject raises several kinds on malformed input
        raise AddressBookRefused(f"{path.name} is not a valid vCard file ({error}).") from None
    if len(cards) > MAX_CARDS:
        raise AddressBookRefused(f"{path.name} has more than {MAX_CARDS:,} contacts; split it.")
    return cards


def import_address_book(
    store: Store,
    path: Path,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportReport:
    """All cards or none; problems name the card (its number and name) and the field."""
    path = Path(path)
    cards = read_cards(path)
    party = store.installation().party
    vocab = Vocabulary(store.reference, "en")
    known = Known(store, ["contact", "organisation"])
    report = ImportReport(path, dry_run=dry_run)
    tracker = Tracker(len(cards), progress, cancelled)
    writes: list[Write] = []
    claimed: dict[str, int] = {}

    def problem(number: int, name: str, field: str, message: str) -> None:
        where = f"card {number} ({name or '?'})"
        report.problems.append(Problem(where, number, None, field, message))

    known.prefetch("contact", [uid for card in cards if (uid := _uid(card))])
    for number, card in enumerate(cards, start=1):
        tracker.advance()
        fields = card_data(card, vocab, known)
        name = fields["full_name"]
        uid = _uid(card)
        existing = known.get("contact", uid) if uid else None
        if existing is None:
            key = natural_key("contact", fields)
            ids = known.by_natural("contact", key) if key else []
            if len(ids) > 1:
                problem(number, name, "", f"{len(ids)} contacts are already called '{name}'")
                continue
            existing = known.get("contact", ids[0]) if ids else None
        # A UID we do not hold is not reused: that id may belong to another party's record.
        record_id = existing.id if existing else new_id()
        if record_id in claimed:
            problem(number, name, "", f"the same contact as card {claimed[record_id]}")
            continue
        claimed[record_id] = number
        if existing is None:
            data = {k: v for k, v in fields.items() if v not in (None, [])}
        else:
            data = {**existing.data, **{k: v for k, v in fields.items() if v not in (None, [])}}
        try:
            clean = validate_record("contact", data, store.reference)
        except RecordInvalid as error:
            for issue in error.issues:
                problem(number, name, issue.field, issue.message)
            continue
        result = RowResult(path.name, number, "contact", NEW, record_id, str(clean["full_name"]))
        if existing is None:
            writes.append(Write("contact", record_id, clean))
        elif existing.deleted:
            problem(number, name, "", "this contact was deleted here; restore it first")
            continue
        elif clean == existing.data:
            result.action = UNCHANGED
        elif existing.origin != party:
            owner = store.reference.party_name(existing.origin)
            problem(
                number,
                name,
                "",
                f"belongs to {owner} ({existing.origin}); only its owner can change it",
            )
            continue
        else:
            result.action = CHANGED
            writes.append(Write("contact", record_id, clean, create=False))
        report.results.append(result)
    if not report.problems:
        tracker.finish()
        if not dry_run and writes:
            write_batch(store, writes)
            report.written = True
    return report
