"""The sweep's second part: the canary picture added three ways, viewed, described and
exported, and the police report written, previewed and saved as PDF, text and evidence pack."""

from __future__ import annotations

import warnings
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.diary.records import Evidence
from tests.diary_ui.helpers import on_dialog, press_save, type_into
from tests.leaks.canaries import CanaryBook
from tests.leaks.dialogs import LEFT, TIMEOUT_MS, pick, say_yes, show, type_text
from tests.leaks.plan import Plan
from tests.modes.conftest import settle
from tests.ui.helpers import when_modal
from ui.app import HarbourApp
from ui.evidence.describe import DescribeDialog
from ui.evidence.evidence_page import EvidencePage
from ui.evidence.viewer import ViewerDialog
from ui.reports.controller import reports_controller
from ui.reports.dialogs import ExportWarningDialog
from ui.reports.page import ReportsPage


def _drop(page: EvidencePage, path: Path) -> None:
    """Drag ``path`` from a file manager and drop it on the page."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPointF(20, 20)
    how = (Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    with warnings.catch_warnings():  # Qt 6 only offers the QPoint form of this event
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(where.toPoint(), *how)
    assert QApplication.sendEvent(page, enter) and enter.isAccepted(), "the page takes files"
    QApplication.sendEvent(page, QDropEvent(where, *how))


def _select(page: EvidencePage, name: str) -> Evidence:
    row = next(i for i, r in enumerate(page.records) if r.original_name == name)
    page.table.selectRow(row)
    return page.records[row]


def add_the_picture(qtbot: QtBot, app: HarbourApp, plan: Plan) -> None:
    """Choose it in the file dialog, drop it, and paste it from the clipboard."""
    page = show(app, "evidence", EvidencePage)
    chosen, dropped = plan.pictures
    pick(chosen)
    with qtbot.waitSignal(page.panel.imported, timeout=TIMEOUT_MS):
        qtbot.mouseClick(page.panel.files_button, LEFT)
    with qtbot.waitSignal(page.panel.imported, timeout=TIMEOUT_MS):
        _drop(page, dropped)
    board = QGuiApplication.clipboard()
    board.setImage(QImage.fromData(plan.picture().png))
    with qtbot.waitSignal(page.panel.imported, timeout=TIMEOUT_MS):
        qtbot.mouseClick(page.panel.paste_button, LEFT)
    board.clear()
    settle(qtbot, app)
    names = [r.original_name for r in page.records]
    assert len(names) == 3 and chosen.name in names and dropped.name in names, names
    assert all(r.file_kind == "image" for r in page.records)


def look_describe_and_export(qtbot: QtBot, app: HarbourApp, plan: Plan, book: CanaryBook) -> None:
    """View the picture (decoded in memory), describe one by its SHA-256 only, export a copy."""
    page = show(app, "evidence", EvidencePage)
    chosen = plan.pictures[0]
    _select(page, chosen.name)
    shown: list[tuple[int, int]] = []

    def look(viewer: ViewerDialog) -> None:
        picture = viewer.picture.pixmap()
        shown.append((picture.width(), picture.height()))
        viewer.close_button.click()

    when_modal(ViewerDialog, look, TIMEOUT_MS)
    qtbot.mouseClick(page.view_button, LEFT)
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT_MS)
    assert shown == [(plan.picture().width, plan.picture().height)]

    failures: list[BaseException] = []
    description = book.text("describe-what", "arabic")

    def describe(dialog: DescribeDialog) -> None:
        values = {
            "description": description,
            "where_seen": book.text("describe-where"),
            "note": book.text("describe-note", "hebrew"),
        }
        type_into(dialog, values)
        pick(chosen)
        qtbot.mouseClick(dialog.hash_button, LEFT)  # works out the SHA-256, keeps nothing
        qtbot.waitUntil(lambda: bool(dialog.fields["sha256"].editor.value()), timeout=TIMEOUT_MS)
        press_save(qtbot, dialog)

    on_dialog(DescribeDialog, describe, failures)
    qtbot.mouseClick(page.panel.describe_button, LEFT)
    qtbot.waitUntil(
        lambda: any(r.description == description for r in page.records), timeout=TIMEOUT_MS
    )
    assert not failures, failures

    record = _select(page, chosen.name)
    target = plan.exports / "evidence-copy.png"
    say_yes()
    pick(target)
    qtbot.mouseClick(page.export_button, LEFT)
    qtbot.waitUntil(target.is_file, timeout=TIMEOUT_MS)
    settle(qtbot, app)
    assert record.sha256 and target.read_bytes() == plan.picture().png


def write_the_report(qtbot: QtBot, app: HarbourApp, plan: Plan, book: CanaryBook) -> None:
    """The statement typed and saved, the preview, then PDF, text and the evidence pack."""
    with qtbot.waitSignal(reports_controller(app.controller).previewReady, timeout=TIMEOUT_MS):
        page = show(app, "reports", ReportsPage)
    statement = book.text("report-statement", "arabic")
    type_text(page.statement, statement)
    with qtbot.waitSignal(page.reports.previewReady, timeout=TIMEOUT_MS):
        qtbot.mouseClick(page.save_statement, LEFT)
    assert statement in page.preview.text.toPlainText()
    assert book.text("person-username") in page.preview.browser.toPlainText()

    def save_it(dialog: ExportWarningDialog) -> None:
        qtbot.mouseClick(dialog.save_button, LEFT)

    for button, name in (
        (page.save_pdf, "report.pdf"),
        (page.save_text, "report.txt"),
        (page.make_pack, "evidence-pack.zip"),
    ):
        pick(plan.exports / name)
        when_modal(ExportWarningDialog, save_it, TIMEOUT_MS)
        with qtbot.waitSignal(page.reports.finished, timeout=60_000):
            qtbot.mouseClick(button, LEFT)
        assert (plan.exports / name).is_file()
