"""Shown where the diary will be, before anything has been saved: no set-up before help."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from ui.widgets.accessible import named, show_text
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel


class StartDiaryPage(FollowsLanguage, QWidget):
    """Explains the diary in three sentences and offers to start it."""

    startRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "startDiaryPage")
        self.heading = SafeLabel(name="startDiaryHeading")
        scaled(self.heading, 1.4, bold=True)
        self.explain = SafeLabel(name="startDiaryExplain")
        self.start_button = named(QPushButton(), "startDiaryButton")
        self.start_button.setProperty("primary", True)
        self.start_button.clicked.connect(self.startRequested)
        card = QFrame()
        card.setProperty("card", True)
        column = QVBoxLayout(card)
        column.addWidget(self.heading)
        column.addWidget(self.explain)
        column.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card)
        outer.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("A private diary of what happened"))
        self.explain.setText(
            self.tr(
                "Police and platforms will ask who contacted you, what they demanded and when. "
                "Your diary keeps this for you, locked on this computer. "
                "It is created the first time you save something."
            )
        )
        show_text(self.start_button, self.tr("Start my diary"))
