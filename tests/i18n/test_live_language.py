"""Changing language while Harbour runs re-words every page at once, chrome and content alike.

Harbour runs from the pseudolocale bundle: its English is the pseudolocale, so any word on any
page that did not go through a catalogue again after the switch is easy to spot (it has no
``[…]``). Welsh is real: each checked widget must show the Welsh catalogue's words (or the English
source where the translators have not finished, as Qt shows it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from core.content.catalog import load_catalog
from core.content.pseudo import has_pseudo, pseudo_text
from core.texts import family
from tests.guide_ui.helpers import choose, settle
from ui.app import HarbourApp
from ui.family.page import FamilyPage
from ui.shell.crisis_dialog import CrisisDialog
from ui.tour_screens import example_diary, settle_work
from ui.widgets.tabs import WrapTabWidget

PAGES = ("guide", "diary", "evidence", "reports", "texts", "family", "settings")

# Words that are not Harbour's to translate: its name, apps' names and links, each language's
# own name, and the made-up case's own data.
NOT_WORDING = {
    "appName",
    "textsPlatformChooser",
    "textsPlatformLink",
    "settingsLanguage",
}
NAMES = {"SHA-256"}  # the fingerprints' column: the algorithm's name in every language


def _words(widget: QWidget) -> Iterator[str]:
    """Every text ``widget`` shows or announces."""
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, WrapTabWidget):
        yield from (widget.tab_name(i) for i in range(widget.count()))
    elif isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QListWidget):
        yield from (widget.item(i).text() for i in range(widget.count()))
    if isinstance(widget, QTreeWidget):
        yield from (widget.headerItem().text(i) for i in range(widget.columnCount()))
    if isinstance(widget, QTableWidget):
        headers = (widget.horizontalHeaderItem(i) for i in range(widget.columnCount()))
        yield from (header.text() for header in headers if header is not None)
    yield widget.toolTip()
    yield widget.accessibleName()


def not_reworded(app: HarbourApp) -> dict[str, list[str]]:
    """Per page, the visible words that are not in the pseudolocale."""
    found: dict[str, list[str]] = {}
    for page_id in PAGES:
        app.window.show_page(page_id)
        settle_work(app)
        for widget in [app.window, *app.window.findChildren(QWidget)]:
            if not widget.isVisible() or widget.objectName() in NOT_WORDING:
                continue
            for text in _words(widget):
                if text.strip() and text not in NAMES and not has_pseudo(text):
                    found.setdefault(page_id, []).append(f"{widget.objectName()!r}: {text!r}")
    return found


def open_every_page(app: HarbourApp) -> None:
    """The example diary open, and every page built and shown once."""
    example_diary(app)
    for page_id in PAGES:
        app.window.show_page(page_id)
        settle_work(app)


@pytest.fixture
def welsh(pseudo: Path) -> Callable[[str, str], str]:
    """What Qt shows for a UI string in Welsh: the translation, or the English source."""
    catalogue = QTranslator()
    assert catalogue.load(str(pseudo / "translations" / "harbour_cy.qm"))
    return lambda context, source: catalogue.translate(context, source) or source


def test_choosing_english_in_settings_rewords_every_page(
    qtbot: QtBot, pseudo: Path, make_app: Callable[..., HarbourApp]
) -> None:
    app = make_app(language="cy")
    open_every_page(app)
    app.window.show_page("settings")
    combo = app.window.page("settings").findChild(QComboBox, "settingsLanguage")
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    choose(qtbot, combo, "en-GB")
    assert app.controller.language == "en-GB"
    assert not_reworded(app) == {}


def test_set_language_rewords_chrome_and_content_on_every_page(
    pseudo: Path, make_app: Callable[..., HarbourApp], welsh: Callable[[str, str], str]
) -> None:
    app = make_app(language="en-GB")
    open_every_page(app)
    app.controller.guide.answer("danger")  # the crisis step: its services come from content
    app.window.show_page("guide")
    before = app.window.findChild(QLabel, "guideBody").text()  # type: ignore[union-attr]

    app.controller.set_language("cy")
    settle_work(app)
    cy, window = load_catalog("cy"), app.window

    def shown(name: str, kind: type[QWidget] = QLabel) -> str:
        settle()
        found = [w for w in window.findChildren(kind, name) if w.isVisible()]
        assert len(found) == 1, name
        widget = found[0]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return str(widget.text())  # type: ignore[attr-defined]

    # the shell, on every page
    assert window.nav_buttons["diary"].text() == welsh("Navigation", "Diary")
    assert window.lock_button.text() == welsh("MainWindow", "Lock")
    crisis = window.crisis_bar.text.text()
    assert crisis.startswith(welsh("CrisisBar", "In danger now? Call %1").replace("%1", "999"))
    # the guide: the step's words and its services' descriptions
    assert shown("guideBody") == cy.text("guide.steps.crisis.body") != before
    services = {label.text() for label in window.page("guide").findChildren(QLabel)}
    assert cy.text("regions.services.samaritans.desc") in services
    # each page's own heading, and what it says from content
    window.show_page("diary")
    assert shown("diaryHeading") == welsh("DiaryPage", "Your diary")
    assert shown("diaryAdd_note", QAbstractButton) == welsh("DiaryPage", "What happened?")
    window.show_page("evidence")
    assert shown("evidenceHeading") == welsh("EvidencePage", "Evidence")
    window.show_page("reports")
    settle_work(app)
    assert shown("reportsHeading") == welsh("ReportsPage", "Report for the police")
    report = window.page("reports").findChild(QPlainTextEdit, "reportsPreviewText")
    assert isinstance(report, QPlainTextEdit)
    assert cy.text("reports.title") in report.toPlainText()
    assert not has_pseudo(report.toPlainText())
    window.show_page("texts")
    assert shown("textsHeading") == welsh("TextsPage", "Texts ready to send")
    assert not has_pseudo(shown("textsPlatformDraftEditor", QPlainTextEdit))
    window.show_page("family")
    assert shown("familyHeading") == welsh("FamilyPage", "Prepare your family and friends")
    page = window.page("family")
    assert isinstance(page, FamilyPage)
    page.tabs.setCurrentIndex(1)  # "Write a message"
    draft = family.draft(cy, page.age_group(), "parent", "short")
    assert shown("familyDraftEditor", QPlainTextEdit) == draft
    window.show_page("settings")
    assert shown("settingsOffline") == welsh(
        "SettingsPage", "Harbour never uses the internet. Everything stays on this computer."
    )


def test_the_crisis_numbers_say_phone_and_website_in_the_language(
    pseudo: Path, make_app: Callable[..., HarbourApp], welsh: Callable[[str, str], str]
) -> None:
    app = make_app(language="en-GB")
    for language, phone in (
        ("en-GB", pseudo_text("Phone: %1").replace("%1", "999")),
        ("cy", welsh("dialog", "Phone: %1").replace("%1", "999")),
    ):
        app.controller.set_language(language)
        dialog = CrisisDialog(app.controller, app.window)
        lines = [label.text() for label in dialog.listing.findChildren(QLabel)]
        dialog.deleteLater()
        assert phone in lines, language
    assert welsh("dialog", "Phone: %1") != "Phone: %1", "the Welsh catalogue has it"
