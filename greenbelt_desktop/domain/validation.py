"""One validation for every way a record comes in: form, command line, workbook, bundle.

:func:`validate_record` returns the record's canonical data (the dict stored,
exported and compared) or raises :class:`RecordInvalid` naming each bad field
with a stable ``code`` (the GUI translates by code) and an English message.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from greenbelt_desktop.domain.entities import ENTITIES, MODELS
from greenbelt_desktop.domain.reference import Reference, default_reference
from greenbelt_desktop.domain.sharing import SHARING_LEVELS

_PYDANTIC_CODES = {
    "missing": "required",
    "string_too_short": "required",
    "extra_forbidden": "unknown_field",
    "greater_than_equal": "negative",
    "literal_error": "unknown_code",
}
# Whole-record rules name the field a person should correct.
_RECORD_RULE_FIELDS = {
    "end_before_start": "end",
    "currency_required": "budget_currency",
    "checksum_mismatch": "content",
    "invalid_content": "content",
    "unknown_entity": "owner_entity",
}


@dataclass(frozen=True)
class Issue:
    """One problem with one field: ``field`` is a path such as ``financing[0].currency``."""

    field: str
    code: str
    message: str
    value: Any = None

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class UnknownEntity(ValueError):
    def __init__(self, entity: str) -> None:
        super().__init__(
            f"'{entity}' is not a kind of record (expected one of: {', '.join(ENTITIES)})"
        )
        self.entity = entity


class RecordInvalid(ValueError):
    """The record was refused; nothing was written."""

    def __init__(self, entity: str, issues: list[Issue]) -> None:
        self.entity = entity
        self.issues = issues
        super().__init__(f"{entity}: " + "; ".join(str(issue) for issue in issues))


def _path(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _message(code: str, raw: str, field: str, item: Any = None) -> str:
    if code == "unknown_code" and item is not None and item["type"] == "literal_error":
        expected = str(item.get("ctx", {}).get("expected", "")).replace("'", "")
        expected = expected.replace(" or ", ", ")
        name = field.rsplit(".", 1)[-1].split("[")[0].replace("_", " ")
        return f"'{item.get('input')}' is not a valid value of {name} (expected one of: {expected})"
    if code == "required":
        return "this field is required"
    if code == "unknown_field":
        return f"'{field}' is not a field of this record"
    if code == "negative":
        return "must not be negative"
    return raw[0].lower() + raw[1:] if raw else raw


def issues_from(error: ValidationError) -> list[Issue]:
    issues = []
    for item in error.errors(include_url=False):
        loc = tuple(part for part in item["loc"] if not str(part).startswith("function-"))
        code = _PYDANTIC_CODES.get(item["type"], item["type"])
        if item.get("input") is None and code.endswith("_type"):
            code = "required"
        field = _path(loc) or _RECORD_RULE_FIELDS.get(code, "")
        issues.append(
            Issue(field, code, _message(code, item["msg"], field, item), item.get("input"))
        )
    return issues


def validate_record(
    entity: str, data: Mapping[str, Any], reference: Reference | None = None
) -> dict[str, Any]:
    """Check ``data`` and return the canonical form of the record's data."""
    model = MODELS.get(entity)
    if model is None:
        raise UnknownEntity(entity)
    if not isinstance(data, Mapping):
        raise RecordInvalid(entity, [Issue("", "not_an_object", "the record must be an object")])
    try:
        record = model.model_validate(
            dict(data), context={"reference": reference or default_reference()}
        )
    except ValidationError as error:
        raise RecordInvalid(entity, issues_from(error)) from None
    return record.model_dump(mode="json")


def validate_sharing(entity: str, sharing: str) -> str:
    if sharing not in SHARING_LEVELS:
        raise RecordInvalid(
            entity,
            [
                Issue(
                    "sharing",
                    "unknown_code",
                    f"'{sharing}' is not a sharing level (expected one of: "
                    + ", ".join(SHARING_LEVELS)
                    + ")",
                    sharing,
                )
            ],
        )
    return sharing
