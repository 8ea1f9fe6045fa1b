"""The Secretariat's reference entries: ids, validation, and laying them over the shipped data."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from greenbelt_desktop.domain.ids import normalise_uuid
from greenbelt_desktop.domain.reference import Entry, default_reference
from greenbelt_desktop.domain.reference_entries import (
    NAMESPACE,
    entry_data,
    entry_of,
    reference_id,
)
from greenbelt_desktop.domain.validation import RecordInvalid, validate_record

AZERBAIJAN = {"en": "Azerbaijan", "ru": "Азербайджан", "zh": "阿塞拜疆"}
PROJECT = {"title": "Ветропарк", "status": "idea", "countries": ["KZ", "AZ"]}


def issue_codes(entity: str, data: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(RecordInvalid) as info:
        validate_record(entity, data)
    return [(issue.field, issue.code) for issue in info.value.issues]


def test_the_same_list_and_code_always_have_the_same_id() -> None:
    first = reference_id("member_states", "AZ")
    assert first == reference_id("member_states", "AZ")
    assert first == str(uuid.uuid5(NAMESPACE, "member_states/AZ"))
    assert uuid.UUID(first).version == 5 and normalise_uuid(first) == first
    assert first != reference_id("member_states", "MN")
    assert reference_id("directions", "waste") != reference_id("forms", "waste")
    assert uuid.uuid5(uuid.NAMESPACE_URL, "https://greenbelt.sco/reference") == NAMESPACE


def test_a_new_member_state_is_valid_and_canonical() -> None:
    clean = validate_record("reference", entry_data("member_states", " az ", AZERBAIJAN))
    assert clean == {
        "list": "member_states",
        "code": "AZ",
        "labels": AZERBAIJAN,
        "active": True,
    }
    assert entry_of(clean) == Entry("member_states", "AZ", AZERBAIJAN, True)


def test_entries_are_checked() -> None:
    labels = {"en": "a", "ru": "б", "zh": "丙"}
    assert issue_codes("reference", entry_data("members", "AZ", labels)) == [
        ("list", "unknown_code")
    ]
    assert issue_codes("reference", entry_data("member_states", "XX", labels)) == [
        ("code", "invalid_country")
    ]
    assert issue_codes("reference", entry_data("member_states", "AZE", labels)) == [
        ("code", "invalid_country")
    ]
    # The other code lists are part of the data schema: relabelled, never extended.
    assert issue_codes("reference", entry_data("directions", "hydrogen", labels)) == [
        ("code", "unknown_code")
    ]
    assert issue_codes("reference", entry_data("sharing", "members", labels, active=False)) == [
        ("active", "not_retirable")
    ]
    blank = {**labels, "zh": "  "}
    assert issue_codes("reference", entry_data("forms", "training", blank)) == [
        ("labels.zh", "required")
    ]
    missing = {"list": "forms", "code": "training", "labels": {"en": "a", "ru": "б"}}
    assert issue_codes("reference", missing) == [("labels.zh", "required")]
    extra = {**entry_data("forms", "training", labels), "labels": {**labels, "fr": "x"}}
    assert issue_codes("reference", extra) == [("labels.fr", "unknown_field")]


def test_relabelling_any_list_is_valid() -> None:
    labels = {"en": "Waste systems", "ru": "Системы обращения с отходами", "zh": "废物体系"}
    clean = validate_record("reference", entry_data("directions", "waste", labels))
    assert clean["labels"] == labels


def test_entries_laid_over_the_shipped_data() -> None:
    shipped = default_reference()
    assert not shipped.is_member_state("AZ")
    with pytest.raises(RecordInvalid, match="AZ"):
        validate_record("project", PROJECT, shipped)
    relabel = {"en": "Waste", "ru": "Отходы", "zh": "废物"}
    ref = shipped.overlaid(
        [
            Entry("member_states", "AZ", AZERBAIJAN),
            Entry("directions", "waste", relabel),
            Entry("directions", "hydrogen", relabel),  # not a code of the list: ignored
            Entry("forms", "training", shipped.labels("forms", "training") or {}, False),
        ]
    )
    assert ref.is_member_state("AZ") and ref.is_party("AZ")
    assert ref.country_name("AZ", "zh") == "阿塞拜疆"
    assert ref.label("directions", "waste", "ru") == "Отходы"
    assert not ref.is_code("directions", "hydrogen")
    assert validate_record("project", PROJECT, ref)["countries"] == ["KZ", "AZ"]
    assert ref.is_retired("forms", "training")
    assert "training" in ref.codes("forms") and "training" not in ref.active_codes("forms")
    assert ref.codes("member_states")[-1] == "AZ"
    assert shipped.labels("directions", "waste") != relabel  # the shipped data is unchanged


def test_a_retired_member_state_keeps_old_records_valid() -> None:
    ref = default_reference().overlaid([Entry("member_states", "AZ", AZERBAIJAN)])
    retired = ref.overlaid([Entry("member_states", "AZ", AZERBAIJAN, active=False)])
    assert retired.is_retired("member_states", "AZ")
    assert "AZ" not in retired.active_codes("member_states")
    assert retired.is_member_state("AZ") and retired.is_party("AZ")
    assert validate_record("project", PROJECT, retired)["countries"] == ["KZ", "AZ"]
    assert retired.country_name("AZ", "ru") == "Азербайджан"
    # Set again: active again.
    back = retired.overlaid([Entry("member_states", "AZ", AZERBAIJAN)])
    assert not back.is_retired("member_states", "AZ")
