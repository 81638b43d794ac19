"""Sizing dialogs from the font, and room to scroll, so wrapped text is never cut off at any
text size."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def fit_to_text(window: QWidget, chars: int, max_height_chars: int = 0) -> None:
    """Make ``window`` about ``chars`` average characters wide and tall enough for its
    word-wrapped text at that width (capped by ``max_height_chars`` and by the screen)."""
    metrics = window.fontMetrics()
    width = metrics.averageCharWidth() * chars
    layout = window.layout()
    height = layout.totalHeightForWidth(width) if layout is not None else -1
    if height <= 0:
        height = window.sizeHint().height()
    if max_height_chars:
        height = min(height, metrics.averageCharWidth() * max_height_chars)
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, available.width() * 9 // 10)
        height = min(height, available.height() * 9 // 10)
    window.resize(width, max(height, window.minimumSizeHint().height()))


def scrolling(inner: QWidget) -> QScrollArea:
    """``inner`` in a frameless scroll area that gives it all the room there is."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(inner)
    return scroll
