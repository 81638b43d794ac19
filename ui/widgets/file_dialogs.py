"""File dialogs that leave no trace: no recent-files list, no remembered folders.

Qt's own dialog is used (never the desktop's, which may add to a recently-used list), and the
history Qt saves in its ``QtProject`` settings when a dialog closes is erased straight after.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QEvent, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget


def forget_dialog_history() -> None:
    """Remove what Qt remembers about file dialogs (history, last folder)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove("FileDialog")
    settings.remove("Qt/filedialog")
    settings.sync()


def _run(dialog: QFileDialog) -> list[Path]:
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    chosen = [Path(p) for p in dialog.selectedFiles()] if dialog.exec() else []
    # A closing dialog writes its last folder and history to Qt's settings file before they
    # can be erased: leave it only the home folder to write, never a folder the person chose.
    dialog.setDirectory(QDir.homePath())
    dialog.setHistory([])
    dialog.deleteLater()
    # Run the deferred delete now: it is what saves the history, which is then erased.
    QCoreApplication.sendPostedEvents(dialog, QEvent.Type.DeferredDelete)
    forget_dialog_history()
    return chosen


def open_files(parent: QWidget | None, title: str, name_filter: str = "") -> list[Path]:
    """Ask for existing files to open."""
    dialog = QFileDialog(parent, title, QDir.homePath(), name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def save_file(
    parent: QWidget | None, title: str, suggested: str, name_filter: str = ""
) -> Path | None:
    """Ask where to save one file."""
    dialog = QFileDialog(parent, title, str(Path(QDir.homePath()) / suggested), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    chosen = _run(dialog)
    return chosen[0] if chosen else None
