"""Harbour's pages, in navigation order. Features add their page here.

Each page's module is imported when the page is first shown, so start-up only pays for the
first page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.controller import Controller
from ui.shell.pages import PageSpec

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text") calls


def _settings(controller: Controller) -> QWidget:
    from ui.settings.settings_page import SettingsPage

    return SettingsPage(controller)


def _reports(controller: Controller) -> QWidget:
    from ui.reports.page import ReportsPage

    return ReportsPage(controller)


def default_pages() -> list[PageSpec]:
    """Every page of the main window; the first is what a new person sees."""
    return [
        PageSpec("settings", "settings", lambda: translate("Navigation", "Settings"), _settings),
        PageSpec(
            "reports",
            "reports",
            lambda: translate("Navigation", "Reports"),
            _reports,
            needs_vault=True,
        ),
    ]
