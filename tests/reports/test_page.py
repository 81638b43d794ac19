"""The Reports page in a real Harbour: preview, statement, forms, exports, example, guide action."""

from __future__ import annotations

import subprocess
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from core import evidence
from core.reports import get_statement
from core.session import VaultState
from tests.reports.cases import ARABIC, fill_case, pdf_text
from tests.ui.helpers import unnamed_widgets, when_modal
from ui.actions import Handler
from ui.app import HarbourApp
from ui.reports.actions import register_reports_actions
from ui.reports.dialogs import ExampleDialog, ExportWarningDialog
from ui.reports.page import ReportsPage

Opened = tuple[HarbourApp, int]


def _page(qtbot: QtBot, opened: Opened, text: str = "Instagram") -> ReportsPage:
    harbour, case_id = opened
    store = harbour.session.require_blobs()
    fill_case(harbour.controller.diary.conn, store, case_id, text)
    evidence.import_bytes(harbour.controller.diary.conn, store, case_id, b"x" * 3000, "log.txt")
    with qtbot.waitSignal(_reports(harbour).previewReady, timeout=20_000):
        harbour.window.show_page("reports")
    page = harbour.window.page("reports")
    assert isinstance(page, ReportsPage)
    return page


def _reports(harbour: HarbourApp):  # type: ignore[no-untyped-def]
    from ui.reports.controller import reports_controller

    return reports_controller(harbour.controller)


def test_the_page_previews_the_case_and_keeps_the_statement(qtbot: QtBot, opened: Opened) -> None:
    page = _page(qtbot, opened, ARABIC)
    harbour, case_id = opened
    assert ARABIC in page.preview.browser.toPlainText()
    assert "Report for the police" in page.preview.text.toPlainText()
    assert page.statement.toPlainText() == f"{ARABIC}\n\n{ARABIC}"
    page.statement.setPlainText("I was scared, so I paid once.")
    with qtbot.waitSignal(page.reports.previewReady, timeout=20_000):
        qtbot.mouseClick(page.save_statement, Qt.MouseButton.LeftButton)
    statement = get_statement(harbour.controller.diary.conn, case_id)
    assert statement is not None and statement.text == "I was scared, so I paid once."
    assert "I was scared, so I paid once." in page.preview.text.toPlainText()
    assert page.status.text() == "Your statement is saved in your diary."
    assert unnamed_widgets(page) == []


def test_choosing_another_form_changes_the_report(qtbot: QtBot, opened: Opened) -> None:
    page = _page(qtbot, opened)
    assert page.variant.currentData() == opened[0].controller.region_pack.report_variant
    index = page.variant.findData("es_denuncia")
    with qtbot.waitSignal(page.reports.previewReady, timeout=20_000):
        page.variant.setCurrentIndex(index)
        page.variant.activated.emit(index)
    assert "What happened (los hechos)" in page.preview.text.toPlainText()


def test_save_as_pdf_asks_where_warns_then_writes(
    qtbot: QtBot, opened: Opened, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from ui.reports.pdf import render_pdf as real_render

    painted_on: list[int] = []

    def spy(*args: Any, **kwargs: Any) -> bytes:
        painted_on.append(threading.get_ident())
        return real_render(*args, **kwargs)

    monkeypatch.setattr("ui.reports.controller.render_pdf", spy)
    page = _page(qtbot, opened)
    target = tmp_path / "my report"
    shown: list[str] = []

    def choose(dialog: QFileDialog) -> None:
        dialog.selectFile(str(target))
        dialog.accept()

    def warned(dialog: ExportWarningDialog) -> None:
        shown.append(dialog.heading.text())
        shown.append(dialog.path.text())
        assert unnamed_widgets(dialog) == []
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(QFileDialog, choose)
    when_modal(ExportWarningDialog, warned)
    with qtbot.waitSignal(page.reports.finished, timeout=30_000):
        qtbot.mouseClick(page.save_pdf, Qt.MouseButton.LeftButton)
    saved = tmp_path / "my report.pdf"
    assert shown == ["This file is NOT encrypted", str(saved)]
    assert "Instagram" in pdf_text(saved)
    assert page.status.text() == f"Saved: {saved}"
    assert painted_on == [threading.get_ident()], "Qt paints PDFs on the GUI thread only"


def test_declining_the_warning_writes_nothing(qtbot: QtBot, opened: Opened, tmp_path: Path) -> None:
    page = _page(qtbot, opened)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()

    def choose(dialog: QFileDialog) -> None:
        dialog.selectFile(str(tmp_path / "pack.zip"))
        dialog.accept()

    def decline(dialog: ExportWarningDialog) -> None:
        assert dialog.heading.text() == "The evidence pack is NOT encrypted"
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    when_modal(QFileDialog, choose)
    when_modal(ExportWarningDialog, decline)
    qtbot.mouseClick(page.make_pack, Qt.MouseButton.LeftButton)
    qtbot.wait(200)
    assert list(tmp_path.iterdir()) == []
    assert not page.reports.busy


def test_text_and_evidence_pack_are_written_in_the_background(
    qtbot: QtBot, opened: Opened, tmp_path: Path
) -> None:
    page = _page(qtbot, opened)
    with qtbot.waitSignal(page.reports.finished, timeout=30_000):
        page.reports.save_text(tmp_path / "report.txt")
    assert "Instagram" in (tmp_path / "report.txt").read_text(encoding="utf-8")
    progress: list[tuple[int, int]] = []
    page.reports.progressed.connect(lambda done, total: progress.append((done, total)))
    idle = page.reports.busyChanged
    with qtbot.waitSignal(idle, timeout=30_000, check_params_cb=lambda busy: not busy):
        page.reports.make_pack(tmp_path / "pack.zip")
        assert page.reports.busy and page.progress.isVisibleTo(page)
        assert not page.make_pack.isEnabled()
    assert progress and progress[-1][0] >= progress[-1][1]
    with zipfile.ZipFile(tmp_path / "pack.zip") as archive:
        archive.extractall(tmp_path / "unpacked")
    check = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=tmp_path / "unpacked", check=False
    )
    assert check.returncode == 0
    assert page.make_pack.isEnabled() and not page.progress.isVisibleTo(page)


def test_stop_cancels_the_pack(qtbot: QtBot, opened: Opened, tmp_path: Path) -> None:
    page = _page(qtbot, opened)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with qtbot.waitSignal(page.reports.failed, timeout=30_000):
        page.reports.make_pack(tmp_path / "pack.zip")
        qtbot.mouseClick(page.cancel, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Stopped. Nothing was saved."
    assert list(tmp_path.iterdir()) == []


def test_print_paints_the_report(qtbot: QtBot, opened: Opened, tmp_path: Path) -> None:
    page = _page(qtbot, opened)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(page.reports.finished, timeout=30_000):
        page.reports.print_report(printer)
    assert "Page 1 of" in pdf_text(tmp_path / "printed.pdf")


def test_the_example_opens_without_touching_the_diary(qtbot: QtBot, opened: Opened) -> None:
    page = _page(qtbot, opened)
    harbour, case_id = opened
    before = harbour.controller.diary.conn.execute("SELECT count(*) FROM entry").fetchone()[0]
    seen: list[str] = []

    def look(dialog: ExampleDialog) -> None:
        seen.append(dialog.preview.text.toPlainText())
        assert unnamed_widgets(dialog) == []
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    when_modal(ExampleDialog, look)
    with qtbot.waitSignal(page.reports.exampleReady, timeout=30_000):
        qtbot.mouseClick(page.example, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert "This is an example." in seen[0] and "lena.travels.example" in seen[0]
    after = harbour.controller.diary.conn.execute("SELECT count(*) FROM entry").fetchone()[0]
    assert before == after
    assert harbour.controller.diary.current_case_id == case_id


def test_the_guide_action_opens_the_page(qtbot: QtBot, harbour: HarbourApp) -> None:
    handlers: dict[str, Handler] = {}
    register_reports_actions(lambda name, handler: handlers.__setitem__(name, handler))
    assert set(handlers) == {"reports.police"}
    prefill: Mapping[str, str] = {}
    handlers["reports.police"](harbour.window, prefill)
    assert harbour.window.current == "reports"
    assert harbour.controller.vault_state is VaultState.NONE
    assert harbour.window.stack.currentWidget() is harbour.window.start_page
