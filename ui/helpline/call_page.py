"""The call co-pilot: the current case's stages beside the stage in hand, timestamped quick
notes always at the bottom, and the confidentiality screen before any of it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.diary.records import CaseStatus, Note
from core.modes.casefile import CaseFile
from core.modes.helpline import STAGES
from ui.controller import Controller
from ui.diary.formatting import time_text
from ui.helpline.confidentiality import ConfidentialityPanel
from ui.helpline.controller import helpline_of
from ui.helpline.stage_panels import stage_panels
from ui.widgets.accessible import named, show_text
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel

RECENT_NOTES = 8


class CallPage(FollowsLanguage, QWidget):
    """One call at a time: case number, title and status, stages, and quick notes."""

    def __init__(self, controller: Controller) -> None:
        super().__init__()
        named(self, "callPage")
        self.controller = controller
        self.helpline = helpline_of(controller)

        self.none_text = SafeLabel(name="callNone")
        self.none_new_button = named(QPushButton(), "callNewCall")
        self.none_new_button.setProperty("primary", True)
        none_page = QWidget()
        none_column = QVBoxLayout(none_page)
        none_column.addWidget(self.none_text)
        none_column.addWidget(self.none_new_button, 0, Qt.AlignmentFlag.AlignLeft)
        none_column.addStretch(1)

        self.case_label = SafeLabel(name="callCaseNumber")
        scaled(self.case_label, 1.3, bold=True)
        self.title = named(QLineEdit(), "callTitle")
        self.status = named(QComboBox(), "callStatus")
        header = QHBoxLayout()
        header.addWidget(self.case_label)
        header.addWidget(self.title, 1)
        header.addWidget(self.status)

        self.confidentiality = ConfidentialityPanel(
            controller, "helpline.confidentiality", name_required=False
        )
        self.stages = named(QListWidget(), "callStages")
        self.panels = stage_panels(controller, self.helpline)
        self.panel_stack = named(QStackedWidget(), "callStageStack")
        for panel in self.panels:
            self.panel_stack.addWidget(panel)
        self.quick_note = named(QLineEdit(), "quickNote")
        self.notes = named(QListWidget(), "quickNotesList")
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * (RECENT_NOTES + 1))
        middle = QHBoxLayout()
        middle.addWidget(self.stages, 1)
        middle.addWidget(self.panel_stack, 3)
        details = QWidget()
        details_column = QVBoxLayout(details)
        details_column.setContentsMargins(0, 0, 0, 0)
        details_column.addLayout(middle, 1)
        details_column.addWidget(self.quick_note)
        details_column.addWidget(self.notes)
        self.gate = named(QStackedWidget(), "callGate")
        self.gate.addWidget(self.confidentiality)
        self.gate.addWidget(details)
        case_page = QWidget()
        case_column = QVBoxLayout(case_page)
        case_column.setContentsMargins(0, 0, 0, 0)
        case_column.addLayout(header)
        case_column.addWidget(self.gate, 1)

        self.outer = named(QStackedWidget(), "callStack")
        self.outer.addWidget(none_page)
        self.outer.addWidget(case_page)
        column = QVBoxLayout(self)
        column.addWidget(self.outer)

        self.none_new_button.clicked.connect(self.helpline.new_call)
        self.confidentiality.explained.connect(self.helpline.explain_confidentiality)
        self.title.editingFinished.connect(self._title_edited)
        self.status.activated.connect(
            lambda i: self.helpline.update_case(status=CaseStatus(str(self.status.itemData(i))))
        )
        self.stages.currentRowChanged.connect(self._stage_chosen)
        self.quick_note.returnPressed.connect(self._quick_note)
        self.helpline.fileChanged.connect(self.refresh)
        controller.diary.entriesChanged.connect(self.refresh)
        controller.languageChanged.connect(lambda _: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.none_text.setText(
            self.tr("No call is open. Start a new call, or open a case from the case list.")
        )
        show_text(self.none_new_button, self.tr("New call"))
        show_text(self.title, self.tr("Case title (optional, e.g. a first name or nickname)"))
        self.status.setAccessibleName(self.tr("Case status"))
        show_text(self.stages, self.tr("Call stages"))
        show_text(self.quick_note, self.tr("Quick note: type one line and press Enter"))
        show_text(self.notes, self.tr("Recent notes"))
        self.refresh()

    def refresh(self) -> None:
        """Show the current call, or the way to start one."""
        file = self.helpline.current_file()
        self.outer.setCurrentIndex(0 if file is None else 1)
        if file is None:
            return
        t = self.controller.catalog
        self.case_label.setText(self.tr("Case %1").replace("%1", file.label))
        if not self.title.hasFocus():
            self.title.setText(file.case.title or "")
        self.status.clear()
        for status in CaseStatus:
            self.status.addItem(t.text(f"helpline.status.{status.value}"), status.value)
        self.status.setCurrentIndex(self.status.findData(file.case.status.value))
        explained = file.confidentiality_at is not None
        self.gate.setCurrentIndex(1 if explained else 0)
        for widget in (self.title, self.status):
            widget.setEnabled(explained)
        if not explained:
            self.confidentiality.name.setText(self.helpline.staff_name or "")
            return
        self._show_stages(file)
        self._show_notes(file)

    def _show_stages(self, file: CaseFile) -> None:
        t = self.controller.catalog
        self.stages.blockSignals(True)
        self.stages.clear()
        for stage in STAGES:
            item = QListWidgetItem(t.text(f"helpline.stages.{stage}.title"))
            self.stages.addItem(item)
        row = STAGES.index(file.stage) if file.stage in STAGES else 0
        self.stages.setCurrentRow(row)
        self.stages.blockSignals(False)
        self.panel_stack.setCurrentIndex(row)
        self.panels[row].refresh(file)

    def _show_notes(self, file: CaseFile) -> None:
        from core.diary import list_entries

        self.notes.clear()
        notes = list_entries(self.controller.diary.conn, file.case_id, Note)
        for note in reversed(notes[-RECENT_NOTES:]):
            stamp = note.at or note.created_at
            when = time_text(stamp, self.controller.language) if stamp else ""
            self.notes.addItem(f"{when}  {(note.text or '').splitlines()[0]}")

    def _stage_chosen(self, row: int) -> None:
        if 0 <= row < len(STAGES):
            self.panel_stack.setCurrentIndex(row)
            self.helpline.set_stage(STAGES[row])

    def _title_edited(self) -> None:
        file = self.helpline.current_file()
        if file is not None and self.title.text().strip() != (file.case.title or ""):
            self.helpline.update_case(title=self.title.text().strip())

    def _quick_note(self) -> None:
        text = self.quick_note.text()
        self.quick_note.clear()
        self.helpline.add_note(text)
