"""The refusals every sync operation raises: one line a focal point understands.

A refusal is built from an English template with named placeholders and
their values, ``BundleRefused("This consolidated bundle ({sequence}) is older
…", sequence=7, last=9)``; ``str(error)`` is the English sentence the command
line prints, and :attr:`SyncProblem.message` keeps the template and the values
apart so the GUI translates the template (its catalogue is
``gui/pages/sync_messages.py``) and puts the values in afterwards. A value may
itself be a :class:`Message` (a reason inside a reason, or a word such as the
kind of document, translated on its own) or a tuple (a list, joined by "; ").
An import report's notes are messages too (``sync/report.py``).

A placeholder's name says what its value is: ``{entity}`` a kind of record,
``{list_name}`` a list of reference data, ``{party}``, ``{owner}``,
``{origin}``, ``{old_party}`` a party's code, ``{sharing}``, ``{level}`` a
sharing level, ``{date}`` an RFC 3339 moment; the GUI names these in the
person's language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from greenbelt_desktop.store.records import StoreError

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Message:
    """An English template with ``{named}`` placeholders, and the value of each."""

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        if not self.params:
            return self.template
        return PLACEHOLDER.sub(lambda m: english(self.params[m.group(1)]), self.template)

    def as_json(self) -> dict[str, Any]:
        """The message as plain JSON (for the ledger): nested messages kept as such."""
        return {"template": self.template, "params": {k: _json(v) for k, v in self.params.items()}}

    @classmethod
    def from_json(cls, value: Any) -> Message | None:
        if not isinstance(value, dict) or not isinstance(value.get("template"), str):
            return None
        params = value.get("params")
        params = params if isinstance(params, dict) else {}
        return cls(value["template"], {str(k): _unjson(v) for k, v in params.items()})


def english(value: Any) -> str:
    """A placeholder's value in the English sentence."""
    if isinstance(value, tuple | list):
        return "; ".join(english(item) for item in value)
    return str(value)


def _json(value: Any) -> Any:
    if isinstance(value, Message):
        return value.as_json()
    if isinstance(value, tuple | list):
        return [_json(item) for item in value]
    return value if isinstance(value, int | str) else str(value)


def _unjson(value: Any) -> Any:
    if isinstance(value, dict):
        return Message.from_json(value) or ""
    if isinstance(value, list):
        return tuple(_unjson(item) for item in value)
    return value


class SyncProblem(StoreError):
    """A refusal of the sync layer: ``template`` with the values of its placeholders."""

    def __init__(self, template: str, /, **params: Any) -> None:
        self.message = Message(template, params)
        super().__init__(str(self.message))


class BundleRefused(SyncProblem):
    """The bundle (or key card) was refused whole; the database was not touched."""


class KeyProblem(SyncProblem):
    """A problem with this installation's keys (missing, wrong passphrase, bad card)."""


__all__ = ["BundleRefused", "KeyProblem", "Message", "SyncProblem", "english"]
