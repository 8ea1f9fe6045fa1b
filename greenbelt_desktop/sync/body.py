"""The body of a bundle and its changes (BUNDLE-FORMAT.md §2–3): constants, the
checks of every field before anything is applied, and the limits.

A change is checked for shape here (entity known, RFC 9562 id, version a
hybrid-logical-clock string, sharing not private, origin allowed; reference
data only from the Secretariat); its data is then validated by the domain's
``validate_record`` in the importer.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from typing import Any

from greenbelt_desktop.domain.clock import VERSION_RE
from greenbelt_desktop.domain.entities import SYNCED_ENTITIES
from greenbelt_desktop.domain.ids import normalise_uuid
from greenbelt_desktop.domain.reference_entries import REFERENCE_ENTITY
from greenbelt_desktop.domain.sharing import MEMBERS, SECRETARIAT_ONLY
from greenbelt_desktop.sync.errors import BundleRefused, Message
from greenbelt_desktop.sync.strictjson import MAX_INTEGER

FORMAT = "sco-greenbelt-bundle"
FORMAT_VERSION = 1
SCHEMA_VERSION = 1
STATE, CONSOLIDATED = "state", "consolidated"
SECRETARIAT = "SECRETARIAT"
ALL = "ALL"
# Attachments: the domain limits one file to 20 MB; a bundle carries at most this much.
MAX_ATTACHMENT_BYTES_PER_BUNDLE = 256 * 1024 * 1024
MAX_CHANGES = 2_000_000
# RFC 9562 variant, lower case: the usual form, checked without building a UUID object.
_CANONICAL_UUID = re.compile(
    r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
)


@dataclass(frozen=True)
class Issuer:
    party: str
    device: str
    kid: str


@dataclass(frozen=True)
class Body:
    """The checked top-level fields of a bundle body (unknown keys ignored)."""

    kind: str
    bundle_id: str
    issuer: Issuer
    audience: str
    sequence: int
    created_at: str
    schema_version: int
    acknowledged: dict[str, int]
    raw: dict[str, Any]

    def label(self) -> str:
        return f"{self.issuer.party} bundle {self.sequence}"


def _uuid(value: Any, field: Message) -> str:
    try:
        return normalise_uuid(str(value)) if isinstance(value, str) else _bad(field)
    except ValueError:
        return _bad(field)


def _bad(field: Message) -> str:
    raise BundleRefused("The bundle's {field} is missing or malformed.", field=field)


def check_body(raw: dict[str, Any], what: str = "bundle") -> Body:
    """The checked top-level fields; ``what`` names the document in refusals ("bundle",
    "forwarded bundle"), translated on its own by the GUI."""
    named = Message(what)
    if raw.get("format") != FORMAT:
        raise BundleRefused("This {what} is not a Green Belt bundle.", what=named)
    if raw.get("format_version") != FORMAT_VERSION:
        raise BundleRefused(
            "This {what} uses bundle format {version}, which this version of Green Belt "
            "Desktop does not know. Please update the application.",
            what=named,
            version=repr(raw.get("format_version")),
        )
    schema = raw.get("schema_version")
    if not isinstance(schema, int) or isinstance(schema, bool) or not 1 <= schema <= MAX_INTEGER:
        raise BundleRefused("The {what}'s schema version is missing or malformed.", what=named)
    if schema > SCHEMA_VERSION:
        raise BundleRefused(
            "This {what} holds data of schema version {schema}, newer than this version of "
            "Green Belt Desktop knows. Please update the application, then import it again.",
            what=named,
            schema=schema,
        )
    kind = raw.get("kind")
    if kind not in (STATE, CONSOLIDATED):
        raise BundleRefused(
            "This {what} is of an unknown kind ({kind}).", what=named, kind=repr(kind)
        )
    issuer = raw.get("issuer")
    if not isinstance(issuer, dict):
        raise BundleRefused("The {what} does not say who issued it.", what=named)
    party, kid = issuer.get("party"), issuer.get("kid")
    if not isinstance(party, str) or not isinstance(kid, str):
        raise BundleRefused("The {what} does not say who issued it.", what=named)
    device = _uuid(issuer.get("device"), Message("issuing device"))
    sequence = raw.get("sequence")
    if (
        not isinstance(sequence, int)
        or isinstance(sequence, bool)
        or not 1 <= sequence <= MAX_INTEGER
    ):
        raise BundleRefused("The {what}'s sequence is missing or malformed.", what=named)
    acknowledged = raw.get("acknowledged", {})
    if not isinstance(acknowledged, dict) or not all(
        isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= MAX_INTEGER
        for v in acknowledged.values()
    ):
        raise BundleRefused("The {what}'s acknowledgements are malformed.", what=named)
    audience, created = raw.get("audience"), raw.get("created_at", "")
    if not isinstance(audience, str) or not isinstance(created, str):
        raise BundleRefused("The {what}'s audience or date is malformed.", what=named)
    if not isinstance(raw.get("changes", []), list):
        raise BundleRefused("The {what}'s changes are not a list.", what=named)
    return Body(
        kind,
        _uuid(raw.get("bundle_id"), Message("bundle_id")),
        Issuer(party, device, kid),
        audience,
        sequence,
        created,
        schema,
        {str(k): int(v) for k, v in acknowledged.items()},
        raw,
    )


@dataclass(frozen=True)
class Change:
    entity: str
    id: str
    origin: str
    version: str
    deleted: bool
    sharing: str
    data: dict[str, Any]


def check_change(raw: Any, position: int, origin: str | None, sharing: str) -> Change:
    """Shape of one change; ``origin``/``sharing``: what this part of the bundle allows."""
    number = position + 1
    if not isinstance(raw, dict):
        raise BundleRefused("The bundle's change {number} is not an object.", number=number)
    entity = raw.get("entity")
    if entity not in SYNCED_ENTITIES:
        raise BundleRefused(
            "The bundle's change {number} is of an unknown kind of record ({entity}); this "
            "version of Green Belt Desktop does not know it. Please update the application.",
            number=number,
            entity=repr(entity),
        )
    if entity == REFERENCE_ENTITY and (origin or raw.get("origin")) != SECRETARIAT:
        raise BundleRefused(
            "The bundle's change {number} carries reference data, which only the SCO "
            "Secretariat issues; the bundle is refused whole.",
            number=number,
        )
    record_id = raw.get("id")
    if not isinstance(record_id, str) or not _CANONICAL_UUID.fullmatch(record_id):
        try:
            record_id = normalise_uuid(str(uuid.UUID(str(record_id))))
        except ValueError:
            raise BundleRefused(
                "The bundle's change {number} ({entity}) has no valid id.",
                number=number,
                entity=entity,
            ) from None
    version, deleted = raw.get("version"), raw.get("deleted")
    if not isinstance(version, str) or not VERSION_RE.fullmatch(version):
        raise BundleRefused(
            "The bundle's change {number} ({entity} {record_id}) has no valid version.",
            number=number,
            entity=entity,
            record_id=record_id,
        )
    if not isinstance(deleted, bool):
        raise BundleRefused(
            "The bundle's change {number} ({entity} {record_id}) lacks 'deleted'.",
            number=number,
            entity=entity,
            record_id=record_id,
        )
    found_sharing = raw.get("sharing")
    if found_sharing == "private":
        raise BundleRefused(
            "The bundle's change {number} ({entity} {record_id}) is private: private records "
            "never leave an installation. The bundle is refused.",
            number=number,
            entity=entity,
            record_id=record_id,
        )
    if found_sharing != sharing:
        raise BundleRefused(
            "The bundle's change {number} ({entity} {record_id}) has sharing {sharing} where "
            "only '{level}' may travel; the bundle is refused.",
            number=number,
            entity=entity,
            record_id=record_id,
            sharing=repr(found_sharing),
            level="members" if sharing == MEMBERS else "secretariat",
        )
    found_origin = raw.get("origin")
    if origin is not None and found_origin != origin:
        raise BundleRefused(
            "The bundle's change {number} ({entity} {record_id}) belongs to {owner}, but the "
            "bundle was issued by {origin}: only a record's owner sends it. Refused whole.",
            number=number,
            entity=entity,
            record_id=record_id,
            owner=repr(found_origin),
            origin=origin,
        )
    data = raw.get("data", {})
    if not isinstance(data, dict):
        raise BundleRefused(
            "The bundle's change {number} ({entity} {record_id}) has no data object.",
            number=number,
            entity=entity,
            record_id=record_id,
        )
    if not deleted and not data:
        raise BundleRefused(
            "The bundle's change {number} ({entity} {record_id}) has empty data.",
            number=number,
            entity=entity,
            record_id=record_id,
        )
    return Change(entity, record_id, str(found_origin), version, deleted, sharing, data)


__all__ = [
    "ALL",
    "CONSOLIDATED",
    "FORMAT",
    "FORMAT_VERSION",
    "MEMBERS",
    "SCHEMA_VERSION",
    "SECRETARIAT",
    "SECRETARIAT_ONLY",
    "STATE",
    "Body",
    "Change",
    "Issuer",
    "check_body",
    "check_change",
]
