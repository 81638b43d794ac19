"""Taking a text out of Harbour: the not-encrypted warning, saving atomically, printing.

Shared by the texts page and the family page. The file dialog leaves no history behind
(``ui.widgets.file_dialogs``); the file itself is plain text, which the warning says first.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QWidget

from core.atomic import atomic_write_bytes
from ui.controller import Controller
from ui.widgets.confirm import ConfirmDialog
from ui.widgets.file_dialogs import save_file

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class UnencryptedWarning(ConfirmDialog):
    """Says, before the file dialog, that a saved text is readable by anyone with the file."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent=parent, name="unencryptedWarning")

    def wording(self) -> tuple[str, str, str, str]:
        """The warning in the current language."""
        return (
            self.tr("This file will not be encrypted"),
            self.tr(
                "Anyone who can open your files can read it. Save it somewhere private, such as "
                "a USB stick you keep safe. Delete the file when you no longer need it."
            ),
            self.tr("Choose where to save…"),
            self.tr("Cancel"),
        )


def write_text_file(target: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``target`` atomically (old file intact on any failure)."""
    body = text if text.endswith("\n") else text + "\n"
    atomic_write_bytes(target, body.encode("utf-8"))


def save_with_warning(
    controller: Controller, parent: QWidget, title: str, suggested: str, text: str
) -> Path | None:
    """Warn, ask where, and write; the path written, or None if the person stopped.

    ``OSError`` (full disk, no permission) reaches the caller, which says so calmly.
    """
    if UnencryptedWarning(controller, parent).exec() != QDialog.DialogCode.Accepted:
        return None
    target = save_file(
        parent, title, suggested, QCoreApplication.translate("TextExport", "Text files (*.txt)")
    )
    if target is None:
        return None
    write_text_file(target, text)
    return target


def print_plain_text(text: str, printer: QPrinter) -> None:
    """Print ``text`` as a plain document (never rich text: it may hold what someone typed)."""
    document = QTextDocument()
    document.setPlainText(text)
    document.print_(printer)


class PrintOutcome(Enum):
    """What became of a request to print."""

    PRINTED = "printed"
    CANCELLED = "cancelled"
    NO_PRINTER = "no_printer"


def ask_and_print(parent: QWidget, text: str) -> PrintOutcome:
    """Show the print dialog and print ``text`` to the printer or file chosen there."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # slow to load; rarely used

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return PrintOutcome.CANCELLED
    to_file = printer.outputFormat() is QPrinter.OutputFormat.PdfFormat
    name = printer.outputFileName()
    if to_file and (not name or Path(name).is_dir()):
        return PrintOutcome.NO_PRINTER  # no printer installed, and no file named
    print_plain_text(text, printer)
    return PrintOutcome.PRINTED
