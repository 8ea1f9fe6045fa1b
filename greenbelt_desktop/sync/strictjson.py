"""Strict JSON for everything another party sends (BUNDLE-FORMAT.md §8.6): a bundle's
outer JSON, its signature headers, its body and each change, key cards and rotations.

RFC 8259 leaves duplicate names to the reader; two readers of one bundle must never
see two different bundles, so a duplicate name anywhere is refused, as are NaN,
Infinity, numbers outside the range of an IEEE double, integers beyond 2^53 (they
lose their value in a double: every reader must read the same number) and nesting
deeper than either parser goes (orjson: 1024 levels; the standard library: Python's
recursion limit), each as a :class:`NotStrictJSON` (a ``ValueError``), never as a
``RecursionError``.

Fast path: orjson parses (it refuses NaN, Infinity, overflowing numbers and nesting
past 1024), and the value written back by orjson is compared with the bytes read,
piece by piece (each top-level member, each element of a top-level list, so never a
second copy of a large bundle): equal bytes cannot hide a duplicate name. Bundles
this application writes always take it. Anything else (other spacing, escapes, key
order) is read again by the standard library with a hook that refuses duplicates.
"""

from __future__ import annotations

import json
import re
from typing import Any

import orjson

MAX_INTEGER = 2**53 - 1
# An integer of 16 digits or more outside a string (or a string that looks like one:
# then the slow path decides, exactly).
_LONG_INTEGER = re.compile(rb"[:,\[]-?\d{16,}")
_NON_NUMBER = re.compile(rb"[:,\[]\s*-?(NaN|Infinity)")


DUPLICATE, NUMBER, SYNTAX = "duplicate", "number", "syntax"


class NotStrictJSON(ValueError):
    """The text is not strict JSON. ``problem``: :data:`DUPLICATE` (a name twice in one
    object, ``name`` says which), :data:`NUMBER` (NaN, Infinity, a number a double
    cannot hold, an integer beyond 2^53) or :data:`SYNTAX` (anything else, nesting
    too deep included)."""

    def __init__(self, why: str, problem: str = SYNTAX, name: str = "") -> None:
        super().__init__(why)
        self.problem, self.name = problem, name


def loads(raw: bytes | str) -> Any:
    """The JSON value of ``raw``, or :class:`NotStrictJSON` (a ``ValueError``)."""
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as error:
        why = str(error)
        number = "infinity" in why or _NON_NUMBER.search(data) is not None
        raise NotStrictJSON(why, NUMBER if number else SYNTAX) from None
    if not _LONG_INTEGER.search(data) and _written_back(memoryview(data), value):
        return value
    del value
    return _slow(data)


def _written_back(view: memoryview, value: Any) -> bool:
    end = _match(view, 0, value, 2)
    return end == len(view)


def _match(view: memoryview, pos: int, value: Any, depth: int) -> int:
    """Where the bytes orjson writes for ``value`` end in ``view`` from ``pos``; -1 if
    they differ. ``depth`` levels of objects and lists are compared member by member."""
    if depth and isinstance(value, dict):
        pos = _piece(view, pos, b"{")
        for number, (key, item) in enumerate(value.items()):
            if number:
                pos = _piece(view, pos, b",")
            pos = _piece(view, pos, orjson.dumps(key) + b":")
            if pos < 0:
                return -1
            pos = _match(view, pos, item, depth - 1)
        return _piece(view, pos, b"}")
    if depth and isinstance(value, list):
        pos = _piece(view, pos, b"[")
        for number, item in enumerate(value):
            if number:
                pos = _piece(view, pos, b",")
            pos = _match(view, pos, item, depth - 1)
        return _piece(view, pos, b"]")
    return _piece(view, pos, orjson.dumps(value))


def _piece(view: memoryview, pos: int, piece: bytes) -> int:
    if pos < 0 or view[pos : pos + len(piece)] != piece:
        return -1
    return pos + len(piece)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    value = dict(pairs)
    if len(value) != len(pairs):
        names = [name for name, _ in pairs]
        twice = next(name for name in names if names.count(name) > 1)
        raise NotStrictJSON(f"the name {twice!r} appears twice in one object", DUPLICATE, twice)
    return value


def _constant(name: str) -> Any:
    raise NotStrictJSON(f"{name} is not a JSON number", NUMBER)


def _number(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise NotStrictJSON("a number outside the range of a double", NUMBER)
    return value


def _integer(text: str) -> int:
    if len(text) > 17:
        raise NotStrictJSON("an integer beyond 2^53", NUMBER)
    value = int(text)
    if not -MAX_INTEGER <= value <= MAX_INTEGER:
        raise NotStrictJSON("an integer beyond 2^53", NUMBER)
    return value


def _slow(data: bytes) -> Any:
    try:
        value = json.loads(
            data,
            object_pairs_hook=_no_duplicates,
            parse_constant=_constant,
            parse_float=_number,
            parse_int=_integer,
        )
    except RecursionError:
        raise NotStrictJSON("nested too deeply") from None
    except UnicodeDecodeError:
        raise NotStrictJSON("not UTF-8") from None
    except json.JSONDecodeError as error:
        raise NotStrictJSON(str(error)) from None
    return value


__all__ = ["DUPLICATE", "MAX_INTEGER", "NUMBER", "SYNTAX", "NotStrictJSON", "loads"]
