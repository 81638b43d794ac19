"""Deleting asks twice, and can be undone until the diary is locked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from ui.controller import Controller
from ui.widgets.accessible import named, show_text
from ui.widgets.confirm import confirm
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.safe_label import SafeLabel

translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls


def ask_twice(controller: Controller, parent: QWidget | None, what: str) -> bool:
    """Ask whether to delete ``what`` (a short plain description), then ask once more."""
    first = (
        translate("DeleteTwice", "Delete this from your diary?"),
        what,
        translate("DeleteTwice", "Delete"),
        translate("DeleteTwice", "Keep it"),
    )
    if not confirm(controller, parent, first, "deleteFirstDialog"):
        return False
    second = (
        translate("DeleteTwice", "Are you sure?"),
        translate(
            "DeleteTwice",
            "Police and platforms may need it later. You can undo this until you lock "
            "your diary. After that it is gone for good.",
        ),
        translate("DeleteTwice", "Yes, delete it"),
        translate("DeleteTwice", "Keep it"),
    )
    return confirm(controller, parent, second, "deleteSecondDialog")


class UndoBar(FollowsLanguage, QFrame):
    """Shown while there are deletes that can still be undone."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "undoBar")
        self.setProperty("card", True)
        self.controller = controller
        self.message = SafeLabel(name="undoMessage")
        self.message.setStyleSheet("background: transparent;")  # sits on the card's colour
        self.undo_button = named(QPushButton(), "undoButton")
        self.undo_button.clicked.connect(controller.diary.undo_delete)
        row = QHBoxLayout(self)
        row.addWidget(self.message, 1)
        row.addWidget(self.undo_button)
        controller.diary.deletionsChanged.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the words in the current language."""
        show_text(
            self.undo_button,
            self.tr("Undo"),
            self.tr("Undo the last delete"),
            self.tr("Bring back what you deleted last"),
        )
        self.refresh()

    def refresh(self) -> None:
        """Show or hide, and say how many deletes can be undone."""
        count = self.controller.diary.undoable
        self.setVisible(count > 0)
        if count == 1:
            text = self.tr("Deleted. You can undo this until you lock your diary.")
        else:
            text = self.tr(
                "%1 things deleted. You can undo them, one at a time, until you lock your diary."
            ).replace("%1", str(count))
        self.message.setText(text)
