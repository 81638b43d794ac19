"""School mode's page: one pupil's record at a time. The confidentiality screen first, then the
safeguarding lead's decision steps, what the pupil says, export, and the confirmed purge."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.content.region_model import Paper
from core.modes.chronology import when_text
from core.modes.events import local_now
from ui.controller import Controller
from ui.helpline.confidentiality import ConfidentialityPanel
from ui.helpline.walker import FlowWalker
from ui.reports.pdf import PageLabels
from ui.school.controller import SchoolController, school_of
from ui.school.dialogs import ExportWarningDialog, PurgeDialog
from ui.school.pdf import table_pdf
from ui.widgets.accessible import named, show_text
from ui.widgets.file_dialogs import save_file
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel
from ui.widgets.sizing import scrolling
from ui.widgets.wrapping import WrapButton

NO_RECORD, CONFIDENTIALITY, DETAILS = 0, 1, 2


def chronology_pdf(school: SchoolController, paper: Paper) -> bytes:
    """The current record's chronology as a PDF, with who exported it and the warning."""
    file = school.current_file()
    if file is None:
        return b""
    t = school.controller.catalog
    when = when_text(local_now())
    lines = [
        t.text("school.chronology.exported", when=when, name=school.staff_name or ""),
        t.text("school.chronology.warning"),
    ]
    title = t.text("school.chronology.title", label=file.label)
    labels = PageLabels(
        sensitive=t.text("reports.sensitive"),
        generated=t.text("reports.generated", date=when),
        page=t.text("reports.page"),
    )
    return table_pdf(title, lines, school.chronology_table(), labels, paper)


class SchoolPage(FollowsLanguage, QWidget):
    """A pupil's record: pick or start one, explain confidentiality, walk and record the steps."""

    def __init__(self, controller: Controller) -> None:
        super().__init__()
        named(self, "schoolPage")
        self.controller = controller
        self.school = school_of(controller)

        self.records = named(QComboBox(), "pupilRecords")
        self.records.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.records.setMinimumContentsLength(16)  # the row's width, not the longest record's
        self.new_button = named(WrapButton(), "newPupilRecord")
        self.new_button.setProperty("primary", True)
        self.reference = named(QLineEdit(), "pupilReference")
        self.case_label = SafeLabel(name="pupilCaseNumber")
        scaled(self.case_label, 1.2, bold=True)
        header = QHBoxLayout()
        header.addWidget(self.records, 1)
        header.addWidget(self.new_button)
        record_row = QHBoxLayout()
        record_row.addWidget(self.case_label)
        record_row.addWidget(self.reference, 1)

        self.none_text = SafeLabel(name="schoolNone")
        self.confidentiality = ConfidentialityPanel(
            controller, "school.confidentiality", name_required=True
        )
        self.walker = FlowWalker("schoolWalk", self.school.services_text(), with_reason=True)
        self.words_title = SafeLabel(name="pupilWordsTitle")
        scaled(self.words_title, 1.1, bold=True)
        self.words_hint = SafeLabel(name="pupilWordsHint")
        self.words_hint.setProperty("role", "hint")
        self.words = named(QPlainTextEdit(), "pupilWords")
        self.words.setMaximumHeight(self.words.fontMetrics().lineSpacing() * 6)
        self.save_words = named(WrapButton(), "savePupilWords")
        self.images_note = SafeLabel(name="schoolImagesNote")
        self.images_note.setProperty("role", "hint")
        self.export_pdf = named(WrapButton(), "exportPdf")
        self.export_csv = named(WrapButton(), "exportCsv")
        self.purge_button = named(WrapButton(), "purgeRecord")
        self.status = SafeLabel(name="schoolStatus")
        actions = QHBoxLayout()
        actions.addWidget(self.export_pdf)
        actions.addWidget(self.export_csv)
        actions.addStretch(1)
        actions.addWidget(self.purge_button)
        details = QWidget()
        details_column = QVBoxLayout(details)
        details_column.setContentsMargins(0, 0, 0, 0)
        details_column.addLayout(record_row)
        details_column.addWidget(self.walker, 3)
        details_column.addWidget(self.words_title)
        details_column.addWidget(self.words_hint)
        details_column.addWidget(self.words, 1)
        details_column.addWidget(self.save_words, 0, Qt.AlignmentFlag.AlignRight)
        details_column.addWidget(self.images_note)
        details_column.addLayout(actions)
        details_column.addWidget(self.status)
        none_page = QWidget()
        none_column = QVBoxLayout(none_page)
        none_column.addWidget(self.none_text)
        none_column.addStretch(1)
        self.stack = named(QStackedWidget(), "schoolStack")
        for widget in (none_page, self.confidentiality, details):
            self.stack.addWidget(widget)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(header)
        column.addWidget(self.stack, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner))  # large fonts on a small screen scroll, never overlap

        self.records.activated.connect(
            lambda i: self.school.open_case(int(self.records.itemData(i)))
        )
        self.new_button.clicked.connect(self.school.new_record)
        self.reference.editingFinished.connect(self._reference_edited)
        self.confidentiality.explained.connect(self.school.explain_confidentiality)
        self.walker.answered.connect(lambda o: self.school.answer(o, self.walker.take_reason()))
        self.walker.ticked.connect(lambda i, d: self.school.tick(i, d, self.walker.take_reason()))
        self.walker.advanced.connect(self.school.advance)
        self.walker.wentBack.connect(self.school.back)
        self.save_words.clicked.connect(self._save_words)
        self.export_pdf.clicked.connect(lambda: self._export("pdf"))
        self.export_csv.clicked.connect(lambda: self._export("csv"))
        self.purge_button.clicked.connect(self._purge)
        self.school.fileChanged.connect(self.refresh)
        self.school.casesChanged.connect(self.refresh)
        self.school.exported.connect(
            lambda path: self.status.setText(self.tr("Exported to %1").replace("%1", path))
        )
        self.school.purged.connect(
            lambda label: self.status.setText(
                self.tr("Case %1 was removed from this computer.").replace("%1", label)
            )
        )
        self.school.failed.connect(
            lambda _: self.status.setText(
                self.tr("That did not work, and nothing was lost. Please try again.")
            )
        )
        controller.languageChanged.connect(lambda _: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        t = self.controller.catalog
        self.records.setAccessibleName(self.tr("Pupils' records"))
        show_text(self.new_button, self.tr("New pupil record"))
        show_text(self.reference, self.tr("Pupil's initials or school reference"))
        self.none_text.setText(
            self.tr("No pupil's record is open. Start a new record when a pupil comes to you.")
        )
        self.words_title.setText(t.text("school.words.title"))
        self.words_hint.setText(t.text("school.words.hint"))
        show_text(self.words, t.text("school.words.title"))
        show_text(self.save_words, self.tr("Save what the pupil said"))
        self.images_note.setText(
            self.tr(
                "Harbour never stores images in school mode. Record a description of what a "
                "file showed, never the file."
            )
        )
        show_text(self.export_pdf, self.tr("Export as PDF"))
        show_text(self.export_csv, self.tr("Export as CSV"))
        show_text(
            self.purge_button,
            self.tr("Remove from this computer"),
            tip=self.tr("After export: removes the record for good, keeping only its number."),
        )
        self.refresh()

    def refresh(self) -> None:
        """Show the current record at the stage it has reached."""
        file = self.school.current_file()
        self.records.clear()
        self.records.addItem(self.tr("Choose a pupil's record"), 0)
        for row in self.school.records():
            self.records.addItem(f"{row.label}  {row.case.title or ''}".strip(), row.case_id)
        self.records.setCurrentIndex(max(0, self.records.findData(file.case_id if file else 0)))
        self.records.setEnabled(self.records.count() > 1)
        if file is None:
            self.stack.setCurrentIndex(NO_RECORD)
            return
        if file.confidentiality_at is None:
            self.confidentiality.name.setText(self.school.staff_name or "")
            self.stack.setCurrentIndex(CONFIDENTIALITY)
            return
        self.stack.setCurrentIndex(DETAILS)
        self.case_label.setText(self.tr("Case %1").replace("%1", file.label))
        if not self.reference.hasFocus():
            self.reference.setText(file.case.title or "")
        walk = self.school.walk()
        if walk is not None:
            self.walker.services_text = self.school.services_text()
            self.walker.display(walk, self.controller.catalog)
        self.purge_button.setEnabled(self.school.exported_already())

    def _reference_edited(self) -> None:
        file = self.school.current_file()
        if file is not None and self.reference.text().strip() != (file.case.title or ""):
            self.school.set_reference(self.reference.text().strip())

    def _save_words(self) -> None:
        self.school.record_words(self.words.toPlainText())
        self.words.clear()
        self.status.setText(self.tr("Saved with the time and your name."))

    def _export(self, fmt: str) -> None:
        file = self.school.current_file()
        if file is None:
            return
        if ExportWarningDialog(self.controller, printing=False, parent=self).exec() != (
            QDialog.DialogCode.Accepted
        ):
            return
        suggested = f"safeguarding-record-{file.label}.{fmt}"
        name_filter = self.tr("PDF files (*.pdf)") if fmt == "pdf" else self.tr("CSV files (*.csv)")
        target = save_file(self, self.tr("Export the record"), suggested, name_filter)
        if target is not None:
            self.export_to(target, fmt)

    def export_to(self, target: Path, fmt: str) -> None:
        """Write the record to ``target`` as ``pdf`` or ``csv`` (after the warning was shown)."""
        if fmt == "pdf":
            data = chronology_pdf(self.school, self.controller.region_pack.paper)
        else:
            data = self.school.csv_data()
        self.status.setText(self.tr("Exporting…"))
        self.school.export(target, data, fmt)

    def _purge(self) -> None:
        file = self.school.current_file()
        if file is None:
            return
        dialog = PurgeDialog(self.controller, file.label, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.school.purge()
