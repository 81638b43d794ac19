"""Harbour's pages, in navigation order. Features add their page here.

Each page's module is imported when the page is first shown, so start-up only pays for the
first page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.controller import Controller
from ui.shell.pages import PageSpec


def _t(text: str) -> str:
    return QCoreApplication.translate("Navigation", text)


def _diary(controller: Controller) -> QWidget:
    from ui.diary.diary_page import DiaryPage

    return DiaryPage(controller)


def _evidence(controller: Controller) -> QWidget:
    from ui.evidence.evidence_page import EvidencePage

    return EvidencePage(controller)


def _settings(controller: Controller) -> QWidget:
    from ui.settings.settings_page import SettingsPage

    return SettingsPage(controller)


def default_pages() -> list[PageSpec]:
    """Every page of the main window; the first is what a new person sees."""
    return [
        PageSpec(
            "diary",
            "diary",
            lambda: QCoreApplication.translate("Navigation", "Diary"),
            _diary,
            needs_vault=True,
        ),
        PageSpec(
            "evidence",
            "evidence",
            lambda: QCoreApplication.translate("Navigation", "Evidence"),
            _evidence,
            needs_vault=True,
        ),
        PageSpec("settings", "settings", lambda: _t("Settings"), _settings),
    ]
