"""The Quick exit button, present on the main window and on every dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from ui.controller import Controller
from ui.theme.theme import icon
from ui.widgets.accessible import named, show_text
from ui.widgets.follows_language import FollowsLanguage


class QuickExitButton(FollowsLanguage, QPushButton):
    """One click (or Esc) hides Harbour at once, locks the diary and clears the clipboard."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "quickExit")
        self.setIcon(icon("quick-exit"))
        self.clicked.connect(controller.quick_exit)
        # One per window, so the key is never ambiguous and works in dialogs too.
        self.exit_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, controller.quick_exit)
        self.exit_key.setContext(Qt.ShortcutContext.WindowShortcut)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the label in the current language."""
        show_text(
            self,
            self.tr("Quick exit (Esc)"),
            self.tr("Quick exit"),
            self.tr("Hide Harbour at once and lock your diary. Shortcut: Esc."),
        )
