"""Record ids: UUID v7 for new records (RFC 9562); any RFC 9562 UUID is accepted."""

from __future__ import annotations

import re
import uuid

import uuid6


def new_id() -> str:
    return str(uuid6.uuid7())


# The canonical form of an RFC 9562 UUID: what new_id() makes and what is stored.
_CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def normalise_uuid(value: str) -> str:
    """Return the canonical lower-case form, or raise ValueError."""
    if isinstance(value, str) and _CANONICAL.fullmatch(value):
        return value  # already canonical (the usual case; bulk writes check 100,000s)
    parsed = uuid.UUID(str(value).strip())
    text = str(parsed)
    if parsed.variant != uuid.RFC_4122 and text not in (
        "00000000-0000-0000-0000-000000000000",
        "ffffffff-ffff-ffff-ffff-ffffffffffff",
    ):
        raise ValueError("not an RFC 9562 UUID")
    return text
