"""The text of a .vcf file as cards of decoded properties: what every program writes.

vobject's lexer does the line work (``getLogicalLines`` unfolds folded lines and
quoted-printable soft breaks, ``parseLine`` splits a line into group, name,
parameters and value); the meaning of each value is decoded here, because the
programs that write address books disagree with the standards and with each other:

- the file may start with a byte-order mark, or be UTF-16 (Windows tools);
- vCard 2.1 (Outlook, Android) writes ``ENCODING=QUOTED-PRINTABLE`` (any case) and
  ``CHARSET=windows-1251`` and friends on each line, and bare parameters
  (``TEL;WORK;FAX``); a line without CHARSET in an 8-bit file is UTF-8 if it can be,
  else in the charset the file's other lines declare;
- iPhones end lines with CR CR LF; Apple writes ``\\:`` in URLs and notes and a
  ``PROFILE:VCard`` line;
- vCard 2.1 and Gmail leave commas unescaped: a comma only separates values in the
  properties that are lists (CATEGORIES, NICKNAME), never in a name or a note.

A line that cannot be read is left out and counted, never a reason to refuse the
file; binary values (photos, logos, keys, sounds) are dropped as soon as they are
read, so a phone book full of photos costs little memory.
"""

from __future__ import annotations

import codecs
import quopri
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from vobject.base import ParseError, getLogicalLines, parseLine

MAX_VCF_BYTES = 20 * 1024 * 1024
MAX_CARDS = 100_000
BINARY = frozenset({"PHOTO", "LOGO", "KEY", "SOUND"})
LISTS = frozenset({"CATEGORIES", "NICKNAME"})
STRUCTURED = frozenset({"N", "ADR", "ORG", "GENDER", "CLIENTPIDMAP"})
_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
_UNESCAPE = {"n": "\n", "N": "\n", ",": ",", ";": ";", ":": ":", "\\": "\\"}
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
# vCard 2.1 escapes only the separators: a backslash is otherwise text ("C:\\Users").
_ESCAPE_21 = re.compile(r"\\([;,])")


class AddressBookRefused(Exception):
    """The file is not an address book we can read; nothing was written."""


@dataclass
class Property:
    """One property of a card, its value decoded (components for structured ones)."""

    name: str
    group: str
    params: dict[str, list[str]]
    value: str
    parts: list[str] = field(default_factory=list)  # N, ADR, ORG: the components
    items: list[str] = field(default_factory=list)  # CATEGORIES, NICKNAME: the values

    @property
    def types(self) -> list[str]:
        return [t.lower() for t in self.params.get("TYPE", [])]

    def param(self, name: str) -> str:
        values = self.params.get(name, [])
        return values[0] if values else ""


@dataclass
class Card:
    number: int  # 1-based, in the file's order
    version: str = ""
    properties: list[Property] = field(default_factory=list)
    binary: list[str] = field(default_factory=list)  # names of the binary values dropped
    unreadable: int = 0  # lines left out
    raw: list[tuple[str, str, list[list[str]], str]] = field(default_factory=list, repr=False)

    def all(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name]

    def first(self, name: str) -> Property | None:
        found = self.all(name)
        return found[0] if found else None

    def label_of(self, group: str) -> str:
        """Apple's and Google's label for a grouped property (``item1.X-ABLabel``)."""
        if not group:
            return ""
        for prop in self.properties:
            if prop.group == group and prop.name == "X-ABLABEL":
                return prop.value.removeprefix("_$!<").removesuffix(">!$_").strip()
        return ""


# -- the file --------------------------------------------------------------------


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refused before reading when it is not a regular file or too big."""
    path = Path(path)
    if not path.is_file():  # a FIFO, a device or a folder is never read
        raise AddressBookRefused(f"{path.name}: there is no such file.")
    limit = MAX_VCF_BYTES // (1024 * 1024)
    if path.stat().st_size > MAX_VCF_BYTES:
        raise AddressBookRefused(f"{path.name} is larger than {limit} MB; split it.")
    with path.open("rb") as stream:
        content = stream.read(MAX_VCF_BYTES + 1)  # the file may grow after the check
    if len(content) > MAX_VCF_BYTES:
        raise AddressBookRefused(f"{path.name} is larger than {limit} MB; split it.")
    return content


def as_text(content: bytes) -> tuple[str, bool]:
    """(the file as text, whether its values are still bytes that need a charset).

    A UTF-16 or BOM-marked UTF-8 file is decoded; an 8-bit file is kept byte for byte
    (latin-1 maps each byte to one character) so that each line can be decoded in
    the charset it declares.
    """
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if content.startswith(bom):
            return _unicode(content[len(bom) :].decode(codec, errors="replace")), False
    head = content[:200]
    if head[1:2] == b"\x00" and head.count(b"\x00") > len(head) // 3:
        return _unicode(content.decode("utf-16-le", errors="replace")), False
    if head[:1] == b"\x00" and head.count(b"\x00") > len(head) // 3:
        return _unicode(content.decode("utf-16-be", errors="replace")), False
    return content.removeprefix(codecs.BOM_UTF8).decode("latin-1"), True


def _unicode(text: str) -> str:
    """Decoded text in the form an 8-bit file has here (UTF-8 bytes as latin-1)."""
    return text.encode("utf-8").decode("latin-1")


class _Lines:
    """``readline`` over the text without copying it (io.StringIO would hold four bytes a
    character). A line ends at LF; the CRs before it (CR LF, an iPhone's CR CR LF) are
    stripped by vobject; a file of old Macintosh CR-only lines is converted once."""

    def __init__(self, text: str) -> None:
        if "\n" not in text:
            text = text.replace("\r", "\n")
        self.text, self.position = text, 0

    def readline(self) -> str:
        start = self.position
        end = self.text.find("\n", start)
        self.position = len(self.text) if end < 0 else end + 1
        return self.text[start : self.position]


def declared_charset(text: str) -> str:
    """The 8-bit charset the file's lines declare most (Outlook declares it per line)."""
    found: Counter[str] = Counter(
        str(m).lower() for m in re.findall(r";CHARSET=\"?([A-Za-z0-9_.:-]+)", text, re.IGNORECASE)
    )
    for name, _ in found.most_common():
        if _codec(name) not in (None, "utf-8"):
            return str(name)
    return "windows-1252"


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


# -- the lines -------------------------------------------------------------------


def _params(raw: list[list[str]]) -> dict[str, list[str]]:
    """Parameters by upper-case name; vCard 2.1's bare values become TYPE or ENCODING."""
    params: dict[str, list[str]] = {}
    for name, *values in raw:
        if not values:
            key = "ENCODING" if name.upper() in _ENCODINGS else "TYPE"
            values = [name]
        else:
            key = name.upper()
        for value in values:
            for item in value.split(",") if key == "TYPE" else [value]:
                if item.strip():
                    params.setdefault(key, []).append(item.strip().strip('"'))
    return params


def _decode(raw: str, params: dict[str, list[str]], eight_bit: bool, fallback: str) -> str:
    data = raw.encode("latin-1", errors="replace")
    encoding = {e.upper() for e in params.get("ENCODING", [])}
    if "QUOTED-PRINTABLE" in encoding:
        data = quopri.decodestring(data.replace(b"=\n", b""))
        eight_bit = True  # the decoded bytes are in the line's charset
    charset = _codec(params["CHARSET"][0]) if params.get("CHARSET") else None
    if not eight_bit:
        return data.decode("utf-8", errors="replace")
    if charset is not None:
        return data.decode(charset, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode(fallback, errors="replace")


def _split(text: str, separator: str) -> list[str]:
    """``text`` split at each unescaped ``separator``, each piece still escaped."""
    pieces, current, escaped = [], [], False
    for char in text:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            pieces.append("".join(current))
            current = []
        else:
            current.append(char)
    if escaped:
        current.append("\\")
    pieces.append("".join(current))
    return pieces


def unescape(text: str, version: str = "4.0") -> str:
    """RFC 6350 and 2426 escapes (and Apple's ``\\:``); an unknown escape is its character."""
    if version.startswith("2"):
        text = _ESCAPE_21.sub(lambda m: m.group(1), text)
    else:
        text = _ESCAPE.sub(lambda m: _UNESCAPE.get(m.group(1), m.group(1)), text)
    return text.replace("\r\n", "\n").strip()


def _property(
    name: str, group: str, params: dict[str, list[str]], text: str, version: str
) -> Property:
    prop = Property(name, group, params, unescape(text, version))
    if name in STRUCTURED:
        prop.parts = [unescape(part, version) for part in _split(text, ";")]
    elif name in LISTS:
        prop.items = [v for part in _split(text, ",") if (v := unescape(part, version))]
    return prop


# -- the cards -------------------------------------------------------------------


def read_cards(path: Path) -> list[Card]:
    """Every card of the file (refused only when the file is not an address book)."""
    path = Path(path)
    text, eight_bit = as_text(read_bytes(path))
    if not re.search("BEGIN:VCARD", text, re.IGNORECASE):
        raise AddressBookRefused(f"{path.name} holds no vCard (no BEGIN:VCARD).")
    fallback = declared_charset(text) if eight_bit else "utf-8"
    cards = _cards(_Lines(text), eight_bit, fallback)
    if len(cards) > MAX_CARDS:
        raise AddressBookRefused(f"{path.name} has more than {MAX_CARDS:,} contacts; split it.")
    return cards


def _cards(lines: _Lines, eight_bit: bool, fallback: str) -> list[Card]:
    cards: list[Card] = []
    card: Card | None = None
    depth = 0  # vCard 2.1 may nest an AGENT card; its lines are not the outer card's
    for line, number in getLogicalLines(lines, True):
        try:
            name, raw_params, value, group = parseLine(line, number)
        except ParseError:
            if card is not None:
                card.unreadable += 1
            continue
        name = name.upper()
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            depth += 1
            if depth == 1:
                card = Card(len(cards) + 1)
                cards.append(card)
                if len(cards) > MAX_CARDS:
                    break
            continue
        if name == "END" and value.strip().upper() == "VCARD":
            depth = max(depth - 1, 0)
            if depth == 0 and card is not None:
                _decode_card(card, eight_bit, fallback)
                card = None
            continue
        if card is None or depth != 1:
            continue
        if name in BINARY:
            card.binary.append(name)  # dropped now: a phone book's photos cost no memory
        elif name == "VERSION":
            card.version = value.strip()
        elif name != "PROFILE":
            card.raw.append((name, (group or "").upper(), raw_params, value))
    if card is not None:  # the last card lacks its END line
        _decode_card(card, eight_bit, fallback)
    return cards


def _decode_card(card: Card, eight_bit: bool, fallback: str) -> None:
    """The card's properties, once its VERSION (which may come last) is known."""
    for name, group, raw_params, value in card.raw:
        try:
            params = _params(raw_params)
            decoded = _decode(value, params, eight_bit, fallback)
        except (ValueError, LookupError):
            card.unreadable += 1
            continue
        card.properties.append(_property(name, group, params, decoded, card.version))
    card.raw = []
