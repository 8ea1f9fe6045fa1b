"""Reference data as records: the Secretariat's entries that travel in bundles.

A ``reference`` record holds one code of one list of reference data
(``member_states``, ``directions``, ``forms``, ``organisation_kind``, … the
lists of :data:`reference.REFERENCE_LISTS`): its labels in English, Russian
and Chinese and whether it is active or retired. Its owner is always the
Secretariat and its sharing ``members``, so it travels in the ``changes`` of
consolidated bundles like the Secretariat's other records, with the usual
version (last writer wins) and tombstone rules.

**Ids.** An entry's id is the UUID v5 (RFC 9562 §5.5, SHA-1 name-based) of
``"<list>/<code>"`` in :data:`NAMESPACE`, not a UUID v7. The same code of
the same list is then one record everywhere: two Secretariat devices (or a
Secretariat set up again) that both describe ``member_states/AZ`` write two
versions of one record, which the version orders, instead of two records
that would compete for one code with no rule to choose between them. Any
RFC 9562 UUID is accepted by importers (BUNDLE-FORMAT.md §3), and an
importer refuses an entry whose id is not the one its list and code give.

**Rules.** Member-state codes are ISO 3166-1 alpha-2 codes that CLDR knows;
a member state may be added. The other lists are part of the data schema
(their codes are enums of the JSON Schemas and some carry rules in the
code), so an entry there relabels or retires an existing code, and a new
code comes with a new release. Sharing levels are never retired. Every
label is required in all three languages.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from greenbelt_desktop.domain.reference import (
    LANGUAGES,
    MEMBER_STATES,
    OPEN_LISTS,
    REFERENCE_LISTS,
    Entry,
    Reference,
    country_codes,
    default_reference,
)

REFERENCE_ENTITY = "reference"
# uuid5(NAMESPACE_URL, "https://greenbelt.sco/reference"): fixed for ever.
NAMESPACE = uuid.UUID("2f4cef9b-1912-59db-9227-d8f732b1d53b")
# Lists whose codes are never retired: their meaning is built into the exchange.
NOT_RETIRABLE = frozenset({"sharing"})

Label = Annotated[str, Field(min_length=1, max_length=500)]
ListName = Literal[REFERENCE_LISTS]  # type: ignore[valid-type]


def reference_id(list_name: str, code: str) -> str:
    """The id of the entry for ``code`` of ``list_name``: the same on every installation."""
    return str(uuid.uuid5(NAMESPACE, f"{list_name}/{code}"))


def canonical_code(list_name: str, code: str) -> str:
    """Member-state codes are upper case; the other lists' codes are taken as written."""
    return code.strip().upper() if list_name == MEMBER_STATES else code.strip()


class _Strict(BaseModel):
    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, validate_default=False, frozen=True
    )


class ReferenceLabels(_Strict):
    """A code's label in each language of the application."""

    en: Label
    ru: Label
    zh: Label


def _reference(info: ValidationInfo) -> Reference:
    ref = (info.context or {}).get("reference")
    return ref if isinstance(ref, Reference) else default_reference()


class ReferenceEntry(_Strict):
    """One code of one list of reference data, as the Secretariat sets it."""

    list: ListName
    code: Annotated[
        str,
        Field(
            min_length=1,
            max_length=64,
            description="member_states: ISO 3166-1 alpha-2; other lists: one of their codes",
        ),
    ]
    labels: ReferenceLabels
    active: bool = True

    @field_validator("code")
    @classmethod
    def _known_code(cls, value: str, info: ValidationInfo) -> str:
        list_name = info.data.get("list")
        if list_name is None:  # the list itself was refused; that is the problem to show
            return value
        code = canonical_code(list_name, value)
        if list_name == MEMBER_STATES:
            if code not in country_codes():
                raise PydanticCustomError(
                    "invalid_country",
                    "'{value}' is not an ISO 3166-1 alpha-2 country code",
                    {"value": value},
                )
            return code
        if not _reference(info).is_code(list_name, code):
            raise PydanticCustomError(
                "unknown_code",
                "'{value}' is not a code of {list}: only member states are added as reference "
                "data; a new code of another list comes with a new version of the application",
                {"value": value, "list": list_name},
            )
        return code

    @field_validator("active")
    @classmethod
    def _retirable(cls, value: bool, info: ValidationInfo) -> bool:
        if not value and info.data.get("list") in NOT_RETIRABLE:
            raise PydanticCustomError(
                "not_retirable", "the codes of {list} are never retired", {"list": "sharing"}
            )
        return value


def entry_data(
    list_name: str, code: str, labels: Mapping[str, str], active: bool = True
) -> dict[str, Any]:
    """The data of a ``reference`` record (to be validated like any record's)."""
    return {
        "list": list_name,
        "code": code,
        "labels": {lang: labels.get(lang, "") for lang in LANGUAGES},
        "active": active,
    }


def entry_of(data: Mapping[str, Any]) -> Entry:
    """The domain entry of a validated ``reference`` record's data."""
    return Entry(data["list"], data["code"], dict(data["labels"]), bool(data.get("active", True)))


__all__ = [
    "NAMESPACE",
    "OPEN_LISTS",
    "REFERENCE_ENTITY",
    "ReferenceEntry",
    "ReferenceLabels",
    "canonical_code",
    "entry_data",
    "entry_of",
    "reference_id",
]
