from __future__ import annotations

import json

from greenbelt_desktop.domain.reference import (
    CODE_LISTS,
    LANGUAGES,
    country_codes,
    currency_codes,
    default_reference,
)
from greenbelt_desktop.domain.resources import resource_path


def test_reference_data_has_three_languages_for_every_code() -> None:
    raw = json.loads(resource_path("reference", "reference.json").read_text(encoding="utf-8"))
    for name in ("member_states", *CODE_LISTS):
        for row in raw[name]:
            for lang in LANGUAGES:
                assert row[lang].strip(), (name, row["code"], lang)


def test_programme_lists() -> None:
    ref = default_reference()
    assert len(ref.codes("directions")) == 9
    assert len(ref.codes("forms")) == 7
    assert set(ref.member_states) == {"BY", "CN", "IN", "IR", "KZ", "KG", "PK", "RU", "TJ", "UZ"}
    assert ref.label("directions", "waste", "zh") == "废弃物管理和回收利用体系"
    assert ref.party_name("SECRETARIAT", "ru") == "Секретариат ШОС"


def test_secretariat_can_add_a_member_state() -> None:
    ref = default_reference().with_member_states(
        {"MN": {"en": "Mongolia", "ru": "Монголия", "zh": "蒙古"}}
    )
    assert ref.is_member_state("MN")
    assert not default_reference().is_member_state("MN")


def test_country_and_currency_codes() -> None:
    assert {"KZ", "DE", "US"} <= country_codes()
    assert "EU" not in country_codes()
    assert {"KZT", "CNY", "RUB", "USD"} <= currency_codes()
