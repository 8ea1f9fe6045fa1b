"""What goes into a pack: sharing rules per audience, filters, currencies, long tables,
progress and cancelling, and the ``greenbelt briefing`` command's refusals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from greenbelt_desktop.cli.briefing import AUDIENCE_CHOICES
from greenbelt_desktop.documents.briefing import (
    AUDIENCES,
    BriefingError,
    checked_options,
    make_briefing,
)
from greenbelt_desktop.store.records import Store
from tests.documents.briefing_support import TODAY, page_texts, render, squeeze
from tests.helpers.cli import CliRunner


def pack_text(store: Store, tmp_path: Path, **options: object) -> str:
    chosen = checked_options(store.reference, today=TODAY, **options)  # type: ignore[arg-type]
    result = make_briefing(store, chosen, tmp_path / "pack.pdf")
    return squeeze("".join(page_texts(result.path)))


def organisation(store: Store, name: str, sharing: str = "members") -> str:
    return store.add("organisation", {"name": name, "kind": "company", "country": "KZ"}, sharing)


def test_audience_decides_which_records_are_printed(store: Store, tmp_path: Path) -> None:
    hidden_partner = organisation(store, "Closed Partner LLP", "private")
    open_partner = organisation(store, "Open Partner LLP")
    store.add(
        "project",
        {
            "title": "Shared wind farm",
            "status": "pipeline",
            "partners": [
                {"organisation": hidden_partner, "role": "lead"},
                {"organisation": open_partner, "role": "partner"},
            ],
        },
        "members",
    )
    store.add("project", {"title": "Private boiler retrofit", "status": "idea"}, "private")
    store.add("project", {"title": "Secretariat-only park", "status": "idea"}, "secretariat")
    store.add("contact", {"full_name": "Default Sharing Person", "country": "KZ"})
    store.add("contact", {"full_name": "Shared Person", "country": "KZ"}, "members")

    members = pack_text(store, tmp_path)
    assert "Sharedwindfarm" in members and "OpenPartnerLLP" in members
    assert "SharedPerson" in members
    for absent in ("Privateboiler", "Secretariat-onlypark", "ClosedPartner", "DefaultSharing"):
        assert absent not in members, absent

    secretariat = pack_text(store, tmp_path, audience="secretariat")
    assert "Secretariat-onlypark" in secretariat and "DefaultSharingPerson" in secretariat
    assert "Privateboiler" not in secretariat and "ClosedPartner" not in secretariat

    internal = pack_text(store, tmp_path, audience="internal")
    for present in ("Privateboiler", "Secretariat-onlypark", "ClosedPartnerLLP"):
        assert present in internal


def test_currencies_are_never_added_together(store: Store, tmp_path: Path) -> None:
    for title, amount, currency in (("A", 100, "USD"), ("B", 250, "USD"), ("C", 7000, "EUR")):
        store.add(
            "project",
            {
                "title": f"Project {title}",
                "status": "implementation",
                "financing": [{"amount": amount, "currency": currency, "source": "private"}],
            },
            "members",
        )
    text = pack_text(store, tmp_path)
    assert "TotalinUSD350USD" in text
    assert "TotalinEUR7,000EUR" in text
    assert "7,350" not in text and "7350" not in text


def test_party_and_dates_filter_the_pack(store: Store, tmp_path: Path) -> None:
    store.add("project", {"title": "Kazakh solar", "status": "idea", "countries": ["KZ"]})
    store.add("project", {"title": "Indian wind", "status": "idea", "countries": ["IN"]})
    for title, day in (("Spring forum", "2026-04-10"), ("Autumn forum", "2026-10-10")):
        store.add(
            "event",
            {"title": title, "kind": "forum", "start": day, "end": day, "country": "KZ"},
        )
    text = pack_text(
        store,
        tmp_path,
        parties=["kz"],
        date_from=dt.date(2026, 9, 1),
        date_to=dt.date(2026, 12, 31),
    )
    assert "Kazakhsolar" in text and "Indianwind" not in text
    assert "Autumnforum" in text and "Springforum" not in text
    assert "Kazakhstan" in text


def test_long_portfolio_splits_across_pages_with_repeated_headers(
    store: Store, tmp_path: Path
) -> None:
    long_text = "Очень длинное описание проекта 非常长的项目说明 " * 400  # ~18,000 characters
    store.add_many(
        "project",
        [
            (
                {
                    "title": f"Проект {n:03d} солнечной энергетики 太阳能 "
                    + "длинное название " * 8,
                    "summary": long_text,
                    "status": "implementation",
                    "directions": ["renewable_tech"],
                },
                "members",
            )
            for n in range(60)
        ],
    )
    chosen = checked_options(store.reference, lang="zh", today=TODAY)
    result = make_briefing(store, chosen, tmp_path / "long.pdf")
    render(result.path, "long-zh", 3, 5)
    texts = [squeeze(t) for t in page_texts(result.path)]
    portfolio_pages = [t for t in texts if "Проект" in t]
    assert len(portfolio_pages) >= 4
    for page in portfolio_pages:
        assert "项目合作伙伴资金状态" in page  # the header row repeated on every page
    assert "Проект059" in "".join(texts)
    # The summary is shortened in its cell (with an ellipsis), never cut off by the page.
    assert "…" in "".join(texts)


def test_progress_reaches_the_end_and_cancelling_writes_nothing(
    store: Store, tmp_path: Path
) -> None:
    store.add("project", {"title": "Anything", "status": "idea"})
    seen: list[int] = []
    options = checked_options(store.reference, today=TODAY)
    make_briefing(
        store, options, tmp_path / "a.pdf", progress=lambda done, total: seen.append(done)
    )
    assert seen[0] == 0 and seen[-1] == 100
    assert seen == sorted(seen)

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done > 20:
            raise Cancelled

    with pytest.raises(Cancelled):
        make_briefing(store, options, tmp_path / "b.pdf", progress=cancel)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "home"]


def test_command_offers_every_audience() -> None:
    assert tuple(AUDIENCES) == AUDIENCE_CHOICES


def test_bad_options_are_refused_by_the_documents_layer(store: Store) -> None:
    with pytest.raises(BriefingError, match="'XX' is not an SCO member state code"):
        checked_options(store.reference, parties=["KZ", "XX"])
    with pytest.raises(BriefingError, match="after the end date"):
        checked_options(store.reference, date_from=dt.date(2026, 5, 2), date_to=dt.date(2026, 5, 1))
    with pytest.raises(BriefingError, match="not a pack language"):
        checked_options(store.reference, lang="fr")


@pytest.fixture
def demo_cli(cli: CliRunner) -> CliRunner:
    assert cli("init", "--party", "KZ", "--name", "Aigerim Saparova").code == 0
    assert cli("demo").code == 0
    return cli


def test_command_writes_a_pack_and_says_what_it_holds(demo_cli: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    result = demo_cli("briefing", "--out", str(out), "--lang", "zh", "--party", "KZ", "CN")
    assert result.code == 0, result.err
    assert result.out.startswith(f"Wrote {out}: ")
    assert "projects" in result.out
    reader = PdfReader(out)
    assert len(reader.pages) >= 5
    assert "哈萨克斯坦" in squeeze(reader.pages[0].extract_text())


def test_command_meeting_pack(demo_cli: CliRunner, tmp_path: Path) -> None:
    events = demo_cli("list", "event", "--json").json()
    meeting = next(e for e in events if e["kind"] == "ewg_meeting")
    out = tmp_path / "meeting.pdf"
    result = demo_cli("briefing", "--out", str(out), "--event", meeting["id"], "--lang", "ru")
    assert result.code == 0, result.err
    assert squeeze(meeting["title"]) in squeeze(PdfReader(out).pages[0].extract_text())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--party", "KZ", "ZZ"], "'ZZ' is not an SCO member state code"),
        (["--from", "2026-06-01", "--to", "2026-05-01"], "is after the end date"),
        (["--from", "1 June"], "'1 June' is not a date for --from"),
        (["--event", "0190a0f0-0000-7000-8000-000000000000"], "There is no event with id"),
        (["--event", "not-an-id"], "There is no event with id not-an-id"),
        (["--event", "0190a0f0-0000-7000-8000-000000000000", "--from", "2026-01-01"], "--event"),
    ],
)
def test_command_refuses_bad_options_with_one_line(
    demo_cli: CliRunner, tmp_path: Path, args: list[str], message: str
) -> None:
    out = tmp_path / "pack.pdf"
    result = demo_cli("briefing", "--out", str(out), *args)
    assert result.code == 1
    assert message in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err
    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == []


def test_command_refuses_a_missing_folder_and_a_non_pdf(
    demo_cli: CliRunner, tmp_path: Path
) -> None:
    result = demo_cli("briefing", "--out", str(tmp_path / "nowhere" / "pack.pdf"))
    assert result.code == 1 and "does not exist" in result.err
    result = demo_cli("briefing", "--out", str(tmp_path / "pack.docx"))
    assert result.code == 1 and ".pdf" in result.err
    result = demo_cli("briefing", "--out", str(tmp_path / "p.pdf"), "--lang", "fr")
    assert result.code == 2  # a usage error: argparse names the choices
