"""The effective reference data: shipped files overlaid with the Secretariat's entries."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from greenbelt_desktop.domain.reference_entries import entry_data, reference_id
from greenbelt_desktop.domain.validation import RecordInvalid
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.store.records import NotOwner, SecretariatOnly, Store, StoreError, Write
from greenbelt_desktop.store.reference_store import (
    FROM_SECRETARIAT,
    SHIPPED,
    THIS_INSTALLATION,
    reference_items,
    retire_entry,
    set_entry,
)

AZERBAIJAN = {"en": "Azerbaijan", "ru": "Азербайджан", "zh": "阿塞拜疆"}
PROJECT = {"title": "Ветропарк", "status": "idea", "countries": ["AZ"]}


@pytest.fixture
def secretariat(backend_home: Home) -> Iterator[Store]:
    opened = backend_home.open_store()
    opened.initialise("SECRETARIAT", "Li Wei")
    yield opened
    opened.engine.dispose()


def rows(store: Store) -> list[tuple[object, ...]]:
    with store.engine.connect() as conn:
        out = []
        for table in ("reference_entry", "installation", "audit_log"):
            out += [(table, *row) for row in conn.execute(text(f"SELECT * FROM {table}"))]
        return out


def test_the_secretariat_adds_a_member_state(secretariat: Store) -> None:
    with pytest.raises(RecordInvalid, match="AZ"):
        secretariat.add("project", PROJECT)
    item = set_entry(secretariat, "member_states", "az", AZERBAIJAN)
    assert (item.code, item.active, item.source) == ("AZ", True, FROM_SECRETARIAT)
    assert secretariat.reference.country_name("AZ", "ru") == "Азербайджан"
    project = secretariat.add("project", PROJECT)
    assert secretariat.get("project", project).data["countries"] == ["AZ"]
    record = secretariat.get("reference", reference_id("member_states", "AZ"))
    assert (record.origin, record.sharing) == ("SECRETARIAT", "members")
    assert record.change_counter == 1
    # Setting the same labels again writes nothing.
    set_entry(secretariat, "member_states", "AZ", AZERBAIJAN)
    assert secretariat.get("reference", record.id).version == record.version


def test_relabel_retire_and_bring_back(secretariat: Store) -> None:
    labels = {"en": "Waste", "ru": "Отходы", "zh": "废物"}
    set_entry(secretariat, "directions", "waste", labels)
    assert secretariat.reference.label("directions", "waste", "zh") == "废物"
    set_entry(secretariat, "member_states", "AZ", AZERBAIJAN)
    project = secretariat.add("project", PROJECT)
    retired = retire_entry(secretariat, "member_states", "az")
    assert not retired.active and retired.labels["zh"] == "阿塞拜疆"
    ref = secretariat.reference
    assert "AZ" not in ref.active_codes("member_states") and ref.is_member_state("AZ")
    # Records that name a retired member state stay valid: they can still be edited.
    assert secretariat.update("project", project, {"status": "proposal"}).data["countries"] == [
        "AZ"
    ]
    set_entry(secretariat, "member_states", "AZ", AZERBAIJAN)
    assert "AZ" in secretariat.reference.active_codes("member_states")
    with pytest.raises(StoreError, match="not a code of member_states"):
        retire_entry(secretariat, "member_states", "MN")
    with pytest.raises(RecordInvalid, match="never retired"):
        retire_entry(secretariat, "sharing", "private")
    with pytest.raises(RecordInvalid, match="not a list of reference data"):
        set_entry(secretariat, "countries", "AZ", AZERBAIJAN)


def test_listing_says_where_each_code_comes_from(secretariat: Store) -> None:
    set_entry(secretariat, "member_states", "AZ", AZERBAIJAN)
    states = {item.code: item for item in reference_items(secretariat, "member_states")}
    assert states["AZ"].source == FROM_SECRETARIAT and states["KZ"].source == SHIPPED
    assert len(reference_items(secretariat)) == sum(
        len(secretariat.reference.codes(name))
        for name in ("member_states", *secretariat.reference.lists)
    )


def test_the_reference_data_outlives_the_process(home: Home) -> None:
    store = home.open_store()
    store.initialise("SECRETARIAT", "Li Wei")
    set_entry(store, "member_states", "AZ", AZERBAIJAN)
    store.engine.dispose()
    again = home.open_store()
    assert again.reference.is_member_state("AZ")
    again.engine.dispose()


def test_withdrawn_entries(secretariat: Store) -> None:
    """A tombstone withdraws an entry: a shipped code gets its shipped labels back; a
    code not shipped stays known, retired, so records that use it stay valid."""
    shipped = secretariat.reference.label("directions", "waste", "en")
    set_entry(secretariat, "directions", "waste", {"en": "W", "ru": "О", "zh": "废"})
    set_entry(secretariat, "member_states", "AZ", AZERBAIJAN)
    secretariat.add("project", PROJECT)
    secretariat.delete("reference", reference_id("directions", "waste"))
    secretariat.delete("reference", reference_id("member_states", "AZ"))
    ref = secretariat.reference
    assert ref.label("directions", "waste", "en") == shipped
    assert ref.is_member_state("AZ") and ref.is_retired("member_states", "AZ")
    assert ref.country_name("AZ", "en") == "Azerbaijan"
    sources = {(i.list_name, i.code): i.source for i in reference_items(secretariat)}
    assert sources["directions", "waste"] == SHIPPED
    assert sources["member_states", "AZ"] == FROM_SECRETARIAT
    set_entry(secretariat, "member_states", "AZ", AZERBAIJAN)  # restores the entry
    assert not secretariat.reference.is_retired("member_states", "AZ")


def test_a_member_cannot_change_reference_data(backend_store: Store) -> None:
    before = rows(backend_store)
    with pytest.raises(SecretariatOnly, match="Only the SCO Secretariat"):
        set_entry(backend_store, "member_states", "AZ", AZERBAIJAN)
    with pytest.raises(SecretariatOnly):
        retire_entry(backend_store, "member_states", "KZ")
    # Not through the store's general write path either.
    data = entry_data("member_states", "AZ", AZERBAIJAN)
    with pytest.raises(SecretariatOnly):
        backend_store.write_many([Write("reference", reference_id("member_states", "AZ"), data)])
    with pytest.raises(SecretariatOnly):
        backend_store.add("reference", data)
    assert rows(backend_store) == before
    assert not backend_store.reference.is_member_state("AZ")


def test_a_member_cannot_edit_received_reference_data(backend_store: Store) -> None:
    record_id = reference_id("member_states", "AZ")
    backend_store.put_received(
        "reference",
        [
            (
                record_id,
                "SECRETARIAT",
                "1732440600000.0000.01a212a2-1ca1-7049-8443-7a59d5df5a31",
                "members",
                entry_data("member_states", "AZ", AZERBAIJAN),
            )
        ],
    )
    backend_store.refresh_reference()
    assert backend_store.reference.is_member_state("AZ")
    with pytest.raises(NotOwner):
        backend_store.update("reference", record_id, {"active": False})
    with pytest.raises(NotOwner):
        backend_store.delete("reference", record_id)


def test_a_member_state_that_joined_after_the_release_sets_up(home: Home) -> None:
    store = home.open_store()
    with pytest.raises(StoreError, match="--new-member"):
        store.initialise("AZ", "Leyla Aliyeva")
    with pytest.raises(StoreError, match="not an SCO member state code"):
        store.initialise("XX", "Leyla Aliyeva", new_member=True)
    store.initialise("az", "Leyla Aliyeva", new_member=True)
    assert store.installation().party == "AZ"
    # Known by its CLDR names until the Secretariat's reference data names it.
    assert store.reference.party_name("AZ", "zh") == "阿塞拜疆"
    assert [i.source for i in reference_items(store, "member_states") if i.code == "AZ"] == [
        THIS_INSTALLATION
    ]
    assert store.get("project", store.add("project", PROJECT)).data["countries"] == ["AZ"]
    store.engine.dispose()
