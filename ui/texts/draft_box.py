"""An editable plain-text box with Copy, Save, and optionally Print, Keep and Start again.

The texts page and the family page both show one text at a time in a ``DraftBox``. The box
remembers the text Harbour wrote, so it knows when the person has changed it; edits live only
in memory until the person chooses "Keep my version".
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.controller import Controller
from ui.texts.exporting import PrintOutcome, ask_and_print, save_with_warning
from ui.vault.clipboard import SECRET_SECONDS
from ui.widgets.accessible import named, show_text
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.safe_label import SafeLabel
from ui.widgets.wrapping import WrapButton


class DraftBox(FollowsLanguage, QWidget):
    """One text: the editor, its buttons, and a line saying what just happened."""

    keepRequested = Signal()
    resetRequested = Signal()

    def __init__(
        self,
        controller: Controller,
        prefix: str,
        *,
        editable: bool = True,
        can_print: bool = False,
        can_keep: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        named(self, prefix)
        self.controller = controller
        self.copy_seconds = SECRET_SECONDS
        self.suggested_name = "text.txt"
        self._generated = ""
        self.editor = named(QPlainTextEdit(), f"{prefix}Editor")
        self.editor.setReadOnly(not editable)
        self.editor.setTabChangesFocus(True)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.copy_button = named(WrapButton(), f"{prefix}Copy")
        self.copy_button.setProperty("primary", True)
        self.save_button = named(WrapButton(), f"{prefix}Save")
        self.print_button = named(WrapButton(), f"{prefix}Print")
        self.print_button.setVisible(can_print)
        self.keep_button = named(WrapButton(), f"{prefix}Keep")
        self.reset_button = named(WrapButton(), f"{prefix}Reset")
        self._can_keep = can_keep
        self.status = SafeLabel(name=f"{prefix}Status")
        self.status.setProperty("role", "hint")

        row = QHBoxLayout()
        for button in (self.copy_button, self.save_button, self.print_button, self.keep_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.reset_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.editor, 1)
        column.addLayout(row)
        column.addWidget(self.status)

        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_text)
        self.keep_button.clicked.connect(self.keepRequested)
        self.reset_button.clicked.connect(self._reset)
        self.editor.textChanged.connect(self._edited_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        if self.editor.isReadOnly():
            self.editor.setAccessibleName(self.tr("The text"))
        else:
            self.editor.setAccessibleName(self.tr("The text. You can change it."))
        tip = self.tr("Copy the text. It is cleared from the clipboard after %1 seconds.")
        show_text(self.copy_button, self.tr("Copy"), tip=tip.replace("%1", str(self.copy_seconds)))
        show_text(self.save_button, self.tr("Save as text…"))
        show_text(self.print_button, self.tr("Print…"))
        show_text(
            self.keep_button,
            self.tr("Keep my version"),
            tip=self.tr("Save your changes in your diary, so you can come back to them."),
        )
        show_text(
            self.reset_button, self.tr("Start again"), self.tr("Start again from Harbour's text")
        )

    # --- the text ---------------------------------------------------------------------------

    def text(self) -> str:
        """The text as it is in the box now."""
        return self.editor.toPlainText()

    @property
    def generated(self) -> str:
        """The text Harbour wrote, before any change."""
        return self._generated

    def is_edited(self) -> bool:
        """True when the person changed Harbour's text."""
        return self.text() != self._generated

    def show_generated(self, text: str, edited: str | None = None) -> None:
        """Show Harbour's ``text``, or the person's ``edited`` version of it."""
        self._generated = text
        self.editor.setPlainText(text if edited is None else edited)
        self._edited_changed()

    def say(self, message: str) -> None:
        """Show what just happened under the buttons."""
        self.status.setText(message)
        self.status.setAccessibleName(message)

    def _edited_changed(self) -> None:
        """Keep and Start again appear once the person has changed the text."""
        edited = self.is_edited()
        self.reset_button.setVisible(edited)
        self.keep_button.setVisible(edited and self._can_keep)

    def _reset(self) -> None:
        self.editor.setPlainText(self._generated)
        self.resetRequested.emit()

    # --- taking it out ----------------------------------------------------------------------

    def copy(self) -> None:
        """Copy the text; the clipboard guard clears it after ``copy_seconds``."""
        self.controller.clipboard.copy(self.text(), self.copy_seconds)
        self.say(
            self.tr("Copied — it will be cleared from the clipboard in %1 seconds.").replace(
                "%1", str(self.copy_seconds)
            )
        )

    def save(self) -> None:
        """Warn that the file is not encrypted, ask where, and write it atomically."""
        try:
            target = save_with_warning(
                self.controller, self, self.tr("Save as text"), self.suggested_name, self.text()
            )
        except OSError:
            self.say(self.tr("Harbour could not save the file there. Please try another place."))
            return
        if target is not None:
            self.say(self.tr("Saved as %1. It is not encrypted.").replace("%1", target.name))

    def print_text(self) -> None:
        """Print the text as a plain document."""
        outcome = ask_and_print(self, self.text())
        if outcome is PrintOutcome.PRINTED:
            self.say(self.tr("Sent to the printer."))
        elif outcome is PrintOutcome.NO_PRINTER:
            self.say(self.tr("No printer was found, so nothing was printed."))
