"""Font sizes relative to the system font, so text scales with the person's settings."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget


def scaled(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """Give ``widget`` the application font scaled by ``factor`` (never a fixed pixel size)."""
    font = QFont(QApplication.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    widget.setFont(font)
