"""Harbour's pages, in navigation order. Features add their page here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.guide.page import PAGE_ID, GuidePage, page_title
from ui.settings.settings_page import SettingsPage
from ui.shell.pages import PageSpec


def _t(text: str) -> str:
    return QCoreApplication.translate("Navigation", text)


def default_pages() -> list[PageSpec]:
    """Every page of the main window; the first is what a new person sees."""
    return [
        PageSpec(PAGE_ID, "guide", page_title, GuidePage),
        PageSpec("settings", "settings", lambda: _t("Settings"), SettingsPage),
    ]
