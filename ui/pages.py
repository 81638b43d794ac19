"""Harbour's pages, in navigation order. Features add their page here.

Each page's module is imported when the page is first shown, so start-up only pays for the
first page. Helpline and school pages appear only in their mode.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.controller import Controller
from ui.guide.page import PAGE_ID, GuidePage, page_title
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


def _diary(controller: Controller) -> QWidget:
    from ui.diary.diary_page import DiaryPage

    return DiaryPage(controller)


def _evidence(controller: Controller) -> QWidget:
    from ui.evidence.evidence_page import EvidencePage

    return EvidencePage(controller)


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
            PageSpec(
                "cases", "diary", lambda: translate("Navigation", "Cases"), _cases, needs_vault=True
            ),
            PageSpec(
                "call", "phone", lambda: translate("Navigation", "Call"), _call, needs_vault=True
            ),
        ]
    if mode == "school":
        return [
            PageSpec(
                "pupil",
                "check",
                lambda: translate("Navigation", "Pupil's record"),
                _school,
                needs_vault=True,
            )
        ]
    return []


def default_pages(mode: str = "victim") -> list[PageSpec]:
    """Every page of the main window for ``mode``; the first is what a new person sees."""
    return [
        PageSpec(PAGE_ID, "guide", page_title, GuidePage),
        *_mode_pages(mode),
        PageSpec(
            "diary", "diary", lambda: translate("Navigation", "Diary"), _diary, needs_vault=True
        ),
        PageSpec(
            "evidence",
            "evidence",
            lambda: translate("Navigation", "Evidence"),
            _evidence,
            needs_vault=True,
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
        PageSpec(
            "family", "family", lambda: translate("Navigation", "Family and friends"), _family
        ),
        PageSpec("settings", "settings", lambda: translate("Navigation", "Settings"), _settings),
    ]
