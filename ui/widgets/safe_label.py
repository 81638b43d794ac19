"""A label that only ever shows plain text, so nothing a person typed is rendered as markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class SafeLabel(QLabel):
    """QLabel locked to plain text, word-wrapped, selectable with the keyboard and mouse."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if name:
            self.setObjectName(name)
        self.setText(text)

    def setTextFormat(self, fmt: Qt.TextFormat) -> None:
        """Refuse anything but plain text."""
        super().setTextFormat(Qt.TextFormat.PlainText)
