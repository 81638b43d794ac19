"""Guide actions the Reports page answers: ``reports.police`` opens it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.actions import Handler
    from ui.shell.main_window import MainWindow

REPORTS_PAGE = "reports"


def open_police_report(window: MainWindow, prefill: Mapping[str, str]) -> None:
    """Show the Reports page (the unlock or start screen first if the diary is not open)."""
    window.show_page(REPORTS_PAGE)


def register_reports_actions(register: Callable[[str, Handler], None]) -> None:
    """Register the Reports page's guide actions."""
    register("reports.police", open_police_report)
