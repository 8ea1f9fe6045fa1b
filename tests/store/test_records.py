from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from greenbelt_desktop.domain.entities import attachment_data
from greenbelt_desktop.domain.validation import RecordInvalid
from greenbelt_desktop.store.records import NotOwner, RecordNotFound, Store

OTHER_DEVICE = "01a212a2-1ca1-7049-8443-7a59d5df5a31"
PROJECT = {"title": "Солнечная станция", "status": "idea", "directions": ["renewable_tech"]}


def snapshot(store: Store) -> list[tuple]:
    with store.engine.connect() as conn:
        rows = []
        for table in ("project", "installation", "audit_log", "search_doc"):
            rows += [(table, *row) for row in conn.execute(text(f"SELECT * FROM {table}"))]
        return rows


def test_add_stamps_sync_metadata(store: Store) -> None:
    record_id = store.add("project", PROJECT)
    record = store.get("project", record_id)
    installation = store.installation()
    assert record.origin == "KZ"
    assert record.sharing == "members"
    assert record.version.endswith(installation.device)
    assert record.change_counter == installation.change_counter == 1
    assert record.id[14] == "7"  # UUID v7
    assert record.created_by == "Aigerim Saparova"


def test_update_is_partial_and_bumps_version(store: Store) -> None:
    record_id = store.add("project", PROJECT)
    before = store.get("project", record_id)
    after = store.update("project", record_id, {"status": "pipeline"})
    assert after.data["title"] == PROJECT["title"]
    assert after.data["status"] == "pipeline"
    assert after.version > before.version
    assert after.change_counter == 2
    # An update that changes nothing writes nothing.
    same = store.update("project", record_id, {"status": "pipeline"})
    assert same.version == after.version


def test_invalid_update_writes_nothing(store: Store) -> None:
    record_id = store.add("project", PROJECT)
    before = snapshot(store)
    with pytest.raises(RecordInvalid):
        store.update("project", record_id, {"status": "nonsense"})
    with pytest.raises(RecordInvalid):
        store.add_many("project", [(PROJECT, None), ({"title": "x"}, None)])
    assert snapshot(store) == before


def test_delete_is_a_tombstone_and_can_be_undone(store: Store) -> None:
    record_id = store.add("project", PROJECT)
    store.delete("project", record_id)
    assert store.count("project") == 0
    assert store.search("Солнечная") == []
    tomb = store.get("project", record_id, include_deleted=True)
    assert tomb.deleted and tomb.data["title"] == PROJECT["title"]
    with pytest.raises(RecordNotFound):
        store.get("project", record_id)
    store.restore_deleted("project", record_id)
    assert store.get("project", record_id).version > tomb.version
    assert [hit.id for hit in store.search("Солнечная")] == [record_id]


def test_other_parties_records_are_read_only(store: Store) -> None:
    record_id = "01a212a2-1ca1-7049-8443-7a59d5df5a32"
    store.put_received(
        "project",
        [
            (
                record_id,
                "CN",
                f"1732440600000.0000.{OTHER_DEVICE}",
                "members",
                {"title": "风电", "status": "idea"},
            )
        ],
    )
    before = snapshot(store)
    with pytest.raises(NotOwner, match=r"belongs to China \(CN\)"):
        store.update("project", record_id, {"status": "completed"})
    with pytest.raises(NotOwner):
        store.delete("project", record_id)
    assert snapshot(store) == before


def test_search_in_three_scripts(store: Store) -> None:
    ids = store.add_many(
        "project",
        [
            ({"title": "Солнечная электростанция", "status": "idea"}, None),
            ({"title": "新疆风电与储能项目", "status": "idea", "summary": "大型风电场"}, None),
            ({"title": "Green bond programme", "status": "proposal"}, None),
        ],
    )
    assert [h.id for h in store.search("СОЛНЕЧН")] == [ids[0]]
    assert [h.id for h in store.search("风电")] == [ids[1]]  # two characters: bigram index
    assert [h.id for h in store.search("电")] == [ids[1]]  # one character: substring scan
    assert [h.id for h in store.search("风电 储能")] == [ids[1]]
    assert store.search("风能") == []
    assert "[风电]" in store.search("风电")[0].snippet
    assert [h.id for h in store.search("储能项")] == [ids[1]]
    assert [h.id for h in store.search("BOND prog")] == [ids[2]]
    assert store.search("nothing-like-this") == []
    org = store.add("organisation", {"name": "Фонд", "kind": "finance", "country": "KZ"})
    assert [h.entity for h in store.search("Фонд")] == ["organisation"]
    store.update("organisation", org, {"name": "Зелёный фонд"})
    assert [h.title for h in store.search("Зелёный")] == ["Зелёный фонд"]


def test_audit_log_records_who_did_what(store: Store) -> None:
    record_id = store.add("project", PROJECT)
    store.update("project", record_id, {"status": "pipeline", "summary": "s"}, author="Dana")
    store.delete("project", record_id)
    log = store.audit_log(record_id)
    assert [entry["action"] for entry in log] == ["delete", "update", "create"]
    assert log[1]["author"] == "Dana"
    assert json.loads(log[1]["detail"]) == ["status", "summary"]


def test_attachment_content_is_kept_with_its_checksum(store: Store) -> None:
    project = store.add("project", PROJECT)
    payload = "Отчёт 报告".encode() * 100
    att = store.add("attachment", attachment_data("project", project, "отчёт.txt", payload))
    assert store.content(att) == payload
    assert [a.id for a in store.attachments_of(project)] == [att]
    assert "content" not in store.attachments_of(project)[0].data


def test_child_tables_follow_the_data(store: Store) -> None:
    org = store.add("organisation", {"name": "Fund", "kind": "finance", "country": "KZ"})
    record_id = store.add(
        "project",
        {
            **PROJECT,
            "partners": [{"organisation": org, "role": "funder"}],
            "financing": [{"amount": 5.5, "currency": "USD", "source": "green_fund"}],
        },
    )
    store.update("project", record_id, {"financing": []})
    with store.engine.connect() as conn:
        partners = conn.execute(text("SELECT organisation, role FROM project_partner")).fetchall()
        financing = conn.execute(text("SELECT count(*) FROM project_financing")).scalar()
    assert partners == [(org, "funder")]
    assert financing == 0


def test_iter_json_matches_the_records(store: Store) -> None:
    store.add_many("project", [(PROJECT, None), ({**PROJECT, "title": "Б"}, "private")])
    store.add("organisation", {"name": "Org", "kind": "other", "country": "KZ"})
    texts = [json.loads(t) for t in store.iter_json("project", "title")]
    assert texts == [r.as_json() for r in store.iter_records("project", order_by="title")]
