"""The evidence page: what is kept, adding more, and viewing or exporting a copy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from core import diary
from core.diary.records import Evidence
from ui.controller import Controller
from ui.diary.deleting import UndoBar, ask_twice
from ui.diary.formatting import evidence_title, size_text, visible_text, when_text
from ui.evidence.describe import DescribeDialog
from ui.evidence.import_panel import ImportPanel
from ui.evidence.messages import evidence_message, under18_explanation
from ui.evidence.viewer import ViewerDialog, ViewRefused, load_picture
from ui.widgets.accessible import named, show_text
from ui.widgets.confirm import confirm
from ui.widgets.file_dialogs import save_file
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel
from ui.widgets.wrapping import WrapButton

PICTURE_KINDS = ("image", "video")


class EvidencePage(FollowsLanguage, QWidget):
    """A table of the case's evidence with import, view, export, copy SHA-256 and delete."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "evidencePage")
        self.controller = controller
        self.records: list[Evidence] = []
        self.heading = SafeLabel(name="evidenceHeading")
        scaled(self.heading, 1.4, bold=True)
        self.intro = SafeLabel(name="evidenceIntro")
        self.intro.setProperty("role", "hint")
        self.panel = ImportPanel(controller)
        self.panel.watch(self)
        self.panel.describeRequested.connect(self.describe)
        self.undo_bar = UndoBar(controller)
        self.table = named(QTableWidget(0, 5), "evidenceTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        named(self.table.verticalHeader(), "evidenceTableRows").hide()
        named(self.table.horizontalHeader(), "evidenceTableColumns")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for index in (1, 2, 3):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.empty = SafeLabel(name="evidenceEmpty")
        self.view_button = named(WrapButton(), "evidenceView")
        self.export_button = named(WrapButton(), "evidenceExport")
        self.copy_button = named(WrapButton(), "evidenceCopyHash")
        self.edit_button = named(WrapButton(), "evidenceEdit")
        self.delete_button = named(WrapButton(), "evidenceDelete")
        self.status = SafeLabel(name="evidenceStatus")
        self.status.hide()
        actions = QHBoxLayout()
        for button in (self.view_button, self.export_button, self.copy_button, self.edit_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        column = QVBoxLayout(self)
        for widget in (self.heading, self.intro, self.panel, self.undo_bar, self.status):
            column.addWidget(widget)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty)
        column.addLayout(actions)

        self.view_button.clicked.connect(self.view_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.copy_button.clicked.connect(self.copy_hash)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(self.view_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        controller.diary.entriesChanged.connect(self.refresh)
        controller.diary.caseChanged.connect(self.refresh)
        controller.ageGroupChanged.connect(self.panel.refresh_guard)
        self.retranslate()

    # --- words -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("Evidence"))
        self.intro.setText(
            self.tr(
                "Screenshots, saved chats and receipts, kept encrypted on this computer. "
                "Each file gets a SHA-256, a fingerprint that shows it was not changed."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Size"), self.tr("Added"), "SHA-256", self.tr("Note")]
        )
        self.table.setAccessibleName(self.tr("Your evidence"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.table.verticalHeader().setAccessibleName(self.tr("Rows"))
        self.empty.setText(
            self.tr("No evidence yet. Add files, paste a screenshot, or describe it.")
        )
        show_text(self.view_button, self.tr("View"))
        show_text(
            self.export_button,
            self.tr("Export a copy…"),
            tip=self.tr("Save an unencrypted copy in a folder you choose"),
        )
        show_text(self.copy_button, self.tr("Copy SHA-256"))
        show_text(self.edit_button, self.tr("Change details…"))
        show_text(self.delete_button, self.tr("Delete…"))
        self.refresh()

    # --- showing -----------------------------------------------------------------------------

    def refresh(self, *_args: object) -> None:
        """Reload the list from the diary (newest first)."""
        case_id = self.controller.diary.current_case_id
        keep = self.selected()
        self.records = []
        if case_id is not None:
            self.records = diary.list_entries(self.controller.diary.conn, case_id, Evidence)[::-1]
        language = self.controller.language
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            values = [
                evidence_title(record),
                size_text(record.size, language),
                when_text(record.created_at, language),
                short_hash(record.sha256),
                visible_text(record.note),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(record.sha256 or "" if column == 3 else value)
                self.table.setItem(row, column, item)
            if keep is not None and record.id == keep.id:
                self.table.selectRow(row)
        self.table.setVisible(bool(self.records))
        self.empty.setVisible(not self.records)
        self.panel.refresh_guard()
        self._update_buttons()

    def selected(self) -> Evidence | None:
        """The chosen piece of evidence."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.records):
            return None
        return self.records[rows[0].row()]

    def _update_buttons(self) -> None:
        record = self.selected()
        for button in (self.view_button, self.edit_button, self.delete_button):
            button.setEnabled(record is not None)
        self.export_button.setEnabled(record is not None and record.blob_id is not None)
        self.copy_button.setEnabled(record is not None and bool(record.sha256))

    def _say(self, text: str, warning: bool = False) -> None:
        self.status.setProperty("role", "warning" if warning else "")
        self.status.style().polish(self.status)
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _pictures_blocked(self, record: Evidence) -> bool:
        return record.file_kind in PICTURE_KINDS and self.controller.diary.images_blocked

    # --- acting ------------------------------------------------------------------------------

    def describe(self) -> None:
        """Open "Describe it instead" (not blocking, so an import's result stays visible)."""
        dialog = DescribeDialog(self.controller, parent=self)
        dialog.open()

    def view_selected(self, *_args: object) -> None:
        """Show a picture (decoded safely in memory), or the details of anything else."""
        record = self.selected()
        if record is None or record.id is None:
            return
        if self._pictures_blocked(record):
            self._show(record, None, under18_explanation())
        elif record.blob_id is None or record.file_kind != "image":
            self._show(record, None, "")
        else:
            entry_id, store = record.id, self.controller.session.require_blobs()
            self._say(self.tr("Opening…"))
            self.controller.diary.read(
                lambda conn: load_picture(conn, store, entry_id),
                lambda image: self._show(record, image, ""),
                lambda exc: self._show(record, None, _refusal(exc)),
            )

    def _show(self, record: Evidence, image: Any, message: str) -> None:
        if not isValid(self):
            return
        self._say("")
        viewer = ViewerDialog(self.controller, record, image, message, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()

    def export_selected(self) -> None:
        """Warn that the copy is not encrypted, ask where, and write it."""
        from core.evidence import export_evidence, safe_export_name

        record = self.selected()
        if record is None or record.id is None or record.blob_id is None:
            return
        if self._pictures_blocked(record):
            self._say(under18_explanation(), warning=True)
            return
        warning = (
            self.tr("Export an unencrypted copy?"),
            self.tr(
                "The copy will not be locked. Anyone who can open that folder can see it. "
                "Save it somewhere safe, such as a USB stick you keep, and delete it when "
                "you no longer need it."
            ),
            self.tr("Choose where to save it"),
            self.tr("Cancel"),
        )
        if not confirm(self.controller, self, warning, "exportWarningDialog"):
            return
        dest = save_file(self, self.tr("Save a copy"), safe_export_name(record.original_name))
        if dest is None:
            return
        entry_id, store = record.id, self.controller.session.require_blobs()
        self._say(self.tr("Saving a copy…"))
        self.controller.diary.read(
            lambda conn: export_evidence(conn, store, entry_id, dest),
            lambda path: self._say(self.tr("Saved a copy as %1").replace("%1", str(path))),
            lambda exc: self._say(_refusal(exc), warning=True),
        )

    def copy_hash(self) -> None:
        """Copy the selected SHA-256 (the clipboard is cleared again after 30 seconds)."""
        record = self.selected()
        if record is not None and record.sha256:
            self.controller.clipboard.copy(record.sha256)
            self._say(self.tr("SHA-256 copied."))

    def edit_selected(self) -> None:
        """Change the note, description, place or time."""
        record = self.selected()
        if record is not None:
            dialog = DescribeDialog(self.controller, record, parent=self)
            dialog.exec()
            dialog.deleteLater()

    def delete_selected(self) -> None:
        """Ask twice, then delete (undo is possible until the diary locks)."""
        record = self.selected()
        if (
            record is not None
            and record.id is not None
            and ask_twice(self.controller, self, evidence_title(record))
        ):
            self.controller.diary.delete_entry(record.id)


def short_hash(sha256: str | None) -> str:
    """The start and end of a SHA-256, enough to recognise it (the full one is copied)."""
    return f"{sha256[:12]}…{sha256[-6:]}" if sha256 else ""


def _refusal(exc: object) -> str:
    if isinstance(exc, ViewRefused):
        return evidence_message(exc.code)
    code = getattr(exc, "code", None)
    return evidence_message(str(getattr(code, "value", code or "")))
