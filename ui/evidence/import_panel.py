"""Adding evidence: choose files, drop them, or paste; a progress bar with Cancel while it runs.

The same panel sits on the evidence page and in the dialog the guide opens. When pictures are
not allowed (under 18, school mode, policy) it says why before anything is tried, refuses
pictures without reading them, and offers "Describe it instead".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from ui.controller import Controller
from ui.diary.formatting import size_text, visible_text
from ui.evidence.importing import (
    ImportRun,
    Outcome,
    Source,
    can_take,
    file_sources,
    mime_sources,
)
from ui.evidence.messages import IMAGE_REFUSALS, evidence_message, under18_explanation
from ui.widgets.accessible import named, show_text
from ui.widgets.dialog import HarbourDialog
from ui.widgets.file_dialogs import open_files
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel
from ui.widgets.sizing import fit_to_text
from ui.widgets.wrapping import WrapButton


class ImportPanel(FollowsLanguage, QWidget):
    """Buttons to add evidence, the running import's progress, and what happened."""

    describeRequested = Signal()  # a picture was refused: offer the description form
    imported = Signal(object)  # the Outcome of a finished run

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "importPanel")
        self.controller = controller
        self.run: ImportRun | None = None
        self.guard = SafeLabel(name="importGuard")
        self.guard.setProperty("role", "warning")
        self.files_button = named(WrapButton(), "importFiles")
        self.files_button.setProperty("primary", True)
        self.paste_button = named(WrapButton(), "importPaste")
        self.describe_button = named(WrapButton(), "importDescribe")
        self.drop_hint = SafeLabel(name="importDropHint")
        self.drop_hint.setProperty("role", "hint")
        self.status = SafeLabel(name="importStatus")
        self.progress = named(QProgressBar(), "importProgress")
        self.progress.setRange(0, 1000)
        self.cancel_button = named(WrapButton(), "importCancel")
        self.result = SafeLabel(name="importResult")
        buttons = QHBoxLayout()
        for button in (self.files_button, self.paste_button, self.describe_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.guard)
        column.addLayout(buttons)
        column.addWidget(self.drop_hint)
        column.addWidget(self.status)
        column.addLayout(running)
        column.addWidget(self.result)
        self.files_button.clicked.connect(self.choose_files)
        self.paste_button.clicked.connect(self.paste)
        self.describe_button.clicked.connect(self.describeRequested)
        self.cancel_button.clicked.connect(self.cancel)
        self._set_running(False)
        self.result.hide()
        self.retranslate()

    # --- words -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        show_text(
            self.files_button,
            self.tr("Add files…"),
            tip=self.tr("Screenshots, saved chats, receipts… Harbour keeps an encrypted copy."),
        )
        show_text(self.paste_button, self.tr("Paste"), tip=self.tr("Shortcut: Ctrl+V"))
        show_text(
            self.describe_button,
            self.tr("Describe it instead…"),
            tip=self.tr("Record what it was, where you saw it and its SHA-256, without the file."),
        )
        show_text(self.cancel_button, self.tr("Cancel"), self.tr("Stop adding files"))
        self.progress.setAccessibleName(self.tr("Adding files"))
        self.drop_hint.setText(self.tr("You can also drag files here, or paste a screenshot."))
        self.guard.setText(under18_explanation())
        self.refresh_guard()

    def refresh_guard(self, *_args: object) -> None:
        """Say up front when pictures can't be kept."""
        blocked = self.controller.diary.images_blocked
        self.guard.setVisible(blocked)
        self.drop_hint.setText(
            self.tr("You can also drag files here.")
            if blocked
            else self.tr("You can also drag files here, or paste a screenshot.")
        )

    # --- starting ----------------------------------------------------------------------------

    def watch(self, area: QWidget) -> None:
        """Let files be dropped on ``area`` and pasted into it with Ctrl+V."""
        area.setAcceptDrops(True)
        area.installEventFilter(self)
        paste = QShortcut(QKeySequence.StandardKey.Paste, area, self.paste)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Accept drags carrying files or a picture, and import what is dropped."""
        if isinstance(event, QDragEnterEvent | QDropEvent) and event.type() in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
            QEvent.Type.Drop,
        ):
            mime = event.mimeData()
            if not can_take(mime) or self.running:
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.take(*mime_sources(mime, self.controller.diary.images_blocked))
            return True
        return super().eventFilter(watched, event)

    @property
    def running(self) -> bool:
        """True while an import runs."""
        return self.run is not None

    def choose_files(self) -> None:
        """Ask for files and import them."""
        chosen = open_files(self, self.tr("Choose files to keep as evidence"))
        if chosen:
            self.import_paths(chosen)

    def paste(self) -> None:
        """Import what the clipboard holds: files, or a picture (when pictures are allowed)."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return
        sources, refused = mime_sources(mime, self.controller.diary.images_blocked)
        if not sources and not refused:
            self._say(self.tr("There is no file or picture to paste. Copy one first."))
            return
        self.take(sources, refused)

    def import_paths(self, paths: list[Path]) -> None:
        """Import files from disk."""
        self.take(file_sources(paths), False)

    def take(self, sources: list[Source], picture_refused: bool) -> None:
        """Start importing ``sources``; explain first if a picture was refused unread."""
        if picture_refused:
            self._refused_picture()
        if not sources or self.running:
            return
        self.result.hide()
        self.run = ImportRun(self.controller, sources)
        self.run.progressed.connect(self._progressed)
        self.run.finished.connect(self._finished)
        self.run.failed.connect(self._failed)
        self._set_running(True)
        self.status.setText(self.tr("Adding %1…").replace("%1", visible_text(sources[0].name)))
        self.run.start()

    def cancel(self) -> None:
        """Stop the running import; the file being stored leaves nothing behind."""
        if self.run is not None:
            self.run.cancel()
            self.status.setText(self.tr("Stopping…"))

    # --- while it runs -----------------------------------------------------------------------

    def _set_running(self, on: bool) -> None:
        for widget in (self.status, self.progress, self.cancel_button):
            widget.setVisible(on)
        self.files_button.setEnabled(not on)
        self.paste_button.setEnabled(not on)
        self.progress.setValue(0)

    def _progressed(self, index: int, count: int, done: int, total: int) -> None:
        if self.run is None or self.run.cancel_flag.is_set():
            return
        name = visible_text(self.run.sources[index].name)
        language = self.controller.language
        text = self.tr("Adding %1: %2 of %3").replace("%1", name)
        text = text.replace("%2", size_text(done, language)).replace(
            "%3", size_text(total, language)
        )
        if count > 1:
            text += " " + self.tr("(file %1 of %2)").replace("%1", str(index + 1))
            text = text.replace("%2", str(count))
        self.status.setText(text)
        self.progress.setValue(done * 1000 // max(total, 1))

    def _finished(self, outcome: Outcome) -> None:
        self.run = None
        self._set_running(False)
        lines = []
        if outcome.added:
            lines.append(
                self.tr("%1 added to your evidence.").replace("%1", str(len(outcome.added)))
            )
        if outcome.cancelled:
            lines.append(evidence_message("evidence.cancelled"))
        pictures = [code for _name, code in outcome.refused if code in IMAGE_REFUSALS]
        for name, code in outcome.refused:
            if code not in IMAGE_REFUSALS:
                lines.append(f"{visible_text(name)}: {evidence_message(code)}")
        self._say("\n".join(lines))
        self.imported.emit(outcome)
        if pictures:
            self._refused_picture(pictures[0])

    def _failed(self, _exc: Exception) -> None:
        self.run = None
        self._set_running(False)
        self._say(evidence_message(""))

    def _refused_picture(self, code: str = "") -> None:
        if not code:
            blocked = self.controller.diary.images_blocked
            code = "evidence.image_under18" if blocked else "evidence.image_not_allowed"
        text = evidence_message(code)
        shown = self.result.text() if self.result.isVisible() else ""
        if text not in shown:
            self._say("\n".join(t for t in (shown, text) if t))
        self.describeRequested.emit()

    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.result.setVisible(bool(text))


class AddEvidenceDialog(HarbourDialog):
    """The import panel on its own, as the guide's "add evidence" step opens it."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        named(self, "addEvidenceDialog")
        self.heading = SafeLabel(name="addEvidenceHeading")
        scaled(self.heading, 1.3, bold=True)
        self.explain = SafeLabel(name="addEvidenceExplain")
        self.panel = ImportPanel(controller)
        self.panel.watch(self)
        self.panel.describeRequested.connect(self._describe)
        self.done_button = named(QPushButton(), "addEvidenceDone")
        self.done_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.done_button)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.explain)
        self.body.addWidget(self.panel)
        self.body.addStretch(1)
        self.body.addLayout(row)
        self.retranslate()
        fit_to_text(self, 80)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Add evidence"))
        self.heading.setText(self.tr("Add evidence"))
        self.explain.setText(
            self.tr(
                "Keep screenshots of their profile and messages, and receipts of any payment. "
                "Delete nothing. Harbour keeps an encrypted copy on this computer."
            )
        )
        show_text(self.done_button, self.tr("Done"))

    def reject(self) -> None:
        """Closing while an import runs stops it first."""
        self.panel.cancel()
        super().reject()

    def _describe(self) -> None:
        from ui.evidence.describe import DescribeDialog

        dialog = DescribeDialog(self.controller, parent=self)
        dialog.open()
