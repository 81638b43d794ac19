"""A yes/no question in a Harbour dialog (with Quick exit), worded by the caller or a subclass."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ui.controller import Controller
from ui.widgets.accessible import named, show_text
from ui.widgets.dialog import HarbourDialog
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel
from ui.widgets.sizing import fit_to_text


class ConfirmDialog(HarbourDialog):
    """A heading, a sentence or two, and two buttons; the safe choice is the default.

    Give the words as ``texts``, already translated, or override ``wording`` to follow
    language changes while the dialog is open.
    """

    def __init__(
        self,
        controller: Controller,
        texts: tuple[str, str, str, str] | None = None,
        parent: QWidget | None = None,
        *,
        name: str = "confirmDialog",
    ) -> None:
        """``texts`` is (heading, explanation, yes button, no button)."""
        super().__init__(controller, parent)
        named(self, name)
        self._texts = texts
        self.heading = SafeLabel(name=f"{name}Heading")
        scaled(self.heading, 1.2, bold=True)
        self.explain = SafeLabel(name=f"{name}Explain")
        self.yes_button = named(QPushButton(), f"{name}Yes")
        self.no_button = named(QPushButton(), f"{name}No")
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
        self.retranslate()
        fit_to_text(self, 64)
        self.no_button.setFocus()

    def wording(self) -> tuple[str, str, str, str]:
        """(heading, explanation, yes button, no button) in the current language."""
        if self._texts is None:
            raise TypeError("ConfirmDialog needs texts or a wording() override")
        return self._texts

    def retranslate(self) -> None:
        """Set every visible text from ``wording``."""
        heading, explain, yes, no = self.wording()
        self.setWindowTitle(heading)
        self.heading.setText(heading)
        self.explain.setText(explain)
        show_text(self.yes_button, yes)
        show_text(self.no_button, no)


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


def tell(
    controller: Controller,
    parent: QWidget | None,
    texts: tuple[str, str, str],
    name: str = "noticeDialog",
) -> None:
    """Show (heading, explanation, button) with one button, and wait until it is read."""
    heading, explain, ok = texts
    dialog = ConfirmDialog(controller, (heading, explain, ok, ""), parent, name=name)
    dialog.no_button.hide()
    dialog.yes_button.setDefault(True)
    dialog.yes_button.setFocus()
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()
