"""Dialogs of the Reports page: the warning before an unencrypted export, and the example."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from ui.controller import Controller
from ui.reports.preview import ReportPreview
from ui.widgets.accessible import named, show_text
from ui.widgets.dialog import HarbourDialog
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel


class ExportWarningDialog(HarbourDialog):
    """Says, before anything is written, that the file is NOT encrypted and where it goes."""

    def __init__(
        self, controller: Controller, target: Path, pack: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, parent)
        named(self, "exportWarningDialog")
        self.target, self.pack = target, pack
        self.heading = SafeLabel(name="exportWarningHeading")
        scaled(self.heading, 1.2, bold=True)
        self.message = SafeLabel(name="exportWarningMessage")
        self.where = SafeLabel(name="exportWarningWhere")
        self.path = SafeLabel(str(target), name="exportWarningPath")
        self.advice = SafeLabel(name="exportWarningAdvice")
        self.buttons = QDialogButtonBox()
        self.save_button = named(QPushButton(), "exportWarningSave")
        self.cancel_button = named(QPushButton(), "exportWarningCancel")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.heading, self.message, self.where, self.path, self.advice):
            self.body.addWidget(widget)
        self.body.addWidget(self.buttons)
        self.cancel_button.setDefault(True)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Before you save"))
        if self.pack:
            self.heading.setText(self.tr("The evidence pack is NOT encrypted"))
            self.message.setText(
                self.tr(
                    "Anyone who opens this file can see your report and every evidence file in "
                    "it. Your diary stays locked and encrypted."
                )
            )
        else:
            self.heading.setText(self.tr("This file is NOT encrypted"))
            self.message.setText(self.tr("Anyone who opens this file can read your report."))
        self.where.setText(self.tr("It will be saved here:"))
        self.advice.setText(
            self.tr(
                "Save it somewhere only you can reach, such as a USB stick you keep safe. "
                "Delete copies you no longer need."
            )
        )
        show_text(self.save_button, self.tr("Save it"))
        show_text(self.cancel_button, self.tr("Do not save"))


class ExampleDialog(HarbourDialog):
    """Shows a report built from the made-up example case, so people see what they will get."""

    def __init__(
        self, controller: Controller, html: str, text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(controller, parent)
        named(self, "exampleDialog")
        self.note = SafeLabel(name="exampleNote")
        self.preview = ReportPreview("examplePreview")
        self.preview.show_report(html, text)
        self.close_button = named(QPushButton(), "exampleClose")
        self.close_button.clicked.connect(self.accept)
        self.body.addWidget(self.note)
        self.body.addWidget(self.preview, 1)
        self.body.addWidget(self.close_button)
        self.resize(760, 640)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Example report"))
        self.note.setText(self.tr("This example is made up. Nothing in it comes from your diary."))
        show_text(self.close_button, self.tr("Close"))
