"""Sharing levels (BUNDLE-FORMAT.md §3) and who may edit a record."""

from __future__ import annotations

PRIVATE = "private"
SECRETARIAT_ONLY = "secretariat"
MEMBERS = "members"
SHARING_LEVELS = (PRIVATE, SECRETARIAT_ONLY, MEMBERS)


def narrowest(*levels: str) -> str:
    """The narrowest of the sharing levels (an attachment's is never wider than its record's)."""
    return min(levels, key=SHARING_LEVELS.index)


def may_edit(own_party: str, origin: str) -> bool:
    """Only the owner party edits a record."""
    return own_party == origin
