"""No leaked ids (BUNDLE-FORMAT.md §8.3): a shared record never names a record its
recipients will not receive, so no other party can squat on its id; and an id another
party squats on anyway never stops the owner's exchange."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from greenbelt_desktop.domain.validation import validate_record
from greenbelt_desktop.sync.export import without_links
from tests.sync.conftest import PROJECT, Site, payload_of, read_bundle
from tests.sync.forge import resign_state

Sites = tuple[Site, Site, Site]  # KZ, CN, the Secretariat


@pytest.fixture
def sites(make_site: Callable[[str, str], Site]) -> Sites:
    kz, cn, sec = make_site("kz", "KZ"), make_site("cn", "CN"), make_site("sec", "SECRETARIAT")
    for member in (kz, cn):
        sec.trust(member)
        member.trust(sec)
    return kz, cn, sec


def organisation(name: str) -> dict[str, Any]:
    return {"name": name, "kind": "ministry", "country": "KZ"}


def contact(name: str, org: str | None = None) -> dict[str, Any]:
    return {"full_name": name, **({"organisation": org} if org else {})}


def every_text(path: Any) -> str:
    """The bundle's body and every inner bundle's body, as text."""
    body = payload_of(read_bundle(path))
    texts = [json.dumps(body, ensure_ascii=False)]
    inner = [body["forward"]] if "forward" in body else list(body.get("forwarded", []))
    texts += [json.dumps(payload_of(jws), ensure_ascii=False) for jws in inner]
    return "\n".join(texts)


def inner_text(path: Any) -> str:
    body = payload_of(read_bundle(path))
    return json.dumps(payload_of(body["forward"]), ensure_ascii=False)


def test_links_to_private_and_secretariat_records_are_left_out(sites: Sites) -> None:
    kz, cn, sec = sites
    add = kz.store.add
    private_org = add("organisation", organisation("Private ministry"), "private")
    shared_org = add("organisation", organisation("Shared ministry"), "members")
    hidden = add("contact", contact("Private person"), "private")
    sec_only = add("contact", contact("Secretariat-only person", private_org), "secretariat")
    shared = add("contact", contact("Shared person", shared_org), "members")
    event = add(
        "event",
        {
            "title": "Forum",
            "kind": "forum",
            "start": "2026-05-01",
            "end": "2026-05-02",
            "country": "KZ",
            "organisers": [private_org, shared_org],
            "participants": [
                {"contact": hidden, "role": "speaker"},
                {"contact": sec_only, "role": "delegate"},
                {"contact": shared, "role": "speaker"},
            ],
        },
        "members",
    )
    project = add(
        "project",
        {
            **PROJECT,
            "partners": [{"organisation": private_org}, {"organisation": shared_org}],
            "financing": [
                {
                    "amount": 5,
                    "currency": "USD",
                    "source": "green_fund",
                    "organisation": private_org,
                }
            ],
        },
        "members",
    )
    recommendation = add(
        "recommendation", {"title": "R", "text": "T", "proposer": hidden, "meeting": event}
    )
    bundle = kz.export()
    text = every_text(bundle)
    assert private_org not in text and hidden not in text
    assert sec_only not in inner_text(bundle)  # it travels in the outer part only

    sec.receive(bundle)
    held_event = sec.store.get("event", event).data
    assert held_event["organisers"] == [shared_org]
    assert held_event["participants"] == [{"contact": shared, "role": "speaker"}]
    held_project = sec.store.get("project", project).data
    assert [p["organisation"] for p in held_project["partners"]] == [shared_org]
    assert held_project["financing"][0]["organisation"] is None
    assert held_project["financing"][0]["amount"] == 5
    assert sec.store.get("contact", sec_only).data["organisation"] is None
    assert sec.store.get("recommendation", recommendation).data["proposer"] is None
    # The owner's own records keep every link.
    assert len(kz.store.get("event", event).data["participants"]) == 3
    assert kz.store.get("contact", sec_only).data["organisation"] == private_org

    consolidated = sec.export()
    assert private_org not in every_text(consolidated)
    assert sec_only not in every_text(consolidated)
    cn.receive(consolidated)
    assert cn.store.get("event", event).data["participants"] == [
        {"contact": shared, "role": "speaker"}
    ]
    kz.receive(consolidated)  # the owner's copy is untouched (same version)
    assert len(kz.store.get("event", event).data["participants"]) == 3


def test_the_secretariats_members_records_name_no_secretariat_only_record(
    sites: Sites,
) -> None:
    kz, cn, sec = sites
    kz_contact = kz.store.add("contact", contact("KZ official"), "secretariat")
    sec.receive(kz.export())
    own = sec.store.add("contact", contact("Secretariat staff"), "secretariat")
    meeting = sec.store.add(
        "event",
        {
            "title": "EWG meeting",
            "kind": "ewg_meeting",
            "start": "2026-06-01",
            "end": "2026-06-01",
            "country": "KZ",
            "participants": [{"contact": kz_contact}, {"contact": own}],
        },
        "members",
    )
    consolidated = sec.export()
    text = every_text(consolidated)
    assert kz_contact not in text and own not in text
    cn.receive(consolidated)
    assert cn.store.get("event", meeting).data["participants"] == []


def test_an_id_squatted_on_never_stops_the_owners_exchange(sites: Sites) -> None:
    """Issue 12 item 5. The private contact's id no longer leaks; a member that learns
    it anyway and sends a record under it makes a listed clash, and the owner's later
    consolidated bundles still import."""
    kz, cn, sec = sites
    hidden = kz.store.add("contact", contact("Private person"), "private")
    event = kz.store.add(
        "event",
        {
            "title": "Forum",
            "kind": "forum",
            "start": "2026-05-01",
            "end": "2026-05-02",
            "country": "KZ",
            "participants": [{"contact": hidden}],
        },
        "members",
    )
    bundle = kz.export()
    assert hidden not in every_text(bundle)
    sec.receive(bundle)
    cn.receive(sec.export())
    kz.receive(sec.export())

    # CN sends a contact of its own under the private contact's id.
    cn.store.add("contact", contact("Squatter"), "members")
    cn.store.add("contact", contact("Honest CN"), "members")

    def squat(inner: dict[str, Any]) -> None:
        inner["changes"][0]["id"] = hidden

    assert sec.receive(resign_state(cn, cn.export(), inner=squat)).totals["new"] == 2
    before = kz.store.get("contact", hidden)
    report = kz.receive(sec.export())
    assert report.totals["clashes"] == 1 and report.clashes[0]["sender"] == "CN"
    after = kz.store.get("contact", hidden)
    assert (after.origin, after.version, after.data) == (before.origin, before.version, before.data)
    assert after.sharing == "private"
    # Every later bundle goes on importing at the owner, and everyone exchanges.
    kz.store.update("event", event, {**kz.store.get("event", event).data, "title": "Renamed"})
    sec.receive(kz.export())
    later = cn.store.add("contact", contact("Later CN"), "members")
    sec.receive(cn.export())
    final = sec.export()
    assert kz.receive(final).totals["clashes"] == 0
    assert kz.store.get("contact", later).data["full_name"] == "Later CN"
    cn.receive(final)
    assert cn.store.get("event", event).data["title"] == "Renamed"
    assert kz.receive(sec.export()).already_applied is False


def test_what_is_left_stays_valid() -> None:
    gone, kept = "01a212a2-1ca1-7049-8443-7a59d5df5a31", "01a212a2-1ca1-7049-8443-7a59d5df5a32"
    data = {
        "title": "Forum",
        "kind": "forum",
        "start": "2026-05-01",
        "end": "2026-05-02",
        "country": "KZ",
        "organisers": [gone],
        "participants": [{"contact": gone}, {"contact": kept, "role": "speaker"}],
    }
    left = without_links("event", data, frozenset({gone}))
    assert left["organisers"] == [] and left["participants"] == [data["participants"][1]]
    validate_record("event", left)
    assert data["organisers"] == [gone]  # the record itself is not changed
