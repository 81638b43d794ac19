"""Checks on the guide's real widgets: is anything cut off, and where is the keyboard."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QScrollArea,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

W = TypeVar("W", bound=QWidget)


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text[:40]!r}"


def clipped_widgets(root: QWidget) -> list[str]:
    """Visible labels and buttons under ``root`` whose text does not fit the room they have.

    A word-wrapped label or wrapping control must get the height its width needs
    (``heightForWidth``); anything else its ``sizeHint``. A scroll area must be at least as wide
    as what it holds: text that needs scrolling sideways is cut off until someone does. A tab
    bar must show every tab whole.
    """
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QTabBar) and widget.count():
            last = widget.tabRect(widget.count() - 1)
            if last.right() >= widget.width() or last.bottom() >= widget.height():
                found.append(f"QTabBar {widget.objectName()!r}: the tabs do not fit")
            continue
        if isinstance(widget, QScrollArea):
            inner = widget.widget()
            if inner is not None and inner.width() > widget.viewport().width():
                found.append(f"{_describe(widget)}: holds {inner.width()} px in {widget.width()}")
            continue
        if not isinstance(widget, QLabel | QAbstractButton):
            continue
        width, height = widget.width(), widget.height()
        if widget.hasHeightForWidth():
            needed = widget.heightForWidth(width)
            if needed > height:
                found.append(f"{_describe(widget)}: needs {needed} px high, has {height}")
        else:
            hint = widget.sizeHint()
            if hint.width() > width or hint.height() > height:
                found.append(
                    f"{_describe(widget)}: needs {hint.width()}x{hint.height()}, "
                    f"has {width}x{height}"
                )
    return found


def settle() -> None:
    """Let Qt finish laying out what was just rebuilt (new widgets take a few passes) and
    delete what was replaced, as the running app's event loop does."""
    for _ in range(3):
        QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def shown_child(root: QWidget, kind: type[W], name: str) -> W:
    """The one visible ``kind`` named ``name`` under ``root`` (redrawn steps leave old widgets
    waiting to be deleted)."""
    settle()
    found = [w for w in root.findChildren(kind, name) if w.isVisible()]
    assert len(found) == 1, f"{len(found)} visible {kind.__name__} named {name!r}"
    return found[0]


def focused() -> QWidget:
    """The widget with the keyboard focus (there must be one)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press ``key`` on whatever has the focus, as a person would: after the screen is drawn."""
    settle()
    qtbot.keyClick(focused(), key, modifier)


def press_until(
    qtbot: QtBot, key: Qt.Key, wanted: Callable[[QWidget], bool], limit: int = 60
) -> QWidget:
    """Press ``key`` until the focused widget is ``wanted``; return it."""
    for _ in range(limit):
        widget = QApplication.focusWidget()
        if widget is not None and wanted(widget):
            return widget
        press(qtbot, key)
    raise AssertionError(
        f"{key} never reached the wanted widget; focus is on {_describe(focused())}"
    )


def focus_settles(qtbot: QtBot, wanted: Callable[[QWidget], bool]) -> QWidget:
    """Wait until the guide has drawn the step and put the focus on a ``wanted`` widget."""
    settle()
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is not None and wanted(focused()), timeout=2000
    )
    return focused()


def choose(qtbot: QtBot, combo: QComboBox, value: str) -> None:
    """Pick the item whose data is ``value`` with the arrow keys, as a person would."""
    target = combo.findData(value)
    assert target >= 0, f"{combo.objectName()} has no {value!r}"
    key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            return
        qtbot.keyClick(combo, key)
    raise AssertionError(f"the arrow keys never reached {value!r}")
