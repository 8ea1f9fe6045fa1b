"""``greenbelt attach``, ``attachments`` and ``detach``: the GUI's rules on the command line."""

from __future__ import annotations

import hashlib
from pathlib import Path

from greenbelt_desktop.domain.entities import MAX_ATTACHMENT_BYTES
from greenbelt_desktop.store.home import Home
from tests.cli.test_records_cli import PROJECT, add, init
from tests.helpers.cli import CliRunner


def test_attach_list_and_detach(cli: CliRunner, tmp_path: Path) -> None:
    init(cli)
    private = add(cli, "project", {**PROJECT, "sharing": "private"})
    report = tmp_path / "отчёт.pdf"
    report.write_bytes(b"%PDF-1.4 report")
    attached = cli("attach", "project", private, str(report))
    assert attached.code == 0, attached.err
    attachment = attached.out.strip()

    (item,) = cli("attachments", "project", private, "--json").json()
    assert item == {
        "id": attachment,
        "file_name": "отчёт.pdf",
        "extension": "pdf",
        "media_type": "application/pdf",
        "size": 15,
        "sha256": hashlib.sha256(b"%PDF-1.4 report").hexdigest(),
        "sharing": "private",  # the record's, whatever the default
        "origin": "KZ",
        "version": item["version"],
        "created_at": item["created_at"],
    }
    text = cli("attachments", "project", private)
    assert text.out == f"{attachment}\tотчёт.pdf\t.pdf\t15\tprivate\n"

    removed = cli("detach", attachment)
    assert removed.code == 0 and removed.out == f"Removed отчёт.pdf from project {private}.\n"
    assert cli("attachments", "project", private, "--json").json() == []
    assert "has no files" in cli("attachments", "project", private).out


def test_attach_refuses_in_one_line(cli: CliRunner, tmp_path: Path) -> None:
    init(cli)
    project = add(cli, "project", PROJECT)
    big = tmp_path / "big.bin"
    with big.open("wb") as out:
        out.truncate(MAX_ATTACHMENT_BYTES + 1)
    result = cli("attach", "project", project, str(big))
    assert result.code == 1
    assert result.err == "greenbelt: big.bin is larger than 20 MB; a file may be at most that.\n"
    result = cli("attach", "project", project, str(tmp_path / "missing.pdf"))
    assert result.code == 1 and "there is no such file" in result.err
    result = cli("attach", "project", "01a212a2-1ca1-7049-8443-7a59d5df5a31", str(big))
    assert result.code == 1 and "There is no project with id" in result.err
    assert cli("detach", "01a212a2-1ca1-7049-8443-7a59d5df5a31").code == 1


def test_another_partys_record_takes_no_files(cli: CliRunner, tmp_path: Path) -> None:
    init(cli)
    theirs = "01a212a2-1ca1-7049-8443-7a59d5df5a32"
    store = Home(cli.home).open_store()
    data = {k: v for k, v in PROJECT.items() if k != "sharing"}
    store.put_received("project", [(theirs, "CN", "0000000000001.0000.x", "members", data)])
    store.engine.dispose()
    note = tmp_path / "note.txt"
    note.write_text("hello", encoding="utf-8")
    result = cli("attach", "project", theirs, str(note))
    assert result.code == 1
    assert "belongs to China (CN); only its owner can change it" in result.err
    assert cli("attachments", "project", theirs, "--json").json() == []


def test_file_names_are_plain_and_show_their_real_extension(cli: CliRunner, tmp_path: Path) -> None:
    init(cli)
    project = add(cli, "project", PROJECT)
    tricky = tmp_path / "invoice\u202efdp.exe"
    tricky.write_bytes(b"MZ")
    attachment = cli("attach", "project", project, str(tricky)).out.strip()
    (item,) = cli("attachments", "project", project, "--json").json()
    assert item["id"] == attachment
    assert (item["file_name"], item["extension"]) == ("invoicefdp.exe", "exe")
