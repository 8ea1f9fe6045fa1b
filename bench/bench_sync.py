"""Sync bundles: importing a consolidated bundle of 10 members x 10,000 records, its
verification alone, the raw pipeline it is compared with, and exporting 100,000 changes.

The consolidated bundle is built here the way the Secretariat builds one: ten
member inner bundles, each signed by its own Ed25519 key, forwarded verbatim
inside the Secretariat's signed bundle with the registry of their key cards.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bench.common import Figure, run_measured, timed
from bench.data import MEMBERS, projects
from greenbelt_desktop.domain.clock import format_version
from greenbelt_desktop.domain.ids import new_id
from greenbelt_desktop.store.home import Home
from greenbelt_desktop.sync import body as B
from greenbelt_desktop.sync import envelope, importer, keyring
from greenbelt_desktop.sync.keys import KeyCard, b64url_decode, make_card

PER_MEMBER = 10_000
PASSPHRASE = "benchmark passphrase"
NOW = "2026-11-25T09:00:00Z"


def _body(kind: str, card: KeyCard, audience: str, changes: list[Any], **extra: Any) -> bytes:
    return json.dumps(
        {
            "format": B.FORMAT,
            "format_version": B.FORMAT_VERSION,
            "schema_version": B.SCHEMA_VERSION,
            "kind": kind,
            "bundle_id": new_id(),
            "issuer": {"party": card.party, "device": card.device, "kid": card.kid},
            "audience": audience,
            "sequence": 1,
            "created_at": NOW,
            "acknowledged": {},
            **extra,
            "changes": changes,
        },
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()


def build_consolidated(path: Path, secretariat: KeyCard, key: Ed25519PrivateKey) -> int:
    forwarded, registry = [], []
    millis = 1_764_000_000_000
    for number, party in enumerate(MEMBERS):
        member_key = Ed25519PrivateKey.generate()
        card = make_card(member_key, party, new_id(), f"{party} focal point", NOW)
        registry.append({"party": party, "status": "active", "card": card.as_json()})
        changes = [
            {
                "entity": "project",
                "id": new_id(),
                "origin": party,
                "version": format_version(millis + i, 0, card.device),
                "deleted": False,
                "sharing": "members",
                "data": data,
            }
            for i, data in enumerate(projects(PER_MEMBER, seed=number))
        ]
        payload = _body(B.STATE, card, B.ALL, changes)
        forwarded.append(envelope.sign(payload, [(card.kid, member_key)]))
    registry.append({"party": "SECRETARIAT", "status": "active", "card": secretariat.as_json()})
    payload = _body(B.CONSOLIDATED, secretariat, B.ALL, [], registry=registry, forwarded=forwarded)
    envelope.write_json(path, envelope.sign(payload, [(secretariat.kid, key)]))
    return len(MEMBERS) * PER_MEMBER


def raw_pipeline(path: Path, database: Path) -> float:
    """json.loads of every payload + Ed25519 verification + sqlite3 executemany of the
    same project rows the import wrote, into a plain table of the same shape."""
    with sqlite3.connect(database) as conn:
        ddl = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'project'").fetchone()[0]
        cursor = conn.execute("SELECT * FROM project")
        names = [c[0] for c in cursor.description]
        rows = cursor.fetchall()
    document = json.loads(path.read_bytes())
    outer = json.loads(b64url_decode(document["payload"]))
    raw = path.with_name("raw.sqlite3")
    conn = sqlite3.connect(raw)
    conn.execute(ddl)
    sql = f"INSERT INTO project ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    cards = {e["card"]["kid"]: KeyCard.from_json(e["card"]) for e in outer["registry"]}
    start = time.perf_counter()
    for inner in outer["forwarded"]:
        signature = inner["signatures"][0]
        header = json.loads(b64url_decode(signature["protected"]))
        signed = f"{signature['protected']}.{inner['payload']}".encode("ascii")
        assert cards[header["kid"]].verify(b64url_decode(signature["signature"]), signed)
        json.loads(b64url_decode(inner["payload"]))
    with conn:
        conn.executemany(sql, rows)
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(work: Path) -> list[Figure]:
    sec_key = Ed25519PrivateKey.generate()
    secretariat = make_card(sec_key, "SECRETARIAT", new_id(), "Secretariat", NOW)
    bundle = work / "consolidated.gbundle"
    count = build_consolidated(bundle, secretariat, sec_key)
    size_mb = bundle.stat().st_size / 1e6

    home = Home(work / "member")
    store = home.open_store()
    store.initialise("KZ", "Benchmark")
    keyring.create_installation_key(store, home.keys_dir, PASSPHRASE)
    keyring.trust_card(store, secretariat, secretariat.kid)
    installation = store.installation()
    with store.engine.connect() as conn:
        ring = keyring.Keyring.load(conn)

    document: Any = None

    def verify() -> None:
        nonlocal document
        document = importer.read_document(bundle)
        importer.verify(keyring.Keyring(ring.keys.values()), document, "KZ", installation.device)

    verify_seconds = timed(verify)
    del document
    store.engine.dispose()

    cpu_before = cpu_of_children()
    seconds, peak, out = run_measured(
        "greenbelt_desktop", "--home", str(home.path), "bundle", "import", str(bundle), "--json"
    )
    import_cpu = cpu_of_children() - cpu_before
    report = json.loads(out)
    assert report["totals"]["new"] == count, report["totals"]
    raw = raw_pipeline(bundle, home.database_path)

    # Export: the same 100,000 records made this installation's own edits.
    export_home = Home(work / "exporter")
    shutil.copytree(home.path, export_home.path)
    with sqlite3.connect(export_home.database_path) as conn:
        conn.execute(
            "UPDATE project SET origin = 'KZ', change_counter = rowid, "
            "sharing = CASE WHEN rowid % 5 = 0 THEN 'secretariat' ELSE 'members' END"
        )
        conn.execute("UPDATE installation SET change_counter = (SELECT max(rowid) FROM project)")
    os.environ["GREENBELT_PASSPHRASE"] = PASSPHRASE
    out_file = work / "export.gbundle"
    cpu_before = cpu_of_children()
    export_seconds, export_peak, _ = run_measured(
        "greenbelt_desktop",
        "--home",
        str(export_home.path),
        "bundle",
        "export",
        "--out",
        str(out_file),
    )
    export_cpu = cpu_of_children() - cpu_before
    exported = json.loads(out_file.read_bytes())
    outer = json.loads(b64url_decode(exported["payload"]))
    inner = json.loads(b64url_decode(outer["forward"]["payload"]))
    assert len(outer["changes"]) + len(inner["changes"]) == count

    return [
        Figure(
            f"import consolidated bundle, 10 x 10,000 ({size_mb:.0f} MB)",
            seconds,
            "s",
            15.0,
            raw,
            "json.loads+Ed25519+executemany",
        ),
        Figure("  CPU time of that import (wall time on a busy machine)", import_cpu, "s"),
        Figure("  peak memory of that import", peak, "MB", 500.0),
        Figure("  of which: read + verify 11 signatures", verify_seconds, "s"),
        Figure("export 100,000 changes (state + inner bundle)", export_seconds, "s", 10.0),
        Figure("  CPU time of that export", export_cpu, "s"),
        Figure("  peak memory of that export", export_peak, "MB"),
    ]
