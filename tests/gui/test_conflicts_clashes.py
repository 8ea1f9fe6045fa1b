"""The Conflicts page lists the received changes kept back (id clashes), with the sender."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from greenbelt_desktop.gui.pages.conflicts import ConflictsPage
from greenbelt_desktop.store.home import Home
from tests.sync.conftest import PROJECT, new_site
from tests.sync.forge import resign_state


def test_an_id_clash_is_listed_with_its_sender_and_both_titles(qtbot: Any, tmp_path: Path) -> None:
    template = Home(tmp_path / "template")
    template.open_store().engine.dispose()
    kz, cn, sec = (
        new_site(template.database_path, tmp_path, name, party)
        for name, party in (("kz", "KZ"), ("cn", "CN"), ("sec", "SECRETARIAT"))
    )
    for member in (kz, cn):
        sec.trust(member)
        member.trust(sec)
    project = kz.store.add("project", PROJECT, "members")
    sec.receive(kz.export())
    cn.store.add("organisation", {"name": "Squatter", "kind": "finance", "country": "CN"})

    def squat(inner: dict[str, Any]) -> None:
        inner["changes"][0]["id"] = project

    cn.store.add("organisation", {"name": "Shared", "kind": "finance", "country": "CN"}, "members")
    forged = resign_state(cn, cn.export(), inner=squat)
    assert sec.receive(forged).totals["clashes"] == 1
    page = ConflictsPage(sec.store)
    qtbot.addWidget(page)
    page.show()
    assert page.clash_list.isVisible() and page.clash_list.count() == 1
    text = page.clash_list.item(0).text()
    assert "Squatter" in text and "CN" in text and PROJECT["title"] in text and "KZ" in text
    for site in (kz, cn, sec):
        site.store.engine.dispose()
