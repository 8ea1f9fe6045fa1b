"""Synthetic but realistic records in three scripts, reproducible from a seed."""

from __future__ import annotations

import random
from typing import Any

from greenbelt_desktop.domain.reference import default_reference

RU = [
    "солнечная",
    "электростанция",
    "переработка",
    "отходов",
    "ветровая",
    "гидроэлектростанция",
    "энергоэффективность",
    "модернизация",
    "котельной",
    "промышленный",
    "парк",
    "биогаз",
]
ZH = ["太阳能", "电站", "风电", "储能", "废弃物", "回收", "绿色", "产业园", "水电", "节能", "改造"]
EN = [
    "solar",
    "plant",
    "wind",
    "storage",
    "waste",
    "recycling",
    "green",
    "park",
    "hydro",
    "efficiency",
    "retrofit",
    "biogas",
]
MEMBERS = ["CN", "IN", "IR", "KZ", "KG", "PK", "RU", "TJ", "UZ", "BY"]


def project(rng: random.Random) -> dict[str, Any]:
    ref = default_reference()
    words = rng.choice([RU, ZH, EN])
    joiner = "" if words is ZH else " "
    title = joiner.join(rng.sample(words, 4)).capitalize()
    currency = rng.choice(["USD", "CNY", "RUB", "KZT"])
    return {
        "title": title,
        "summary": joiner.join(rng.sample(words, 8)),
        "directions": rng.sample(ref.codes("directions"), 2),
        "forms": rng.sample(ref.codes("forms"), 1),
        "countries": rng.sample(MEMBERS, 2),
        "status": rng.choice(ref.codes("project_status")),
        "budget": float(rng.randrange(100_000, 500_000_000)),
        "budget_currency": currency,
        "financing": [
            {
                "amount": float(rng.randrange(10_000, 5_000_000)),
                "currency": currency,
                "source": rng.choice(ref.codes("financing_source")),
            }
        ],
        "co2e_t_per_year": float(rng.randrange(0, 100_000)),
        "location": rng.choice(["Астана", "乌鲁木齐", "Tashkent", "Бишкек"]),
    }


def projects(count: int, seed: int = 7) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    return [project(rng) for _ in range(count)]
