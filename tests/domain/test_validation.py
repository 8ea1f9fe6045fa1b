from __future__ import annotations

import pytest

from greenbelt_desktop.domain.entities import attachment_data
from greenbelt_desktop.domain.validation import RecordInvalid, UnknownEntity, validate_record


def issues(entity: str, data: dict) -> dict[str, str]:
    with pytest.raises(RecordInvalid) as caught:
        validate_record(entity, data)
    return {issue.field: issue.code for issue in caught.value.issues}


def test_project_is_normalised() -> None:
    data = validate_record(
        "project",
        {
            "title": "  Solar  ",
            "status": "idea",
            "directions": ["waste", "waste"],
            "budget": 10,
            "budget_currency": "usd",
            "countries": ["kz"],
        },
    )
    assert data["title"] == "Solar"
    assert data["directions"] == ["waste"]
    assert data["budget_currency"] == "USD"
    assert data["countries"] == ["KZ"]
    assert data["financing"] == []


def test_required_fields_are_named() -> None:
    assert issues("project", {"title": " ", "summary": "x"}) == {
        "title": "required",
        "status": "required",
    }
    assert issues("organisation", {}) == {
        "name": "required",
        "kind": "required",
        "country": "required",
    }


def test_codes_come_from_reference_data() -> None:
    found = issues("project", {"title": "T", "status": "dreaming", "directions": ["space"]})
    assert found == {"status": "unknown_code", "directions[0]": "unknown_code"}


def test_dates_end_not_before_start() -> None:
    assert issues(
        "project", {"title": "T", "status": "idea", "start": "2026-02-01", "end": "2026-01-01"}
    ) == {"end": "end_before_start"}
    assert issues(
        "event",
        {
            "title": "F",
            "kind": "forum",
            "start": "2026-05-02",
            "end": "2026-05-01",
            "country": "KZ",
        },
    ) == {"end": "end_before_start"}


def test_event_times_with_offset_and_timezone() -> None:
    data = validate_record(
        "event",
        {
            "title": "F",
            "kind": "forum",
            "start": "2026-05-02T09:00:00+05:00",
            "end": "2026-05-02T04:30:00Z",
            "country": "kz",
            "timezone": "Asia/Almaty",
        },
    )
    assert data["end"] == "2026-05-02T04:30:00+00:00"
    assert issues(
        "event",
        {
            "title": "F",
            "kind": "forum",
            "start": "2026-05-02T09:00:00",
            "end": "2026-05-03",
            "country": "KZ",
        },
    ) == {"start": "invalid_date"}
    assert issues(
        "event",
        {
            "title": "F",
            "kind": "forum",
            "start": "2026-05-02",
            "end": "2026-05-03",
            "country": "KZ",
            "timezone": "Mars/Olympus",
        },
    ) == {"timezone": "invalid_timezone"}


def test_currency_email_amount_country() -> None:
    found = issues(
        "project",
        {
            "title": "T",
            "status": "idea",
            "budget": -5,
            "budget_currency": "ABC",
            "financing": [{"amount": -1, "currency": "XXY", "source": "private"}],
        },
    )
    assert found == {
        "budget": "negative",
        "budget_currency": "invalid_currency",
        "financing[0].amount": "negative",
        "financing[0].currency": "invalid_currency",
    }
    assert issues("contact", {"full_name": "A", "email": "a@b", "country": "QQ"}) == {
        "email": "invalid_email",
        "country": "invalid_country",
    }
    assert issues("project", {"title": "T", "status": "idea", "budget": 5}) == {
        "budget_currency": "currency_required"
    }


def test_unknown_field_and_entity() -> None:
    assert issues("practice", {"title": "T", "country": "KZ", "colour": "green"}) == {
        "colour": "unknown_field"
    }
    with pytest.raises(UnknownEntity):
        validate_record("spaceship", {})


def test_messages_name_the_field() -> None:
    with pytest.raises(RecordInvalid) as caught:
        validate_record("contact", {"full_name": "A", "organisation": "not-a-uuid"})
    assert "organisation: 'not-a-uuid' is not a record id" in str(caught.value)


def test_attachment_checksum() -> None:
    data = attachment_data("project", "01a212a2-1ca1-7049-8443-7a59d5df5a31", "a.txt", b"hello")
    assert validate_record("attachment", data)["size"] == 5
    bad = {**data, "sha256": "0" * 64}
    assert issues("attachment", bad) == {"content": "checksum_mismatch"}
