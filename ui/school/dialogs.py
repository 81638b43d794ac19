"""The two questions asked before anything leaves the vault or is removed from it: the
not-encrypted warning before an export or print, and the typed case number before a purge."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from core.modes.purge import confirmation_matches
from ui.controller import Controller
from ui.widgets.accessible import named, show_text
from ui.widgets.confirm import ConfirmDialog
from ui.widgets.dialog import HarbourDialog
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel


class ExportWarningDialog(ConfirmDialog):
    """ "This file will not be encrypted": go on, or keep it inside Harbour."""

    def __init__(
        self, controller: Controller, printing: bool, parent: QWidget | None = None
    ) -> None:
        self.printing = printing
        super().__init__(controller, parent=parent, name="exportWarningDialog")

    def wording(self) -> tuple[str, str, str, str]:
        """The warning for printing or for a file, in the current language."""
        if self.printing:
            return (
                self.tr("Printing takes this out of the locked diary"),
                self.tr(
                    "The printer and this computer's print system receive the text unencrypted. "
                    "Collect the pages at once and keep them somewhere safe."
                ),
                self.tr("Print"),
                self.tr("Cancel"),
            )
        return (
            self.tr("This file will not be encrypted"),
            self.tr(
                "Anyone who can open the file can read it. Save it only where your "
                "organisation keeps safeguarding records, and delete any other copy."
            ),
            self.tr("I understand, export"),
            self.tr("Cancel"),
        )


class PurgeDialog(HarbourDialog):
    """Removing a case for good: the case number must be typed to confirm."""

    def __init__(self, controller: Controller, label: str, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        named(self, "purgeDialog")
        self.label = label
        self.heading = SafeLabel(name="purgeHeading")
        scaled(self.heading, 1.2, bold=True)
        self.explain = SafeLabel(name="purgeText")
        self.typed = named(QLineEdit(), "purgeTyped")
        self.purge_button = named(QPushButton(), "purgeConfirm")
        self.cancel_button = named(QPushButton(), "purgeCancel")
        self.purge_button.setEnabled(False)
        self.typed.textChanged.connect(
            lambda text: self.purge_button.setEnabled(confirmation_matches(self.label, text))
        )
        self.purge_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.purge_button)
        self.body.addWidget(self.heading)
        self.body.addWidget(self.explain)
        self.body.addWidget(self.typed)
        self.body.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Remove this record for good"))
        self.heading.setText(
            self.tr("Remove case %1 from this computer?").replace("%1", self.label)
        )
        self.explain.setText(
            self.tr(
                "Everything in this record is removed for good: notes, decisions and evidence. "
                "Only the case number and the dates stay, to show it existed. "
                "This cannot be undone."
            )
        )
        show_text(
            self.typed, self.tr("Type the case number %1 to confirm").replace("%1", self.label)
        )
        show_text(self.purge_button, self.tr("Remove for good"))
        show_text(self.cancel_button, self.tr("Keep it"))
