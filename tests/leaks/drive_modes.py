"""The sweep's staff part: a helpline's call (confidentiality, quick notes, the caller's
account, next steps, handover, case search) and a school's record (decisions with reasons,
the pupil's words, CSV and PDF exports, the confirmed purge), each in its own profile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from core.session import VaultState
from tests.leaks.canaries import CanaryBook
from tests.leaks.dialogs import LEFT, TIMEOUT_MS, pick, show, start_diary, type_text
from tests.leaks.plan import Plan
from tests.modes.conftest import settle
from tests.ui.helpers import when_modal
from ui.app import HarbourApp
from ui.helpline.call_page import CallPage
from ui.helpline.case_list_page import CaseListPage
from ui.helpline.confidentiality import ConfidentialityPanel
from ui.helpline.stage_panels import HappenedPanel, NextStepsPanel, WrapUpPanel
from ui.school.dialogs import ExportWarningDialog, PurgeDialog
from ui.school.school_page import SchoolPage
from ui.shell.start_diary_page import StartDiaryPage


def start_staff_diary(
    qtbot: QtBot, app: HarbourApp, book: CanaryBook, page_id: str, passphrase: str | None
) -> None:
    """Open the mode's first page and start the diary from it."""
    start = show(app, page_id, StartDiaryPage)
    failures: list[BaseException] = []
    keys = start_diary(qtbot, failures, passphrase)
    qtbot.mouseClick(start.start_button, LEFT)
    assert not failures and app.controller.vault_state is VaultState.UNLOCKED
    book.keep(keys[0], f"recovery-key-{page_id}")


def _explain(qtbot: QtBot, app: HarbourApp, panel: ConfidentialityPanel, name: str) -> None:
    panel.name.clear()
    type_text(panel.name, name)
    qtbot.mouseClick(panel.done_button, LEFT)
    settle(qtbot, app)


def _click(qtbot: QtBot, app: HarbourApp, button: QWidget) -> None:
    qtbot.mouseClick(button, LEFT)
    settle(qtbot, app)


def take_a_call(qtbot: QtBot, app: HarbourApp, book: CanaryBook) -> None:
    """A new call through every stage that takes words, the handover copied, cases searched."""
    start_staff_diary(qtbot, app, book, "cases", book.text("passphrase-helpline", "hebrew"))
    cases = show(app, "cases", CaseListPage)
    _click(qtbot, app, cases.new_call_button)
    page = show(app, "call", CallPage)
    _explain(qtbot, app, page.confidentiality, book.text("helpline-staff-name", "latin"))
    type_text(page.title, book.text("helpline-case-title", "arabic"))
    page.title.editingFinished.emit()
    quick_note = book.text("helpline-quick-note")
    type_text(page.quick_note, quick_note)
    qtbot.keyClick(page.quick_note, Qt.Key.Key_Return)
    settle(qtbot, app)

    for row, tag in ((2, "helpline-account"), (4, "helpline-next-steps")):
        page.stages.setCurrentRow(row)
        settle(qtbot, app)
        panel = page.panels[row]
        assert isinstance(panel, HappenedPanel | NextStepsPanel)
        editor = panel.account if isinstance(panel, HappenedPanel) else panel.text
        type_text(editor, book.text(tag, "latin"))
        _click(qtbot, app, panel.save_button)
    page.stages.setCurrentRow(5)
    settle(qtbot, app)
    wrap_up = page.panels[5]
    assert isinstance(wrap_up, WrapUpPanel)
    assert quick_note in wrap_up.summary.toPlainText()
    qtbot.mouseClick(wrap_up.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == page.helpline.handover()

    show(app, "cases", CaseListPage)
    type_text(cases.search, quick_note)
    qtbot.waitUntil(lambda: cases.cases.topLevelItemCount() == 1, timeout=5_000)
    cases.search.clear()
    type_text(cases.search, book.text("helpline-case-search", "hebrew"))
    qtbot.waitUntil(lambda: cases.cases.topLevelItemCount() == 0, timeout=5_000)
    qtbot.mouseClick(app.window.quick_exit_button, LEFT)
    assert QGuiApplication.clipboard().text() == "", "Quick exit clears the handover"


def _walk(qtbot: QtBot, app: HarbourApp, page: SchoolPage, kind: type[QWidget], name: str) -> None:
    found = page.walker.findChild(kind, name)
    assert isinstance(found, QCheckBox | QPushButton), name
    _click(qtbot, app, found)


def keep_a_school_record(qtbot: QtBot, app: HarbourApp, plan: Plan, book: CanaryBook) -> None:
    """A pupil's record with decisions and words, exported as CSV and PDF, then purged."""
    start_staff_diary(qtbot, app, book, "pupil", None)
    page = show(app, "pupil", SchoolPage)
    _click(qtbot, app, page.new_button)
    _explain(qtbot, app, page.confidentiality, book.text("school-lead-name", "arabic"))
    type_text(page.reference, book.text("school-pupil-reference"))
    page.reference.editingFinished.emit()
    for item in ("no_viewing", "not_asked"):
        _walk(qtbot, app, page, QCheckBox, f"schoolWalkItem_{item}")
    _click(qtbot, app, page.walker.next_button)
    type_text(page.words, book.text("school-pupil-words", "hebrew"))
    _click(qtbot, app, page.save_words)
    _click(qtbot, app, page.walker.next_button)
    type_text(page.walker.reason, book.text("school-reason-risk", "latin"))
    _walk(qtbot, app, page, QPushButton, "schoolWalkOption_no")
    type_text(page.walker.reason, book.text("school-reason-blackmail"))
    _walk(qtbot, app, page, QPushButton, "schoolWalkOption_yes")

    for button, name in ((page.export_csv, "record.csv"), (page.export_pdf, "record.pdf")):
        when_modal(ExportWarningDialog, lambda d: qtbot.mouseClick(d.yes_button, LEFT), TIMEOUT_MS)
        pick(plan.exports / name)
        with qtbot.waitSignal(page.school.exported, timeout=TIMEOUT_MS):
            qtbot.mouseClick(button, LEFT)
        settle(qtbot, app)

    def confirm(dialog: PurgeDialog) -> None:
        type_text(dialog.typed, dialog.label)
        qtbot.mouseClick(dialog.purge_button, LEFT)

    when_modal(PurgeDialog, confirm, TIMEOUT_MS)
    with qtbot.waitSignal(page.school.purged, timeout=TIMEOUT_MS):
        qtbot.mouseClick(page.purge_button, LEFT)
    settle(qtbot, app)
    assert app.controller.diary.current_case_id is None
    qtbot.mouseClick(app.window.quick_exit_button, LEFT)
