"""A yes/no question in a Harbour dialog (with Quick exit), worded by the caller."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ui.controller import Controller
from ui.widgets.accessible import named, show_text
from ui.widgets.dialog import HarbourDialog
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel
from ui.widgets.sizing import fit_to_text


class ConfirmDialog(HarbourDialog):
    """A heading, a sentence or two, and two buttons; the safe choice is the default."""

    def __init__(
        self,
        controller: Controller,
        texts: tuple[str, str, str, str],
        parent: QWidget | None = None,
        *,
        name: str = "confirmDialog",
    ) -> None:
        """``texts`` is (heading, explanation, yes button, no button), already translated."""
        super().__init__(controller, parent)
        named(self, name)
        heading, explain, yes, no = texts
        self.setWindowTitle(heading)
        self.heading = SafeLabel(heading, name=f"{name}Heading")
        scaled(self.heading, 1.2, bold=True)
        self.explain = SafeLabel(explain, name=f"{name}Explain")
        self.yes_button = named(QPushButton(), f"{name}Yes")
        self.no_button = named(QPushButton(), f"{name}No")
        show_text(self.yes_button, yes)
        show_text(self.no_button, no)
        self.no_button.setDefault(True)
        self.yes_button.clicked.connect(self.accept)
        self.no_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.no_button)
        buttons.addWidget(self.yes_button)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.explain)
        self.body.addLayout(buttons)
        fit_to_text(self, 64)
        self.no_button.setFocus()


def confirm(
    controller: Controller,
    parent: QWidget | None,
    texts: tuple[str, str, str, str],
    name: str = "confirmDialog",
) -> bool:
    """Ask and wait; True only if the person chose the yes button."""
    dialog = ConfirmDialog(controller, texts, parent, name=name)
    try:
        return dialog.exec() == ConfirmDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
