"""What an import did (or, in a dry run, would do): counts per entity and per party.

The same object is the dry run's answer and the real import's answer, so the
two can be compared; it holds nothing that differs between them. Its notes,
key notes and the outcome of each forwarded bundle are :class:`Message`
templates with their values (the GUI translates them, like refusals); the
command line's text and JSON show them as English sentences.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from greenbelt_desktop.sync.errors import Message

CATEGORIES = ("new", "updated", "unchanged", "deleted", "older", "conflicts", "clashes")


@dataclass
class Report:
    bundle_id: str
    kind: str
    party: str
    device: str
    sequence: int
    already_applied: bool = False
    notes: list[Message] = field(default_factory=list)
    counts: dict[tuple[str, str], Counter[str]] = field(default_factory=dict)
    # Each forwarded bundle: bundle_id, party, sequence, and its outcome (a Message).
    forwarded: list[dict[str, Any]] = field(default_factory=list)
    keys: list[Message] = field(default_factory=list)
    # Each change kept back, not applied: reason ("id" or "clock"), entity, record_id,
    # origin, sender, and what holds its id (held_entity, held_origin; "" for "clock").
    clashes: list[dict[str, str]] = field(default_factory=list)

    def count(self, entity: str, party: str, category: str, n: int = 1) -> None:
        self.counts.setdefault((entity, party), Counter())[category] += n

    def _sum(self, index: int) -> dict[str, dict[str, int]]:
        out: dict[str, Counter[str]] = {}
        for key, counter in self.counts.items():
            out.setdefault(key[index], Counter()).update(counter)
        return {k: {c: out[k][c] for c in CATEGORIES} for k in sorted(out)}

    @property
    def totals(self) -> dict[str, int]:
        total: Counter[str] = Counter()
        for counter in self.counts.values():
            total.update(counter)
        return {c: total[c] for c in CATEGORIES}

    def as_json(self) -> dict[str, Any]:
        return {
            "bundle_id": self.bundle_id,
            "kind": self.kind,
            "issuer": {"party": self.party, "device": self.device},
            "sequence": self.sequence,
            "already_applied": self.already_applied,
            "notes": [str(note) for note in self.notes],
            "totals": self.totals,
            "by_entity": self._sum(0),
            "by_party": self._sum(1),
            "forwarded": [{**item, "outcome": str(item["outcome"])} for item in self.forwarded],
            "keys": [str(line) for line in self.keys],
            "clashes": self.clashes,
        }

    def lines(self) -> list[str]:
        head = f"Bundle {self.sequence} from {self.party} ({self.kind}, {self.bundle_id})"
        if self.already_applied:
            return [f"{head}: already applied; nothing was changed."]
        out = [f"{head}:"]
        out += [f"  note: {note}" for note in self.notes]
        out += [f"  key: {line}" for line in self.keys]
        for item in self.forwarded:
            out.append(
                f"  forwarded bundle {item['sequence']} from {item['party']}: {item['outcome']}"
            )
        for clash in self.clashes:
            what = f"  {'id clash' if clash['reason'] == 'id' else 'too far ahead'}: "
            what += f"{clash['entity']} {clash['record_id']} of {clash['origin']} sent by "
            what += clash["sender"]
            if clash["reason"] == "id":
                what += f", its id already {clash['held_entity']} of {clash['held_origin']}"
            out.append(what + "; not applied")
        totals = self.totals
        out.append("  total: " + ", ".join(f"{totals[c]} {c}" for c in CATEGORIES))
        for title, table in (("entity", self._sum(0)), ("party", self._sum(1))):
            for name, row in table.items():
                out.append(
                    f"  {title} {name}: " + ", ".join(f"{row[c]} {c}" for c in CATEGORIES if row[c])
                )
        if not self.counts:
            out.append("  no changes in this bundle.")
        return out
