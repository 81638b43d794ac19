"""Tabs whose names wrap onto two lines when they do not fit side by side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget


def two_lines(text: str) -> str:
    """``text`` broken at the space nearest its middle (unchanged if it has no space)."""
    middle = len(text) / 2
    spaces = [i for i, char in enumerate(text) if char == " "]
    if not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(i - middle))
    return f"{text[:cut]}\n{text[cut + 1 :]}"


class _LinesTabBar(QTabBar):
    """A tab bar as tall as its tallest name (Qt sizes every tab for one line of text)."""

    def tabSizeHint(self, index: int) -> QSize:
        """Qt's size, with room for the most lines any tab's name has."""
        size = super().tabSizeHint(index)
        extra = max((self.tabText(i).count("\n") for i in range(self.count())), default=0)
        return QSize(size.width(), size.height() + extra * self.fontMetrics().lineSpacing())


class WrapTabWidget(QTabWidget):
    """A tab widget that breaks its tab names onto two lines when one line each is too wide.

    Qt's own tab bar scrolls instead, hiding part of the names behind small arrows: at large
    text sizes and in languages with longer words a person would not see every tab.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabBar(_LinesTabBar(self))
        self._names: dict[int, str] = {}

    def setTabText(self, index: int, text: str) -> None:
        """Name tab ``index``; shown on one line or two, whichever fits."""
        self._names[index] = text
        super().setTabText(index, text)
        self.setTabToolTip(index, text)
        self._fit()

    def tab_name(self, index: int) -> str:
        """The name of tab ``index`` as given (without the line break added to fit it)."""
        return self._names.get(index, self.tabText(index))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrap or unwrap the names for the new width."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        bar = self.tabBar()
        metrics = bar.fontMetrics()
        one_line = 0
        for index in range(self.count()):
            shown = self.tabText(index)
            widest = max(metrics.horizontalAdvance(line) for line in shown.split("\n"))
            padding = bar.tabSizeHint(index).width() - widest
            one_line += metrics.horizontalAdvance(self.tab_name(index)) + padding
        wrap = one_line > self.width()
        changed = False
        for index in range(self.count()):
            wanted = two_lines(self.tab_name(index)) if wrap else self.tab_name(index)
            if self.tabText(index) != wanted:
                super().setTabText(index, wanted)
                changed = True
        if changed:  # the tab bar is taller or shorter now: lay the tabs and page out again
            bar.updateGeometry()
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.LayoutRequest))
