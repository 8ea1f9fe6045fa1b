"""Demo data: a living installation for a newcomer, in Russian, Chinese and English.

The records come from ``resources/demo/demo-data.json``. The installation's
own party gets the records it owns (editable); the other member states' and
the Secretariat's records arrive as if received through a consolidated bundle
(read-only, with their origin). Dates are relative to today so the calendar
always has past and upcoming events.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from greenbelt_desktop.domain.clock import format_version
from greenbelt_desktop.domain.resources import resource_path
from greenbelt_desktop.store.records import Store, StoreError

DEMO_SETTING = "demo_filled"
_NS = uuid.UUID("6f1c2f38-92a5-4b0e-9d36-1f0d2c7c9a10")
_EPOCH_MS = int(dt.datetime(2026, 1, 1, tzinfo=dt.UTC).timestamp() * 1000)
_ROLES = ("speaker", "delegate", "organiser")
_PROJECT_FIELDS = (
    "title", "summary", "directions", "forms", "countries", "status", "budget",
    "budget_currency", "co2e_t_per_year", "renewable_mw", "energy_saved_mwh_per_year",
    "waste_t_per_year", "location", "technology",
)  # fmt: skip


def load_demo_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resource_path("demo", "demo-data.json").read_text(encoding="utf-8")
    )
    return data


class _Writer:
    """Collects records per kind: the own party's are added, the others' received."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.own = store.installation().party
        self.ids: dict[str, str] = {}
        self.counts: dict[str, int] = {}

    def write(self, entity: str, items: list[tuple[str, str, dict[str, Any], str]]) -> None:
        mine = [(key, data, sharing) for key, owner, data, sharing in items if owner == self.own]
        theirs = []
        for key, owner, data, sharing in items:
            if owner == self.own:
                continue
            record_id = str(uuid.uuid5(_NS, f"{entity}-{key}"))
            self.ids[key] = record_id
            device = str(uuid.uuid5(_NS, f"device-{owner}"))
            version = format_version(_EPOCH_MS + len(self.ids), 0, device)
            theirs.append((record_id, owner, version, sharing, data))
        new = self.store.add_many(entity, [(data, sharing) for _, data, sharing in mine])
        self.ids.update({key: rid for (key, _, _), rid in zip(mine, new, strict=True)})
        self.counts[entity] = len(new) + self.store.put_received(entity, theirs)


def fill_demo(store: Store, today: dt.date | None = None) -> dict[str, int]:
    """Add the demo records; returns how many of each kind were written."""
    if store.get_setting(DEMO_SETTING):
        raise StoreError("The demo data is already in this installation; nothing was added.")
    day: dt.date = today or dt.date.today()
    demo = load_demo_data()
    out = _Writer(store)
    ids = out.ids

    def strip(row: dict[str, Any], *keys: str) -> dict[str, Any]:
        return {k: v for k, v in row.items() if k not in ("key", "owner", *keys)}

    out.write(
        "organisation",
        [(o["key"], o["owner"], strip(o), "members") for o in demo["organisations"]],
    )
    out.write(
        "contact",
        [
            (c["key"], c["owner"], {**strip(c, "org"), "organisation": ids[c["org"]]}, "members")
            for c in demo["contacts"]
        ],
    )
    people = [ids[c["key"]] for c in demo["contacts"]]
    events = []
    for number, e in enumerate(demo["events"]):
        start = day + dt.timedelta(days=e["day_offset"])
        data = {
            **strip(e, "day_offset", "days"),
            "start": start.isoformat(),
            "end": (start + dt.timedelta(days=e["days"] - 1)).isoformat(),
            "cross_border": len(e["directions"]) > 1,
            "timezone": "Asia/Almaty" if e["country"] == "KZ" else None,
            "participants": [
                {"contact": people[(number + i) % len(people)], "role": _ROLES[i % 3]}
                for i in range(3)
            ],
            "agenda": ["Открытие", "Доклады делегаций", "Принятие рекомендаций"]
            if e["kind"] == "ewg_meeting"
            else [],
            "outcome": "Рекомендации приняты консенсусом." if e["status"] == "held" else None,
        }
        events.append((e["key"], e["owner"], data, "members"))
    out.write("event", events)

    projects = []
    for p in demo["projects"]:
        running = p["status"] in ("implementation", "completed")
        data = {name: p[name] for name in _PROJECT_FIELDS}
        data["start"] = (day - dt.timedelta(days=400)).isoformat() if running else None
        data["end"] = (
            (day - dt.timedelta(days=30)).isoformat() if p["status"] == "completed" else None
        )
        data["partners"] = [
            {"organisation": ids[x["organisation"]], "role": x["role"]} for x in p["partners"]
        ]
        data["financing"] = p["financing"]
        projects.append((p["key"], p["owner"], data, p["sharing"]))
    out.write("project", projects)

    out.write(
        "recommendation",
        [
            (r["key"], r["owner"], {**strip(r, "meeting"), "meeting": ids[r["meeting"]]}, "members")
            for r in demo["recommendations"]
        ],
    )
    out.write(
        "agreement",
        [
            (
                a["key"],
                a["owner"],
                {
                    **strip(a),
                    "signed_on": (day - dt.timedelta(days=200)).isoformat()
                    if a["status"] != "draft"
                    else None,
                },
                "members",
            )
            for a in demo["agreements"]
        ],
    )
    out.write("practice", [(p["key"], p["owner"], strip(p), "members") for p in demo["practices"]])
    store.set_setting(DEMO_SETTING, day.isoformat())
    return out.counts
