"""What a briefing pack covers: language, parties, dates, one meeting, the audience.

The audience decides which records may be printed (docs/briefing.md):

* ``members`` (the default) — a pack handed to other delegations: only records
  shared with all member states (sharing ``members``);
* ``secretariat`` — a pack for the SCO Secretariat: ``members`` and
  ``secretariat`` records;
* ``internal`` — a pack for the focal point's own ministry: every record,
  ``private`` ones included.

``private`` records never appear in a pack for anyone outside the installation's
own ministry. Contacts are ``secretariat`` unless their owner shared them with
all members, so a delegations' pack lists only the people shared that way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from greenbelt_desktop.domain.reference import LANGUAGES, Reference
from greenbelt_desktop.domain.sharing import MEMBERS, PRIVATE, SECRETARIAT_ONLY
from greenbelt_desktop.store.records import StoreError

AUDIENCES: dict[str, frozenset[str]] = {
    "members": frozenset({MEMBERS}),
    "secretariat": frozenset({MEMBERS, SECRETARIAT_ONLY}),
    "internal": frozenset({MEMBERS, SECRETARIAT_ONLY, PRIVATE}),
}

# progress(done, total): called while the pack is made; raising from it stops the
# work and nothing is written.
Progress = Callable[[int, int], None]


class BriefingError(StoreError):
    """Options that cannot make a pack, with a message a focal point understands."""


@dataclass(frozen=True)
class BriefingOptions:
    lang: str = "en"
    parties: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    event: str | None = None
    audience: str = "members"
    today: dt.date | None = None  # "today" of the pack; tests pin it
    generated: dt.datetime | None = None  # the moment printed on the cover

    @property
    def sharing_levels(self) -> frozenset[str]:
        return AUDIENCES[self.audience]

    def in_range(self, first: dt.date | None, last: dt.date | None) -> bool:
        """Whether the span first..last (open ends allowed) overlaps the chosen dates."""
        if self.date_to and first and first > self.date_to:
            return False
        return not (self.date_from and last and last < self.date_from)


def parse_date(text: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise BriefingError(
            f"'{text}' is not a date for {what}; write it as YYYY-MM-DD, e.g. 2026-05-14."
        ) from None


def checked_options(
    reference: Reference,
    lang: str = "en",
    parties: Sequence[str] = (),
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    event: str | None = None,
    audience: str = "members",
    today: dt.date | None = None,
) -> BriefingOptions:
    """Options checked against the reference data; raises BriefingError on the first problem."""
    if lang not in LANGUAGES:
        raise BriefingError(f"'{lang}' is not a pack language (expected one of: en, ru, zh).")
    if audience not in AUDIENCES:
        raise BriefingError(
            f"'{audience}' is not an audience (expected one of: {', '.join(AUDIENCES)})."
        )
    codes = []
    for party in parties:
        code = party.strip().upper()
        if not reference.is_party(code):
            raise BriefingError(
                f"'{party}' is not an SCO member state code (expected one of: "
                f"{', '.join(reference.member_states)} or SECRETARIAT)."
            )
        if code not in codes:
            codes.append(code)
    if date_from and date_to and date_from > date_to:
        raise BriefingError(
            f"The start date {date_from.isoformat()} is after the end date "
            f"{date_to.isoformat()}; nothing was written."
        )
    if event and (date_from or date_to):
        raise BriefingError(
            "A pack for one meeting (--event) covers that meeting; leave out --from and --to."
        )
    return BriefingOptions(
        lang=lang,
        parties=tuple(codes),
        date_from=date_from,
        date_to=date_to,
        event=event.strip() if event else None,
        audience=audience,
        today=today,
    )
