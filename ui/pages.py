"""Harbour's pages, in navigation order. Features add their page here.

Each page's module is imported when the page is first shown, so start-up only pays for the
first page. Helpline and school pages are listed only in their mode (``Policy.mode``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.controller import Controller
from ui.shell.pages import PageSpec


def _t(text: str) -> str:
    return QCoreApplication.translate("Navigation", text)


def _settings(controller: Controller) -> QWidget:
    from ui.settings.settings_page import SettingsPage

    return SettingsPage(controller)


def _cases(controller: Controller) -> QWidget:
    from ui.helpline.case_list_page import CaseListPage

    return CaseListPage(controller)


def _call(controller: Controller) -> QWidget:
    from ui.helpline.call_page import CallPage

    return CallPage(controller)


def _school(controller: Controller) -> QWidget:
    from ui.school.school_page import SchoolPage

    return SchoolPage(controller)


def _mode_pages(mode: str) -> list[PageSpec]:
    if mode == "helpline":
        return [
            PageSpec("cases", "diary", lambda: _t("Cases"), _cases, needs_vault=True),
            PageSpec("call", "phone", lambda: _t("Call"), _call, needs_vault=True),
        ]
    if mode == "school":
        return [PageSpec("pupil", "check", lambda: _t("Pupil's record"), _school, needs_vault=True)]
    return []


def default_pages(mode: str = "victim") -> list[PageSpec]:
    """Every page of the main window for ``mode``; the first is what a new person sees."""
    return [
        *_mode_pages(mode),
        PageSpec("settings", "settings", lambda: _t("Settings"), _settings),
    ]
