"""Naming widgets for tests and screen readers."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str) -> W:
    """Set ``objectName`` (stable, for tests and styling) and return the widget."""
    widget.setObjectName(object_name)
    return widget


def show_text(widget: QWidget, text: str, accessible_name: str = "", tip: str = "") -> None:
    """Set a widget's visible text and the name a screen reader announces, together."""
    if isinstance(widget, QAbstractButton | QLabel):
        widget.setText(text)
    elif isinstance(widget, QLineEdit):
        widget.setPlaceholderText(text)
    widget.setAccessibleName(accessible_name or text.replace("&", ""))
    if tip:
        widget.setToolTip(tip)
        widget.setAccessibleDescription(tip)
