"""The family page: works with no diary and writes nothing, follows the age group, copies,
prints as plain text, keeps edits only in memory, and keeps a version in the diary on request."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core import diary
from core.content.catalog import load_catalog
from core.diary.records import Note
from core.policy import Mode, Policy
from core.session import VaultState
from core.texts import family
from tests.ui.helpers import unnamed_widgets, when_modal
from ui.app import HarbourApp
from ui.family.actions import register_family_actions
from ui.family.page import FamilyPage
from ui.texts.exporting import print_plain_text
from ui.vault.recovery_dialog import RecoveryKeyDialog
from ui.vault.setup_dialog import CreateVaultDialog

EN = load_catalog("en-GB")


def _open(app: HarbourApp) -> FamilyPage:
    handlers: dict[str, Callable[..., None]] = {}
    register_family_actions(handlers.__setitem__)
    assert set(handlers) == {"family.prepare"}
    handlers["family.prepare"](app.window, {})
    page = app.window.page("family")
    assert isinstance(page, FamilyPage)
    assert app.window.current == "family" and app.window.stack.currentWidget() is page
    return page


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_works_without_a_diary_and_writes_nothing(
    qtbot: QtBot, harbour: HarbourApp, data_dir: Path
) -> None:
    page = _open(harbour)
    assert harbour.controller.vault_state is VaultState.NONE
    for age_index, age in enumerate(("adult", "under18")):
        page.age.setCurrentIndex(page.age.findData(age))
        assert page.guidance.titles[0].text() == EN.text(f"family.guidance.{age}.whether_title")
        for index, recipient in enumerate(family.RECIPIENTS):
            page.recipient.setCurrentIndex(index)
            assert page.recipient.currentText() == family.recipient_label(EN, age, recipient)
            for tone, button in (("detailed", page.detailed), ("short", page.short)):
                _click(qtbot, button)
                assert page.draft.text() == family.draft(EN, age, recipient, tone)
        assert "How you can help" in page.helper.text()
        page.tabs.setCurrentIndex(age_index + 1)
    page.draft.copy_seconds = 1
    _click(qtbot, page.draft.copy_button)
    assert QGuiApplication.clipboard().text() == page.draft.text()
    assert "cleared from the clipboard in 1 seconds" in page.draft.status.text()
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=10_000)
    assert harbour.controller.vault_state is VaultState.NONE
    assert list(data_dir.iterdir()) == [], "the family page writes nothing to the profile"


def test_wording_follows_the_age_the_app_knows(qtbot: QtBot, harbour: HarbourApp) -> None:
    page = _open(harbour)
    assert page.age_group() == "adult"
    harbour.controller.set_age_group("under18")
    assert page.age_group() == "under18"
    assert page.recipient.itemText(0) == "A parent or carer"
    assert "Childline" not in page.helper.text(), "services follow the region"


def test_school_mode_always_shows_the_under_18_wording(
    qtbot: QtBot, make_harbour: Callable[..., HarbourApp]
) -> None:
    page = _open(make_harbour(Policy(mode=Mode.SCHOOL)))
    assert not page.age.isEnabled()
    assert page.age_group() == "under18"
    assert page.draft.text() == family.draft(EN, "under18", "parent", "short")
    assert "Never save, forward or screenshot the images." in page.helper.text()


def test_print_is_a_plain_text_document(qtbot: QtBot, harbour: HarbourApp, tmp_path: Path) -> None:
    page = _open(harbour)
    page.draft.editor.setPlainText(page.draft.text() + "\n<b>not bold</b> & <i>me</i>")
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    pdf = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(pdf))
    print_plain_text(page.draft.text(), printer)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "I would really like your support." in text
    assert "<b>not bold</b> & <i>me</i>" in text


def test_print_says_so_when_there_is_no_printer(qtbot: QtBot, harbour: HarbourApp) -> None:
    """The test machine has no printer: accepting the dialog must not claim it printed."""
    page = _open(harbour)
    when_modal(QPrintDialog, lambda dialog: dialog.accept())
    _click(qtbot, page.draft.print_button)
    assert page.draft.status.text() == "No printer was found, so nothing was printed."


def test_edits_stay_while_switching_and_locking_forgets_them(
    qtbot: QtBot, unlocked: HarbourApp
) -> None:
    page = _open(unlocked)
    page.draft.editor.setPlainText("Mum, I need to talk to you tonight.")
    assert not page.draft.keep_button.isHidden()
    page.recipient.setCurrentIndex(family.RECIPIENTS.index("friend"))
    assert page.draft.text() == family.draft(EN, "adult", "friend", "short")
    page.recipient.setCurrentIndex(family.RECIPIENTS.index("parent"))
    assert page.draft.text() == "Mum, I need to talk to you tonight."
    unlocked.controller.lock()
    assert page.draft.text() == family.draft(EN, "adult", "parent", "short")


def test_keep_my_version_creates_the_diary_first_when_there_is_none(
    qtbot: QtBot, harbour: HarbourApp
) -> None:
    page = _open(harbour)
    page.draft.editor.setPlainText("Dad, please read this when you get home.")

    def in_recovery(dialog: RecoveryKeyDialog) -> None:
        _click(qtbot, dialog.done_button)

    def in_create(dialog: CreateVaultDialog) -> None:
        when_modal(RecoveryKeyDialog, in_recovery)
        _click(qtbot, dialog.create_button)

    when_modal(CreateVaultDialog, in_create)
    with qtbot.waitSignal(harbour.controller.diary.entriesChanged, timeout=20_000):
        _click(qtbot, page.draft.keep_button)
    assert harbour.controller.vault_state is VaultState.UNLOCKED
    case_id = harbour.controller.diary.current_case_id
    assert case_id is not None
    notes = diary.list_entries(harbour.controller.diary.conn, case_id, Note)
    assert [n.text for n in notes] == [
        "My message for: A parent\n\nDad, please read this when you get home."
    ]
    qtbot.waitUntil(lambda: page.draft.status.text() == "Kept in your diary as a note.")
    assert harbour.window.stack.currentWidget() is page


def test_every_interactive_widget_is_named(qtbot: QtBot, harbour: HarbourApp) -> None:
    page = _open(harbour)
    page.draft.editor.setPlainText("changed")
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        assert unnamed_widgets(harbour.window) == []
