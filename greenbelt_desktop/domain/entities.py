"""The entities a focal point records, as pydantic models: one validation for all.

The form, the command line's JSON, a spreadsheet row and an incoming bundle
change all pass through :func:`greenbelt_desktop.domain.validation.validate_record`,
which uses these models; ``resources/schema/*.schema.json`` is generated from
them (``python -m greenbelt_desktop.domain.schema``), so schema and code agree.

Field names are the record's own names in JSON, bundles and spreadsheets;
links to other records are UUID strings. Sync metadata (id, origin, version,
sharing, tombstone, timestamps) is not part of a record's data.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from greenbelt_desktop.domain.file_names import plain_file_name
from greenbelt_desktop.domain.ids import normalise_uuid
from greenbelt_desktop.domain.reference import (
    Reference,
    country_codes,
    currency_codes,
    default_reference,
)
from greenbelt_desktop.domain.reference_entries import REFERENCE_ENTITY, ReferenceEntry

MAX_TEXT = 20_000
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


def _reference(info: ValidationInfo) -> Reference:
    context = info.context or {}
    ref = context.get("reference")
    return ref if isinstance(ref, Reference) else default_reference()


def _codes(list_name: str) -> Any:
    """A Literal of the list's codes: checked inside pydantic-core, fast for bulk imports.

    The code lists of DOMAIN.md are stable identifiers (only member states are
    updated by the Secretariat, and those are checked against the reference
    passed in). ``validation.issues_from`` turns the error into ``unknown_code``.
    """
    return Literal[tuple(default_reference().codes(list_name))]


def _check_country(value: str, info: ValidationInfo) -> str:
    code = value.upper()
    if code not in country_codes() and not _reference(info).is_member_state(code):
        raise PydanticCustomError(
            "invalid_country",
            "'{value}' is not an ISO 3166-1 alpha-2 country code",
            {"value": value},
        )
    return code


_FOUNDING_MEMBERS = frozenset(default_reference().member_states)


def _check_member_state(value: str, info: ValidationInfo) -> str:
    if value in _FOUNDING_MEMBERS:  # fast path: members are added, never removed
        return value
    code = value.upper()
    if not _reference(info).is_member_state(code):
        raise PydanticCustomError(
            "invalid_member_state",
            "'{value}' is not an SCO member state code",
            {"value": value},
        )
    return code


def _check_party(value: str, info: ValidationInfo) -> str:
    code = value.upper()
    if not _reference(info).is_party(code):
        raise PydanticCustomError(
            "invalid_party",
            "'{value}' is not an SCO member state code or SECRETARIAT",
            {"value": value},
        )
    return code


def _check_currency(value: str) -> str:
    code = value.upper()
    if code not in currency_codes():
        raise PydanticCustomError(
            "invalid_currency", "'{value}' is not an ISO 4217 currency code", {"value": value}
        )
    return code


_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def _check_email(value: str) -> str:
    if not _EMAIL_RE.fullmatch(value) or ".." in value:
        raise PydanticCustomError(
            "invalid_email", "'{value}' is not a valid e-mail address", {"value": value}
        )
    return value


def _check_url(value: str) -> str:
    if not re.fullmatch(r"^https?://[^\s/$.?#][^\s]*$", value, re.IGNORECASE):
        if re.fullmatch(r"^[\w-]+(\.[\w-]+)+(/\S*)?$", value):
            return "https://" + value
        raise PydanticCustomError(
            "invalid_url", "'{value}' is not a web address (http:// or https://)", {"value": value}
        )
    return value


def _check_uuid(value: str) -> str:
    try:
        return normalise_uuid(value)
    except ValueError:
        raise PydanticCustomError(
            "invalid_reference", "'{value}' is not a record id (UUID)", {"value": value}
        ) from None


def _check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise PydanticCustomError(
            "invalid_timezone", "'{value}' is not an IANA time zone", {"value": value}
        ) from None
    return value


def _check_language(value: str) -> str:
    if not re.fullmatch(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", value):
        raise PydanticCustomError(
            "invalid_language",
            "'{value}' is not a language code such as ru, zh, en",
            {"value": value},
        )
    return value


def parse_event_time(value: str) -> dt.date | dt.datetime:
    """An all-day ISO 8601 date, or a date-time that carries its UTC offset."""
    text = value.strip()
    if len(text) == 10:
        return dt.date.fromisoformat(text)
    moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError("no offset")
    return moment


def _check_event_time(value: str) -> str:
    try:
        parsed = parse_event_time(value)
    except ValueError:
        raise PydanticCustomError(
            "invalid_date",
            "'{value}' is not a date (2026-05-14) or a date-time with offset "
            "(2026-05-14T09:30:00+05:00)",
            {"value": value},
        ) from None
    return parsed.isoformat()


def _event_sort_key(value: dt.date | dt.datetime) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC)
    return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)


Text = Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]
Line = Annotated[str, Field(min_length=1, max_length=500)]
Country = Annotated[
    str,
    AfterValidator(_check_country),
    WithJsonSchema(
        {"type": "string", "pattern": "^[A-Z]{2}$", "description": "ISO 3166-1 alpha-2"}
    ),
]
MemberState = Annotated[
    str,
    AfterValidator(_check_member_state),
    WithJsonSchema({"type": "string", "pattern": "^[A-Z]{2}$", "description": "SCO member state"}),
]
Party = Annotated[
    str,
    AfterValidator(_check_party),
    WithJsonSchema(
        {"type": "string", "pattern": "^([A-Z]{2}|SECRETARIAT)$", "description": "party"}
    ),
]
Currency = Annotated[
    str,
    AfterValidator(_check_currency),
    WithJsonSchema({"type": "string", "pattern": "^[A-Z]{3}$", "description": "ISO 4217"}),
]
Email = Annotated[
    str, AfterValidator(_check_email), WithJsonSchema({"type": "string", "format": "email"})
]
Url = Annotated[
    str, AfterValidator(_check_url), WithJsonSchema({"type": "string", "format": "uri"})
]
RecordId = Annotated[
    str, AfterValidator(_check_uuid), WithJsonSchema({"type": "string", "format": "uuid"})
]
TimeZoneName = Annotated[
    str, AfterValidator(_check_timezone), WithJsonSchema({"type": "string", "description": "IANA"})
]
Language = Annotated[str, AfterValidator(_check_language)]
EventTime = Annotated[
    str,
    AfterValidator(_check_event_time),
    WithJsonSchema(
        {
            "type": "string",
            "description": "ISO 8601 date (all-day) or date-time with UTC offset",
        }
    ),
]
Amount = Annotated[float, Field(ge=0, allow_inf_nan=False)]

if TYPE_CHECKING:
    Direction = str
    Form = str
    OrganisationKind = str
    ContactRole = str
    EventKind = str
    EventStatus = str
    ParticipantRole = str
    ProjectStatus = str
    PartnerRole = str
    FinancingSource = str
    RecommendationStatus = str
    AgreementStatus = str
else:
    Direction = _codes("directions")
    Form = _codes("forms")
    OrganisationKind = _codes("organisation_kind")
    ContactRole = _codes("contact_role")
    EventKind = _codes("event_kind")
    EventStatus = _codes("event_status")
    ParticipantRole = _codes("participant_role")
    ProjectStatus = _codes("project_status")
    PartnerRole = _codes("partner_role")
    FinancingSource = _codes("financing_source")
    RecommendationStatus = _codes("recommendation_status")
    AgreementStatus = _codes("agreement_status")


class _Record(BaseModel):
    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, validate_default=False, frozen=True
    )

    @model_validator(mode="before")
    @classmethod
    def _blank_is_missing(cls, data: Any) -> Any:
        """An empty text box means "no value", as a person expects."""
        # Only exact "" is checked here (fast for bulk imports); whitespace-only text
        # is stripped by pydantic and then reported as missing.
        if isinstance(data, dict) and "" in data.values():
            return {
                key: (None if isinstance(value, str) and not value.strip() else value)
                for key, value in data.items()
            }
        return data


def _unique(values: list[str]) -> list[str]:
    if len(values) < 2 or len(set(values)) == len(values):  # the usual case: no repeats
        return values
    return list(dict.fromkeys(values))


class Organisation(_Record):
    name: Line
    name_en: Line | None = None
    name_ru: Line | None = None
    name_zh: Line | None = None
    acronym: Line | None = None
    kind: OrganisationKind
    country: Country
    website: Url | None = None
    email: Email | None = None
    phone: Line | None = None
    address: Text | None = None
    directions: Annotated[list[Direction], AfterValidator(_unique)] = Field(default_factory=list)
    notes: Text | None = None


class Contact(_Record):
    full_name: Line
    full_name_latin: Line | None = None
    title: Line | None = None
    organisation: RecordId | None = None
    country: Country | None = None
    roles: Annotated[list[ContactRole], AfterValidator(_unique)] = Field(default_factory=list)
    email: Email | None = None
    emails: Annotated[list[Email], AfterValidator(_unique)] = Field(default_factory=list)
    phones: list[Line] = Field(default_factory=list)
    languages: Annotated[list[Language], AfterValidator(_unique)] = Field(default_factory=list)
    notes: Text | None = None


class Participant(_Record):
    contact: RecordId
    role: ParticipantRole = "delegate"


class Event(_Record):
    title: Line
    kind: EventKind
    status: EventStatus = "planned"
    start: EventTime
    end: EventTime
    timezone: TimeZoneName | None = None
    venue: Line | None = None
    city: Line | None = None
    country: Country
    cross_border: bool = False
    organisers: Annotated[list[RecordId], AfterValidator(_unique)] = Field(default_factory=list)
    participants: list[Participant] = Field(default_factory=list)
    directions: Annotated[list[Direction], AfterValidator(_unique)] = Field(default_factory=list)
    forms: Annotated[list[Form], AfterValidator(_unique)] = Field(default_factory=list)
    agenda: list[Text] = Field(default_factory=list)
    description: Text | None = None
    outcome: Text | None = None

    @model_validator(mode="after")
    def _end_not_before_start(self) -> Event:
        start, end = parse_event_time(self.start), parse_event_time(self.end)
        if isinstance(start, dt.datetime) != isinstance(end, dt.datetime):
            start_day = start.date() if isinstance(start, dt.datetime) else start
            end_day = end.date() if isinstance(end, dt.datetime) else end
            before = end_day < start_day
        else:
            before = _event_sort_key(end) < _event_sort_key(start)
        if before:
            raise PydanticCustomError(
                "end_before_start",
                "the end ({end}) is before the start ({start})",
                {"start": self.start, "end": self.end},
            )
        return self


class Partner(_Record):
    organisation: RecordId
    role: PartnerRole = "partner"


class FinancingLine(_Record):
    amount: Amount
    currency: Currency
    source: FinancingSource
    organisation: RecordId | None = None
    note: Line | None = None


class Project(_Record):
    title: Line
    summary: Text | None = None
    directions: Annotated[list[Direction], AfterValidator(_unique)] = Field(default_factory=list)
    forms: Annotated[list[Form], AfterValidator(_unique)] = Field(default_factory=list)
    countries: Annotated[list[MemberState], AfterValidator(_unique)] = Field(default_factory=list)
    status: ProjectStatus
    start: dt.date | None = None
    end: dt.date | None = None
    budget: Amount | None = None
    budget_currency: Currency | None = None
    partners: list[Partner] = Field(default_factory=list)
    financing: list[FinancingLine] = Field(default_factory=list)
    co2e_t_per_year: Amount | None = None
    renewable_mw: Amount | None = None
    energy_saved_mwh_per_year: Amount | None = None
    waste_t_per_year: Amount | None = None
    location: Line | None = None
    technology: Line | None = None
    notes: Text | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Project:
        if self.start and self.end and self.end < self.start:
            raise PydanticCustomError(
                "end_before_start",
                "the end ({end}) is before the start ({start})",
                {"start": self.start.isoformat(), "end": self.end.isoformat()},
            )
        if self.budget is not None and not self.budget_currency:
            raise PydanticCustomError(
                "currency_required", "a budget needs its currency (budget_currency)", {}
            )
        return self


class FollowUp(_Record):
    date: dt.date | None = None
    text: Text
    done: bool = False


class Recommendation(_Record):
    title: Line
    text: Text
    proposed_by: Party | None = None
    proposer: RecordId | None = None
    meeting: RecordId | None = None
    status: RecommendationStatus = "draft"
    adopted_on: dt.date | None = None
    directions: Annotated[list[Direction], AfterValidator(_unique)] = Field(default_factory=list)
    follow_ups: list[FollowUp] = Field(default_factory=list)


class Agreement(_Record):
    title: Line
    parties: Annotated[list[Country], AfterValidator(_unique)] = Field(default_factory=list)
    organisations: Annotated[list[RecordId], AfterValidator(_unique)] = Field(default_factory=list)
    signed_on: dt.date | None = None
    status: AgreementStatus = "draft"
    summary: Text | None = None
    directions: Annotated[list[Direction], AfterValidator(_unique)] = Field(default_factory=list)


class Practice(_Record):
    title: Line
    summary: Text | None = None
    country: Country
    directions: Annotated[list[Direction], AfterValidator(_unique)] = Field(default_factory=list)
    forms: Annotated[list[Form], AfterValidator(_unique)] = Field(default_factory=list)
    organisation: RecordId | None = None


def _check_sha256(value: str) -> str:
    if not re.fullmatch(r"[0-9a-f]{64}", value):
        raise PydanticCustomError(
            "invalid_sha256", "'{value}' is not a SHA-256 hex digest", {"value": value}
        )
    return value


class Attachment(_Record):
    """A file belonging to a record; ``content`` is the file, base64-encoded."""

    owner_entity: Annotated[
        str,
        WithJsonSchema(
            {
                "type": "string",
                "enum": [
                    "organisation",
                    "contact",
                    "event",
                    "project",
                    "recommendation",
                    "agreement",
                    "practice",
                ],
            }
        ),
    ]
    owner: RecordId
    # A plain base name, without control or bidirectional characters (BUNDLE-FORMAT §8.5).
    file_name: Annotated[Line, AfterValidator(plain_file_name)]
    media_type: Line = "application/octet-stream"
    size: Annotated[int, Field(ge=0, le=MAX_ATTACHMENT_BYTES)]
    sha256: Annotated[str, AfterValidator(_check_sha256)]
    content: Annotated[str, WithJsonSchema({"type": "string", "contentEncoding": "base64"})]

    @model_validator(mode="after")
    def _content_matches(self) -> Attachment:
        if self.owner_entity not in RECORD_ENTITIES:
            raise PydanticCustomError(
                "unknown_entity", "'{value}' is not a record kind", {"value": self.owner_entity}
            )
        try:
            raw = base64.b64decode(self.content, validate=True)
        except (binascii.Error, ValueError):
            raise PydanticCustomError(
                "invalid_content", "the file content is not valid base64", {}
            ) from None
        if len(raw) != self.size or hashlib.sha256(raw).hexdigest() != self.sha256:
            raise PydanticCustomError(
                "checksum_mismatch", "the file does not match its size and SHA-256", {}
            )
        return self


RECORD_ENTITIES: tuple[str, ...] = (
    "organisation",
    "contact",
    "event",
    "project",
    "recommendation",
    "agreement",
    "practice",
)
ENTITIES: tuple[str, ...] = (*RECORD_ENTITIES, "attachment")
# Every kind of record that travels in bundles: the Secretariat's reference data
# (see reference_entries), then what focal points record.
SYNCED_ENTITIES: tuple[str, ...] = (REFERENCE_ENTITY, *ENTITIES)


@dataclass(frozen=True)
class Kind:
    """One kind of record: its model and the facts every layer asks of it.

    ``links``: fields holding links to other records, as (field path, target kind).
    ``stored_only``: fields no list, form or workbook sheet shows (an attachment's
    file facts, which the files dialog shows and the program writes);
    tests/test_kinds.py checks that every other field of the model is shown.
    """

    name: str
    model: type[BaseModel]
    title_field: str
    default_sharing: str = "members"
    links: tuple[tuple[str, str], ...] = ()
    stored_only: tuple[str, ...] = ()

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(self.model.model_fields)


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("organisation", Organisation, "name"),
        Kind(
            "contact",
            Contact,
            "full_name",
            default_sharing="secretariat",
            links=(("organisation", "organisation"),),
        ),
        Kind(
            "event",
            Event,
            "title",
            links=(("organisers", "organisation"), ("participants.contact", "contact")),
        ),
        Kind(
            "project",
            Project,
            "title",
            links=(
                ("partners.organisation", "organisation"),
                ("financing.organisation", "organisation"),
            ),
        ),
        Kind(
            "recommendation",
            Recommendation,
            "title",
            links=(("proposer", "contact"), ("meeting", "event")),
        ),
        Kind("agreement", Agreement, "title", links=(("organisations", "organisation"),)),
        Kind("practice", Practice, "title", links=(("organisation", "organisation"),)),
        Kind(
            "attachment",
            Attachment,
            "file_name",
            stored_only=(
                "file_name",
                "owner_entity",
                "owner",
                "media_type",
                "size",
                "sha256",
                "content",
            ),
        ),
        Kind(REFERENCE_ENTITY, ReferenceEntry, "code"),
    )
}

# The registry seen one fact at a time, for the many callers that ask one.
MODELS: dict[str, type[BaseModel]] = {name: kind.model for name, kind in KINDS.items()}
# The field that names a record in lists, links and messages.
TITLE_FIELD: dict[str, str] = {name: kind.title_field for name, kind in KINDS.items()}
# Default sharing of a new record when none is given.
DEFAULT_SHARING: dict[str, str] = {name: kind.default_sharing for name, kind in KINDS.items()}
# Fields holding links to other records: (field path, target entity).
LINKS: dict[str, tuple[tuple[str, str], ...]] = {
    name: kind.links for name, kind in KINDS.items() if kind.links
}


def attachment_data(
    owner_entity: str,
    owner: str,
    file_name: str,
    content: bytes,
    media_type: str = "application/octet-stream",
) -> dict[str, Any]:
    """The data of an attachment record for a file's bytes."""
    return {
        "owner_entity": owner_entity,
        "owner": owner,
        "file_name": plain_file_name(file_name),
        "media_type": media_type,
        "size": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
        "content": base64.b64encode(content).decode("ascii"),
    }


def all_timezones() -> list[str]:
    return sorted(available_timezones())
