"""Dashboard (filled in by the dashboard module)."""

from __future__ import annotations

from greenbelt_desktop.gui.pages.placeholder import PlaceholderPage
from greenbelt_desktop.gui.session import Session


def DashboardPage(session: Session) -> PlaceholderPage:
    return PlaceholderPage("Dashboard")
