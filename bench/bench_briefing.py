"""Briefing pack: 500 projects, 200 events and 300 contacts, through ``greenbelt briefing``.

The pack is made by the real command in its own process (wall time, CPU time and
that process's own peak memory); the baseline is the same command making a pack
of an empty installation, i.e. start-up, reportlab and the font. On a shared,
busy machine the wall time grows with the load; the CPU time does not.
"""

from __future__ import annotations

import datetime as dt
import random
import resource
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from bench.common import Figure, run_measured
from bench.data import MEMBERS, projects
from greenbelt_desktop.domain.reference import default_reference
from greenbelt_desktop.store.home import Home

PROJECTS, EVENTS, CONTACTS, ORGANISATIONS = 500, 200, 300, 60


def _organisations(rng: random.Random) -> list[dict[str, Any]]:
    kinds = default_reference().codes("organisation_kind")
    return [
        {
            "name": f"Организация {n} «Зелёные технологии»",
            "name_en": f"Green Technology Organisation {n}",
            "name_zh": f"绿色技术机构{n}",
            "kind": rng.choice(kinds),
            "country": rng.choice(MEMBERS),
        }
        for n in range(ORGANISATIONS)
    ]


def _contacts(rng: random.Random, organisations: list[str]) -> list[dict[str, Any]]:
    roles = default_reference().codes("contact_role")
    first = ["Айгерим", "Сергей", "Bakhtiyor", "赵磊", "Anna", "Фарход", "Li Ming", "Нурлан"]
    return [
        {
            "full_name": f"{rng.choice(first)} {n}",
            "full_name_latin": f"Person {n}",
            "title": rng.choice(["Главный эксперт", "项目官员", "Director of Department"]),
            "organisation": rng.choice(organisations),
            "country": rng.choice(MEMBERS),
            "roles": rng.sample(roles, 2),
            "email": f"person{n}@ministry{n % 17}.example.org",
            "phones": [f"+7 7172 {n:06d}"],
        }
        for n in range(CONTACTS)
    ]


def _events(rng: random.Random, contacts: list[str]) -> list[dict[str, Any]]:
    ref = default_reference()
    start = dt.date(2026, 1, 1)
    events = []
    for n in range(EVENTS):
        day = start + dt.timedelta(days=rng.randrange(0, 700))
        events.append(
            {
                "title": rng.choice(["Форум", "研讨会", "Expert meeting"]) + f" {n}",
                "kind": rng.choice(ref.codes("event_kind")),
                "status": rng.choice(ref.codes("event_status")),
                "start": day.isoformat(),
                "end": (day + dt.timedelta(days=rng.randrange(0, 3))).isoformat(),
                "city": rng.choice(["Астана", "北京", "Tashkent"]),
                "country": rng.choice(MEMBERS),
                "participants": [
                    {"contact": c, "role": "delegate"} for c in rng.sample(contacts, 5)
                ],
                "directions": rng.sample(ref.codes("directions"), 2),
                "agenda": ["Открытие", "Доклады", "Рекомендации"],
            }
        )
    return events


def _fill(home: Home) -> None:
    rng = random.Random(11)
    store = home.open_store()
    store.initialise("KZ", "Benchmark", "Ministry of Ecology")
    organisations = store.add_many("organisation", [(o, "members") for o in _organisations(rng)])
    contacts = store.add_many("contact", [(c, "members") for c in _contacts(rng, organisations)])
    events = store.add_many("event", [(e, "members") for e in _events(rng, contacts)])
    for project in (items := projects(PROJECTS, seed=5)):
        project["partners"] = [
            {"organisation": o, "role": "partner"} for o in rng.sample(organisations, 2)
        ]
    store.add_many("project", [(p, "members") for p in items])
    store.add_many(
        "recommendation",
        [
            (
                {
                    "title": f"Рекомендация {n}",
                    "text": "Создать единый реестр проектов. " * 5,
                    "meeting": rng.choice(events),
                    "status": "adopted",
                },
                "members",
            )
            for n in range(40)
        ],
    )
    store.engine.dispose()


def run(work: Path) -> list[Figure]:
    full, empty = Home(work / "full"), Home(work / "empty")
    _fill(full)
    store = empty.open_store()
    store.initialise("KZ", "Benchmark")
    store.engine.dispose()

    def pack(home: Home, name: str) -> tuple[float, float, str, float]:
        out = work / name
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        seconds, peak, printed = run_measured(
            "greenbelt_desktop", "--home", str(home.path), "briefing", "--out", str(out),
            "--lang", "zh",
        )  # fmt: skip
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        assert len(PdfReader(out).pages) > 2
        return seconds, peak, printed, cpu

    seconds, peak, out, cpu = pack(full, "full.pdf")
    assert f"{PROJECTS} projects" in out and f"{CONTACTS} contacts" in out, out
    bare, bare_peak, _, bare_cpu = pack(empty, "empty.pdf")
    pages = len(PdfReader(work / "full.pdf").pages)
    return [
        Figure(
            f"greenbelt briefing, {PROJECTS} projects ({pages} pages)",
            seconds,
            "s",
            5.0,
            bare,
            "empty pack",
        ),
        Figure("  CPU time of that command (user + system)", cpu, "s", None, bare_cpu, "empty"),
        Figure("  peak memory of that command", peak, "MB", 300.0, bare_peak, "empty pack"),
    ]
