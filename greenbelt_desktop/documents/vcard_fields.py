"""A card's properties as a contact's fields, and what does not fit, in its notes.

A contact has a name (native script, and its Latin form), a title, one
organisation, e-mail addresses, phones, languages, a country, roles and notes.
Everything else a card carries that a person would miss is kept as a line of
the notes, in a fixed order and wording so that importing the same card again
changes nothing: the card's own notes, then ``Organisation:`` (when no recorded
organisation has that name), ``Department:``, further organisations and titles,
``Role:``, ``Nickname:``, ``Birthday:``, ``Address (home):``, ``Web:``,
``E-mail (work):``. A phone keeps its types after the number, in words
(``905-999-1234 (work, fax)``); the export writes them back as TYPE parameters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from greenbelt_desktop.documents.matching import Known
from greenbelt_desktop.documents.sheets import fold
from greenbelt_desktop.documents.vcard_text import Card, Property
from greenbelt_desktop.documents.vocabulary import Vocabulary

ORGANISATION_NOTE = "Organisation: "
# vCard TEL types, in the words a phone list shows; "voice" and "pref" say nothing here.
PHONE_WORDS = {
    "cell": "mobile",
    "work": "work",
    "home": "home",
    "fax": "fax",
    "pager": "pager",
    "msg": "message",
    "video": "video",
    "text": "text",
    "textphone": "textphone",
    "car": "car",
    "isdn": "isdn",
    "modem": "modem",
    "main": "main",
    "iphone": "iphone",
    "assistant": "assistant",
    "assistantphone": "assistant",
}
SILENT_TYPES = frozenset({"voice", "pref", "internet", "x400", "other", "x-other"})
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


@dataclass
class CardFields:
    """What one card gives: the contact's fields and the lines the report shows."""

    data: dict[str, Any]
    notices: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)  # e-mail addresses, folded


def is_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)


def _tagged_latin(prop: Property) -> bool:
    return any("latn" in v.lower() for v in prop.params.get("LANGUAGE", []))


def _from_n(card: Card) -> str:
    n = card.first("N")
    if n is None:
        return ""
    parts = [*n.parts, "", "", "", "", ""][:5]
    family, given, additional, prefix, suffix = (p.replace("\n", " ").strip() for p in parts)
    return " ".join(p for p in (prefix, given, additional, family, suffix) if p)


def _phonetic(card: Card) -> str:
    keys = ("X-PHONETIC-FIRST-NAME", "X-PHONETIC-LAST-NAME")
    return " ".join(p.value for key in keys if (p := card.first(key)) and p.value)


def _latin_forms(card: Card, name: str, others: list[str]) -> list[str]:
    """Latin forms of a name in another script: other FNs in Latin, Apple's phonetic name."""
    if not name or is_latin(name):
        return []
    phonetic = _phonetic(card)
    return [v for v in others if is_latin(v)] + ([phonetic] if is_latin(phonetic) else [])


def names(card: Card) -> tuple[str, str | None]:
    """(the name in native script, its Latin form when the card carries one)."""
    fns = [p for p in card.all("FN") if p.value]
    latin = [p.value for p in fns if _tagged_latin(p)]
    native = [p.value for p in fns if not _tagged_latin(p)] or latin[:1]
    latin = [v for v in latin if v not in native[:1]]
    name = native[0] if native else _from_n(card)
    latin = latin or _latin_forms(card, name, native[1:])
    name = " ".join(name.split())
    return name, (" ".join(latin[0].split()) if latin and latin[0] != name else None)


def _words(prop: Property, card: Card) -> list[str]:
    words = [PHONE_WORDS.get(t, t) for t in prop.types if t not in SILENT_TYPES]
    label = card.label_of(prop.group).lower()
    if label and label not in SILENT_TYPES:
        words.append(PHONE_WORDS.get(label.replace(" ", ""), label))
    return list(dict.fromkeys(w for w in words if re.fullmatch(r"[\w -]{1,30}", w)))


def _preferred(prop: Property) -> bool:
    return "pref" in prop.types or bool(prop.params.get("PREF"))


def phones(card: Card) -> list[str]:
    found = sorted(card.all("TEL"), key=lambda p: not _preferred(p))
    result = []
    for prop in found:
        number = " ".join(prop.value.removeprefix("tel:").split())
        if not number:
            continue
        words = _words(prop, card)
        result.append(f"{number} ({', '.join(words)})" if words else number)
    return list(dict.fromkeys(result))


def emails(card: Card, notices: list[str]) -> tuple[list[str], list[str]]:
    """(valid addresses, main first; note lines for their types and for invalid ones)."""
    addresses: list[str] = []
    notes: list[str] = []
    for prop in sorted(card.all("EMAIL"), key=lambda p: not _preferred(p)):
        address = prop.value.removeprefix("mailto:").strip()
        if not address:
            continue
        if not _EMAIL.fullmatch(address) or ".." in address or len(address) > 500:
            notes.append(f"E-mail (not valid): {address}")
            notices.append(f"the e-mail '{address}' is not a valid address; kept in the notes")
            continue
        if address in addresses:
            continue
        addresses.append(address)
        if _words(prop, card):
            notes.append(_labelled("E-mail", prop, card))
    return addresses, notes


def _address_line(prop: Property, card: Card) -> str:
    parts = [" ".join(p.replace("\n", ", ").split()).strip(" ,") for p in prop.parts]
    prop = Property(prop.name, prop.group, prop.params, ", ".join(p for p in parts if p))
    return _labelled("Address", prop, card)


def addresses(card: Card, vocab: Vocabulary) -> tuple[str | None, list[str]]:
    """(the country of the first address naming one, note lines for full addresses)."""
    country = None
    notes = []
    for prop in card.all("ADR"):
        parts = [*prop.parts, "", "", "", "", "", "", ""][:7]
        code = vocab.country_code(parts[6]) if parts[6] else None
        country = country or code
        if any(p.strip() for p in parts[:6]) or (parts[6] and not code):
            notes.append(_address_line(prop, card))
    return country, notes


def birthday(card: Card) -> str | None:
    bday = card.first("BDAY")
    if bday is None or not bday.value:
        return None
    text = bday.value
    match = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?", text)
    if match:
        text = "-".join(match.groups())
    return f"Birthday: {text}"


def organisations(card: Card, known: Known, data: dict[str, Any]) -> tuple[list[str], str | None]:
    """Note lines for organisations and departments; sets ``organisation`` when one
    recorded organisation has the card's first organisation name. Also returns the
    name, for a card without any other name."""
    notes: list[str] = []
    first_name = None
    for number, prop in enumerate(p for p in card.all("ORG") if p.value):
        parts = [" ".join(p.split()) for p in (prop.parts or [prop.value])]
        name, departments = parts[0], [p for p in parts[1:] if p]
        if number == 0:
            first_name = name or None
            ids = known.by_name("organisation", fold(name)) if name else []
            if len(ids) == 1:
                data["organisation"] = ids[0]
            elif name:
                notes.append(ORGANISATION_NOTE + name)
            if departments:
                notes.append("Department: " + " / ".join(departments))
        else:
            notes.append("Also organisation: " + " / ".join(p for p in parts if p))
    return notes, first_name


def _labelled(label: str, prop: Property, card: Card) -> str:
    words = _words(prop, card)
    return f"{label} ({', '.join(words)}): {prop.value}" if words else f"{label}: {prop.value}"


def _plain(card: Card, key: str) -> list[str]:
    return [p.value for p in card.all(key) if p.value]


def roles(card: Card, vocab: Vocabulary) -> list[str]:
    found = []
    for prop in card.all("CATEGORIES"):
        found += [code for item in prop.items if (code := vocab.code("contact_role", item))]
    return list(dict.fromkeys(found))


def languages(card: Card) -> list[str]:
    return list(dict.fromkeys(p.value.lower() for p in card.all("LANG") if p.value))


def _note_lines(card: Card, titles: list[str]) -> list[str]:
    """The notes for what has no field: further titles, roles, nicknames, birthday, web."""
    nicknames = [item for p in card.all("NICKNAME") for item in p.items]
    lines = [f"Also title: {t}" for t in titles[1:]]
    lines += [f"Role: {r}" for r in _plain(card, "ROLE")]
    lines += [f"Nickname: {', '.join(nicknames)}"] if nicknames else []
    lines += [line] if (line := birthday(card)) else []
    return lines


def _fallback_name(mail: list[str], organisation: str | None, notices: list[str]) -> str:
    """The name of a card without one: its e-mail, else its organisation."""
    name = mail[0] if mail else (organisation or "")
    if name:
        notices.append(f"no name; named after its {'e-mail' if mail else 'organisation'}")
    return name


def card_fields(card: Card, vocab: Vocabulary, known: Known) -> CardFields:
    """The contact fields a card carries (only those: the rest of a record stays)."""
    result = CardFields({})
    data = result.data
    name, latin = names(card)
    titles = _plain(card, "TITLE")
    mail, mail_notes = emails(card, result.notices)
    org_notes, org_name = organisations(card, known, data)
    country, address_notes = addresses(card, vocab)
    notes = _plain(card, "NOTE") + org_notes + _note_lines(card, titles) + address_notes
    notes += [_labelled("Web", p, card) for p in card.all("URL") if p.value]
    notes += mail_notes
    data.update(
        full_name=name or _fallback_name(mail, org_name, result.notices),
        full_name_latin=latin,
        title=titles[0] if titles else None,
        email=mail[0] if mail else None,
        emails=mail[1:],
        phones=phones(card),
        languages=languages(card),
        roles=roles(card, vocab),
        notes="\n".join(dict.fromkeys(n for n in notes if n.strip())) or None,
    )
    if country:
        data["country"] = country
    result.keys = [address.casefold() for address in mail]
    return result
