"""The "what I can and cannot keep confidential" screen, shown for every new case before any
detail is collected, in helpline and school modes (wording from content)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.controller import Controller
from ui.widgets.accessible import named, show_text
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel
from ui.widgets.sizing import scrolling


class ConfidentialityPanel(FollowsLanguage, QWidget):
    """The limits of confidentiality, the staff member's name, and "I have explained this".

    ``prefix`` is the content namespace (``helpline.confidentiality`` or
    ``school.confidentiality``); with ``name_required`` the button waits for a name.
    """

    explained = Signal(str)  # the name typed (may be empty when not required)

    def __init__(
        self, controller: Controller, prefix: str, name_required: bool, name: str = ""
    ) -> None:
        super().__init__()
        named(self, "confidentialityPanel")
        self.controller = controller
        self.prefix = prefix
        self.name_required = name_required
        self.heading = SafeLabel(name="confidentialityTitle")
        scaled(self.heading, 1.3, bold=True)
        self.body = SafeLabel(name="confidentialityBody")
        self.name = named(QLineEdit(name), "confidentialityName")
        self.done_button = named(QPushButton(), "confidentialityDone")
        self.done_button.setProperty("primary", True)
        card = QFrame()
        card.setProperty("card", True)
        column = QVBoxLayout(card)
        column.addWidget(self.heading)
        column.addWidget(self.body)
        column.addWidget(self.name)
        column.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner = QWidget()
        inner_column = QVBoxLayout(inner)
        inner_column.addWidget(card)
        inner_column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner))
        self.name.textChanged.connect(self._update_button)
        self.name.returnPressed.connect(self._done)
        self.done_button.clicked.connect(self._done)
        controller.languageChanged.connect(lambda _: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        t = self.controller.catalog
        self.heading.setText(t.text(f"{self.prefix}.title"))
        self.body.setText(t.text(f"{self.prefix}.body"))
        show_text(self.name, t.text(f"{self.prefix}.name"))
        show_text(self.done_button, t.text(f"{self.prefix}.done"))
        self._update_button()

    def _update_button(self) -> None:
        self.done_button.setEnabled(bool(self.name.text().strip()) or not self.name_required)

    def _done(self) -> None:
        if self.done_button.isEnabled():
            self.explained.emit(self.name.text().strip())
