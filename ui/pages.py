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


def _reports(controller: Controller) -> QWidget:
    from ui.reports.page import ReportsPage

    return ReportsPage(controller)


def _texts(controller: Controller) -> QWidget:
    from ui.texts.page import TextsPage

    return TextsPage(controller)


def _family(controller: Controller) -> QWidget:
    from ui.family.page import FamilyPage

    return FamilyPage(controller)


def _settings(controller: Controller) -> QWidget:
    from ui.settings.settings_page import SettingsPage

    return SettingsPage(controller)


def default_pages() -> list[PageSpec]:
    """Every page of the main window; the first is what a new person sees."""
    return [
        PageSpec(
            "family", "family", lambda: translate("Navigation", "Family and friends"), _family
        ),
        PageSpec(
            "reports",
            "reports",
            lambda: translate("Navigation", "Reports"),
            _reports,
            needs_vault=True,
        ),
        PageSpec(
            "texts",
            "reports",
            lambda: translate("Navigation", "Texts to send"),
            _texts,
            needs_vault=True,
        ),
        PageSpec("settings", "settings", lambda: translate("Navigation", "Settings"), _settings),
    ]
