"""The Reports page: choose the form, write your own statement, preview, and save or print.

Widgets only ask ``ReportsController``; every read, render and export runs off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPageSize, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ui.controller import Controller
from ui.reports.controller import Rendered, reports_controller
from ui.reports.dialogs import ExampleDialog, ExportWarningDialog
from ui.reports.pdf import PAGE_SIZES
from ui.reports.preview import ReportPreview
from ui.widgets.accessible import named, show_text
from ui.widgets.file_dialogs import save_file
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel
from ui.widgets.sizing import scrolling
from ui.widgets.wrapping import WrapButton

_DAMAGED = {"evidence.tampered", "evidence.hash_mismatch", "evidence.blob_missing"}
_NO_SPACE = {"pack.disk_full", "evidence.disk_full"}


class ReportsPage(FollowsLanguage, QWidget):
    """The police report and the evidence pack for the current case."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "reportsPage")
        self.controller = controller
        self.reports = reports_controller(controller)
        self._printer: QPrinter | None = None
        self.heading = SafeLabel(name="reportsHeading")
        scaled(self.heading, 1.3, bold=True)
        self.intro = SafeLabel(name="reportsIntro")
        self.variant_label = SafeLabel(name="reportsVariantLabel")
        self.variant = named(QComboBox(), "reportsVariant")
        # Form names are long in every language: the box takes the row's width, not theirs.
        self.variant.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.variant.setMinimumContentsLength(16)
        self.statement_box = named(QGroupBox(), "reportsStatementBox")
        self.statement_hint = SafeLabel(name="reportsStatementHint")
        self.statement = named(QPlainTextEdit(), "reportsStatement")
        self.save_statement = named(WrapButton(), "reportsSaveStatement")
        self.empty = SafeLabel(name="reportsEmpty")
        self.preview = ReportPreview("reportsPreview")
        self.save_pdf = named(WrapButton(), "reportsSavePdf")
        self.print_button = named(WrapButton(), "reportsPrint")
        self.save_text = named(WrapButton(), "reportsSaveText")
        self.make_pack = named(WrapButton(), "reportsMakePack")
        self.example = named(WrapButton(), "reportsExample")
        self.progress = named(QProgressBar(), "reportsProgress")
        self.cancel = named(WrapButton(), "reportsCancel")
        self.status = SafeLabel(name="reportsStatus")
        self._layout()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(300)
        self._refresh_timer.timeout.connect(self.refresh)

        self.variant.activated.connect(self._variant_chosen)
        self.save_statement.clicked.connect(self._save_statement)
        self.save_pdf.clicked.connect(lambda: self._save("pdf"))
        self.save_text.clicked.connect(lambda: self._save("txt"))
        self.make_pack.clicked.connect(lambda: self._save("zip"))
        self.print_button.clicked.connect(self._print)
        self.example.clicked.connect(self._example)
        self.cancel.clicked.connect(self.reports.cancel)
        self.reports.previewReady.connect(self._preview_ready)
        self.reports.statementLoaded.connect(self._statement_loaded)
        self.reports.exampleReady.connect(self._example_ready)
        self.reports.progressed.connect(self._progressed)
        self.reports.finished.connect(self._finished)
        self.reports.failed.connect(self._failed)
        self.reports.previewFailed.connect(self._preview_failed)
        self.reports.statementSaved.connect(self._statement_saved)
        self.reports.busyChanged.connect(self._busy_changed)
        controller.diary.caseChanged.connect(self._case_changed)
        controller.diary.entriesChanged.connect(self._refresh_timer.start)
        controller.regionChanged.connect(self._region_changed)
        controller.languageChanged.connect(self._region_changed)
        self.retranslate()
        self._case_changed()

    def _layout(self) -> None:
        statement_column = QVBoxLayout(self.statement_box)
        statement_column.addWidget(self.statement_hint)
        statement_column.addWidget(self.statement)
        statement_row = QHBoxLayout()
        statement_row.addStretch(1)
        statement_row.addWidget(self.save_statement)
        statement_column.addLayout(statement_row)
        self.statement.setTabChangesFocus(True)
        self.statement.setMaximumHeight(self.statement.fontMetrics().lineSpacing() * 8)
        variant_row = QHBoxLayout()
        variant_row.addWidget(self.variant_label)
        variant_row.addWidget(self.variant, 1)
        buttons = QHBoxLayout()
        for button in (self.save_pdf, self.print_button, self.save_text, self.make_pack):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.example)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel)
        self.progress.hide()
        self.cancel.hide()
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addLayout(variant_row)
        column.addWidget(self.statement_box)
        column.addWidget(self.empty)
        column.addWidget(self.preview, 1)
        column.addLayout(buttons)
        column.addLayout(busy)
        column.addWidget(self.status)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner))  # large fonts on a small screen scroll, never overlap

    # --- words -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("Report for the police"))
        self.intro.setText(
            self.tr(
                "Harbour makes this report from your diary. Choose the form for where you will "
                "report. Add your own statement if you like. Then save it, print it, or make an "
                "evidence pack."
            )
        )
        self.variant_label.setText(self.tr("Form"))
        self.variant.setAccessibleName(self.tr("Which police form the report follows"))
        self.statement_box.setTitle(self.tr("Your own statement"))
        self.statement_hint.setText(
            self.tr(
                "In your own words: what happened, when, and how it made you feel. It goes into "
                "the report. It is kept in your locked diary."
            )
        )
        self.statement.setAccessibleName(self.tr("Your own statement"))
        show_text(self.save_statement, self.tr("Save my statement"))
        self.empty.setText(
            self.tr("Your diary is empty so far. Add what happened, then come back here.")
        )
        show_text(self.save_pdf, self.tr("Save as PDF"))
        show_text(self.print_button, self.tr("Print"))
        show_text(self.save_text, self.tr("Save as text"))
        show_text(
            self.make_pack,
            self.tr("Make an evidence pack"),
            tip=self.tr("One file with the report, your evidence files and their fingerprints."),
        )
        show_text(self.example, self.tr("See an example report"))
        show_text(self.cancel, self.tr("Stop"))
        self.progress.setAccessibleName(self.tr("Progress"))
        self._fill_variants()

    def _fill_variants(self) -> None:
        from core.reports import VARIANTS

        catalog = self.controller.catalog
        self.variant.clear()
        for code, form in VARIANTS.items():
            self.variant.addItem(catalog.text(form.name_key), code)
        self.variant.setCurrentIndex(max(0, self.variant.findData(self.reports.variant)))

    # --- state -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """Bring the preview up to date whenever the page is shown."""
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Ask for a fresh preview of the current case."""
        if self.isVisible():
            self.reports.refresh()

    def _case_changed(self, _case_id: int = 0) -> None:
        has_case = self.controller.diary.current_case_id is not None
        self.empty.setVisible(not has_case)
        self.preview.setVisible(has_case)
        self._busy_changed(self.reports.busy)
        self.statement.clear()
        self.statement.document().setModified(False)
        self.refresh()

    def _region_changed(self, _value: str = "") -> None:
        self._fill_variants()
        self.refresh()

    def _variant_chosen(self, index: int) -> None:
        self.reports.set_variant(str(self.variant.itemData(index)))
        self.refresh()

    def _busy_changed(self, busy: bool) -> None:
        has_case = self.controller.diary.current_case_id is not None
        for button in (self.save_pdf, self.print_button, self.save_text, self.make_pack):
            button.setEnabled(has_case and not busy)
        self.progress.setVisible(busy)
        self.cancel.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)  # busy until the first progress report

    # --- results ---------------------------------------------------------------------------

    def _preview_ready(self, rendered: Rendered) -> None:
        self.preview.show_report(rendered.html, rendered.text)

    def _statement_loaded(self, text: str) -> None:
        if not self.statement.document().isModified():
            self.statement.setPlainText(text)

    def _save_statement(self) -> None:
        self.statement.document().setModified(False)
        self.reports.save_statement(self.statement.toPlainText())

    def _statement_saved(self) -> None:
        self.status.setText(self.tr("Your statement is saved in your diary."))

    def _preview_failed(self, _exc: object) -> None:
        self.status.setText(
            self.tr("Harbour could not make the preview just now. Your diary has not changed.")
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, 1000)
        self.progress.setValue(done * 1000 // max(total, 1))

    def _finished(self, path: str) -> None:
        if path:
            self.status.setText(self.tr("Saved: %1").replace("%1", path))
        else:
            self.status.setText(self.tr("Your report was sent to the printer."))

    def _failed(self, exc: object) -> None:
        code = str(getattr(exc, "code", ""))
        if code == "pack.cancelled":
            text = self.tr("Stopped. Nothing was saved.")
        elif code in _NO_SPACE:
            text = self.tr("There is not enough free space there. Nothing was saved.")
        elif code in _DAMAGED:
            text = self.tr(
                "One of your evidence files did not pass its safety check, so nothing was saved."
            )
        elif code == "vault.locked":
            text = self.tr("Your diary is locked. Unlock it and try again.")
        else:
            text = self.tr("Harbour could not save there. Nothing was saved. Try another folder.")
        self.status.setText(text)

    # --- actions ---------------------------------------------------------------------------

    def _save(self, kind: str) -> None:
        titles = {
            "pdf": (self.tr("Save the report as PDF"), "report.pdf", "PDF (*.pdf)"),
            "txt": (self.tr("Save the report as text"), "report.txt", "Text (*.txt)"),
            "zip": (self.tr("Save the evidence pack"), "evidence-pack.zip", "ZIP (*.zip)"),
        }
        title, suggested, name_filter = titles[kind]
        chosen = save_file(self, title, suggested, name_filter)
        if chosen is None:
            return
        target = chosen if chosen.suffix.lower() == f".{kind}" else Path(f"{chosen}.{kind}")
        warning = ExportWarningDialog(self.controller, target, kind == "zip", self)
        if warning.exec() != QDialog.DialogCode.Accepted:
            return
        self.status.setText(self.tr("Saving…"))
        if kind == "pdf":
            self.reports.save_pdf(target)
        elif kind == "txt":
            self.reports.save_text(target)
        else:
            self.reports.make_pack(target)

    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(PAGE_SIZES[self.controller.region_pack.paper]))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._printer = printer  # kept alive while the background job paints on it
        self.status.setText(self.tr("Printing…"))
        self.reports.print_report(printer)

    def _example(self) -> None:
        self.status.setText(self.tr("Making the example…"))
        self.reports.show_example()

    def _example_ready(self, rendered: Rendered) -> None:
        self.status.clear()
        ExampleDialog(self.controller, rendered.html, rendered.text, self).exec()
