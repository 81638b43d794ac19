"""Helpers for driving Harbour's real widgets offscreen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

D = TypeVar("D", bound=QDialog)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSpinBox,
    QAbstractSlider,
)


def _inside_composite(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return type(widget.parentWidget()).__name__ == "QComboBoxPrivateContainer"


def unnamed_widgets(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` missing an objectName or an accessibleName."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE):
            continue
        if _inside_composite(widget):
            continue  # the line edit or list inside a combo box or spin box belongs to it
        if type(widget).__name__.startswith("QScrollBar") or widget.objectName().startswith("qt_"):
            continue  # Qt's own scroll bars and internal buttons
        if not widget.objectName() or not widget.accessibleName():
            missing.append(
                f"{type(widget).__name__} name={widget.objectName()!r} "
                f"accessible={widget.accessibleName()!r} text="
                f"{getattr(widget, 'text', lambda: '')()!r}"
            )
    return missing


def when_modal(kind: type[D], act: Callable[[D], None], timeout_ms: int = 20_000) -> None:
    """Once a modal dialog of ``kind`` shows, call ``act`` on it (for code that ``exec()``s)."""
    waited = 0

    def poll() -> None:
        nonlocal waited
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            act(dialog)
        elif waited < timeout_ms:
            waited += 25
            QTimer.singleShot(25, poll)

    QTimer.singleShot(0, poll)
