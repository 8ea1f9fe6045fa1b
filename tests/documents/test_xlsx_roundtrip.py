"""Round trips: whatever a project holds, and demo data of every kind, re-import unchanged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from greenbelt_desktop.documents.xlsx_export import export_workbook
from greenbelt_desktop.documents.xlsx_import import import_workbook
from greenbelt_desktop.domain.reference import default_reference
from greenbelt_desktop.store.demo import fill_demo
from greenbelt_desktop.store.home import Home

REF = default_reference()
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co")),
    min_size=1,
    max_size=40,
).filter(lambda text: text.strip() == text and text)
PREFIXED = st.builds(lambda head, tail: head + tail, st.sampled_from("=+-@"), TEXT)
AMOUNT = st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False)
DAY = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31))

PROJECTS = st.fixed_dictionaries(
    {
        "title": st.one_of(TEXT, PREFIXED),
        "status": st.sampled_from(REF.codes("project_status")),
    },
    optional={
        "summary": st.one_of(TEXT, PREFIXED),
        "directions": st.lists(st.sampled_from(REF.codes("directions")), unique=True),
        "countries": st.lists(st.sampled_from(list(REF.member_states)), unique=True),
        "start": DAY.map(dt.date.isoformat),
        "budget": AMOUNT,
        "financing": st.lists(
            st.fixed_dictionaries(
                {
                    "amount": AMOUNT,
                    "currency": st.sampled_from(["USD", "CNY", "RUB"]),
                    "source": st.sampled_from(REF.codes("financing_source")),
                }
            ),
            max_size=3,
        ),
        "sharing": st.sampled_from(["private", "secretariat", "members"]),
    },
)


@settings(
    max_examples=25,
    deadline=None,
    # No shrinking: a failure is reported at once with its example (shrinking a
    # workbook round trip takes minutes).
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(project=PROJECTS, lang=st.sampled_from(["en", "ru", "zh"]))
def test_exported_project_reimports_unchanged(tmp_path: Path, project: dict, lang: str) -> None:
    home = Home(tmp_path / "home")
    store = home.open_store()
    if not store.is_initialised():
        store.initialise("KZ", "Test")
    data = dict(project)
    sharing = data.pop("sharing", None)
    if "budget" in data:
        data["budget_currency"] = "USD"
    record_id = store.add("project", data, sharing=sharing)
    path = tmp_path / f"{record_id}.xlsx"
    export_workbook(store, path, ["project"], lang=lang, ids={"project": [record_id]})
    report = import_workbook(store, path)
    assert not report.problems, [str(p) for p in report.problems]
    assert [(r.record_id, r.action) for r in report.results] == [(record_id, "unchanged")]
    store.engine.dispose()


@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
def test_demo_data_of_every_kind_reimports_unchanged(store, tmp_path: Path, lang: str) -> None:
    """Every kind, links between records, sub-records and other parties' records."""
    counts = fill_demo(store)
    path = tmp_path / f"demo-{lang}.xlsx"
    summary = export_workbook(store, path, lang=lang)
    assert summary.counts == counts
    report = import_workbook(store, path)
    assert not report.problems, [str(p) for p in report.problems][:5]
    assert report.counts() == {"new": 0, "changed": 0, "unchanged": sum(counts.values())}
    assert {r.entity for r in report.results} == set(counts)
