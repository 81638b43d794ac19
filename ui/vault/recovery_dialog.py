"""Showing the recovery key once, with ways to keep it: write down, print, save, copy."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QWidget,
)

from core.atomic import atomic_write_bytes
from ui.controller import Controller
from ui.widgets.accessible import named, show_text
from ui.widgets.dialog import HarbourDialog
from ui.widgets.file_dialogs import save_file
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel
from ui.widgets.sizing import fit_to_text
from ui.widgets.wrapping import WrapButton


class RecoveryKeyDialog(HarbourDialog):
    """The only time the recovery key is shown."""

    def __init__(self, recovery_key: str, controller: Controller, parent: QWidget | None = None):
        super().__init__(controller, parent)
        named(self, "recoveryKeyDialog")
        self.recovery_key = recovery_key
        self.heading = SafeLabel(name="recoveryHeading")
        scaled(self.heading, 1.3, bold=True)
        self.explain = SafeLabel(name="recoveryExplain")
        self.key_label = SafeLabel(recovery_key, name="recoveryKey")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), self.font().pointSizeF()) * 1.4)
        self.key_label.setFont(mono)
        self.warning = SafeLabel(name="recoveryWarning")
        self.warning.setProperty("role", "hint")
        self.copy_button = named(WrapButton(), "recoveryCopy")
        self.print_button = named(WrapButton(), "recoveryPrint")
        self.save_button = named(WrapButton(), "recoverySave")
        self.done_button = named(WrapButton(), "recoveryDone")
        self.done_button.setDefault(True)
        self.copy_button.clicked.connect(lambda: controller.clipboard.copy(recovery_key))
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save)
        self.done_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        for button in (self.copy_button, self.print_button, self.save_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout = self.body
        for widget in (self.heading, self.explain, self.key_label, self.warning):
            layout.addWidget(widget)
        layout.addLayout(row)
        self.retranslate()
        fit_to_text(self, 72)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Your recovery key"))
        self.heading.setText(self.tr("Keep this recovery key somewhere safe"))
        self.explain.setText(
            self.tr(
                "If this computer can't unlock your diary, or you forget your passphrase, this key "
                "opens it. Write it down or print it. Harbour will not show it again."
            )
        )
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.warning.setText(
            self.tr(
                "Anyone with this key can open your diary. Keep it away from the person "
                "blackmailing you. A copied key is wiped from the clipboard after 30 seconds."
            )
        )
        show_text(self.copy_button, self.tr("Copy"))
        show_text(self.print_button, self.tr("Print…"))
        show_text(self.save_button, self.tr("Save to a file…"))
        show_text(self.done_button, self.tr("I have kept it safe"))

    def _page_text(self) -> str:
        return "\n\n".join(
            (self.tr("Harbour recovery key"), self.recovery_key, self.explain.text())
        )

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # slow to load; rarely used

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setPlainText(self._page_text())
            document.print_(printer)

    def _save(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Save the recovery key?"),
            self.tr(
                "The file will not be encrypted. Save it somewhere only you can reach, "
                "such as a USB stick you keep safe."
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Save:
            return
        target = save_file(self, self.tr("Save the recovery key"), "recovery-key.txt")
        if target:
            atomic_write_bytes(target, (self._page_text() + "\n").encode("utf-8"))
