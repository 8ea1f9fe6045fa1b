"""Contacts as vCard 4.0 (RFC 6350) or 3.0 (RFC 2426, for Outlook and older phones).

Each card is built and escaped by ``vobject`` and folded here: vobject counts a
line's 75 characters, RFC 6350 §3.2 and RFC 2426 §2.6 count octets, and a line of
Cyrillic or Chinese text is two or three times longer in octets. So vobject
writes unfolded lines and :func:`fold` folds them at 75 octets, never inside a
character.

Written in both versions: UID ``urn:uuid:<record id>``, FN in native script, N
(always: the name split at its last space into given and family names, the whole
name as family name when it has no space), ORG, TITLE, EMAIL, TEL with its types
(a phone recorded as ``905-999-1234 (work, fax)`` is written
``TEL;TYPE=work,fax:905-999-1234``), ADR with the country, CATEGORIES (roles),
NOTE, REV. Version 4.0 adds KIND, the Latin form of the name as an alternative FN
(``ALTID=1;LANGUAGE=und-Latn``), ``PREF=1`` on the main e-mail, ``VALUE=text`` on
phones and LANG; 3.0 writes the Latin form as ``X-PHONETIC-FIRST-NAME`` and
``X-PHONETIC-LAST-NAME`` (shown under the name by Apple and Google contacts) and
marks the main e-mail ``TYPE=INTERNET,PREF``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import vobject

from greenbelt_desktop.documents.output import atomic_output
from greenbelt_desktop.documents.vcard_fields import PHONE_WORDS
from greenbelt_desktop.documents.vocabulary import Vocabulary
from greenbelt_desktop.store.progress import CancelCheck, Progress, Tracker
from greenbelt_desktop.store.records import Record, Store

VERSIONS = ("4.0", "3.0")
LATIN = "und-Latn"
LINE_OCTETS = 75
_TYPE_OF_WORD = {word: code for code, word in PHONE_WORDS.items()}
_PHONE = re.compile(r"(?P<number>.+?) \((?P<words>[\w -]+(?:, [\w -]+)*)\)")


def fold(line: str) -> str:
    """One content line folded at 75 octets (CRLF and a space), characters kept whole."""
    if len(line.encode("utf-8")) <= LINE_OCTETS:
        return line + "\r\n"
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > LINE_OCTETS:
            pieces.append("".join(current))
            current, size = [" "], 1
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n".join(pieces) + "\r\n"


def _rev(text: str) -> str:
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(dt.UTC)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def phone_types(phone: str) -> tuple[str, list[str]]:
    """(the number, its vCard TYPE values) for a phone as recorded here."""
    match = _PHONE.fullmatch(phone)
    if match is None:
        return phone, []
    words = match["words"].split(", ")
    if not all(w in _TYPE_OF_WORD for w in words):
        return phone, []
    return match["number"], [_TYPE_OF_WORD[w] for w in words]


def _split_name(name: str) -> tuple[str, str]:
    given, _, family = name.rpartition(" ")
    return given, family


def _names(card: Any, data: dict[str, Any], version: str) -> None:
    native = card.add("fn")
    native.value = data["full_name"]
    given, family = _split_name(data["full_name"])
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    latin_name = data.get("full_name_latin")
    if not latin_name or latin_name == data["full_name"]:
        return
    if version == "4.0":
        native.params["ALTID"] = ["1"]
        latin = card.add("fn")
        latin.value = latin_name
        latin.params["ALTID"] = ["1"]
        latin.params["LANGUAGE"] = [LATIN]
    else:
        first, last = _split_name(latin_name)
        card.add("x-phonetic-first-name").value = first or last
        if first:
            card.add("x-phonetic-last-name").value = last


def _emails(card: Any, data: dict[str, Any], version: str) -> None:
    emails = [data["email"]] if data.get("email") else []
    emails += [e for e in data.get("emails") or [] if e not in emails]
    for number, address in enumerate(emails):
        line = card.add("email")
        line.value = address
        if number == 0 and data.get("email"):
            if version == "4.0":
                line.params["PREF"] = ["1"]
            else:
                line.params["TYPE"] = ["INTERNET", "PREF"]


def _phones(card: Any, data: dict[str, Any], version: str) -> None:
    for phone in data.get("phones") or []:
        line = card.add("tel")
        line.value, types = phone_types(phone)
        if types:
            line.params["TYPE"] = types
        if version == "4.0":
            line.params["VALUE"] = ["text"]


def _reach(card: Any, data: dict[str, Any], version: str) -> None:
    _emails(card, data, version)
    _phones(card, data, version)
    if version == "4.0":
        for number, language in enumerate(data.get("languages") or [], start=1):
            line = card.add("lang")
            line.value = language
            line.params["PREF"] = [str(number)]


def contact_card(
    record: Record, vocab: Vocabulary, organisation_name: str | None, version: str = "4.0"
) -> Any:
    data = record.data
    card = vobject.vCard()
    card.add("version").value = version
    card.add("uid").value = f"urn:uuid:{record.id}"
    if version == "4.0":
        card.add("kind").value = "individual"
    _names(card, data, version)
    if organisation_name:
        card.add("org").value = [organisation_name]
    if data.get("title"):
        card.add("title").value = data["title"]
    _reach(card, data, version)
    if data.get("country"):
        card.add("adr").value = vobject.vcard.Address(country=vocab.country(data["country"]))
    if data.get("roles"):
        card.add("categories").value = [vocab.label("contact_role", r) for r in data["roles"]]
    if data.get("notes"):
        card.add("note").value = data["notes"]
    card.add("rev").value = _rev(record.updated_at)
    return card


def serialise(card: Any) -> str:
    text = card.serialize(lineLength=10**9)
    return "".join(fold(line) for line in text.split("\r\n") if line)


def export_address_book(
    store: Store,
    path: Path,
    lang: str = "en",
    ids: Iterable[str] | None = None,
    record_filter: Callable[[Record], bool] | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    version: str = "4.0",
) -> int:
    if version not in VERSIONS:
        raise ValueError(f"vCard {version} is not written; choose 4.0 or 3.0")
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
            out.write(serialise(contact_card(record, vocab, name, version)))
            count += 1
        tracker.check()
    tracker.finish()
    return count
