"""Buttons and check boxes whose text wraps onto several lines, so long answers fit at any size.

Qt's own buttons never wrap their text. These paint the control without text and let a
word-wrapped plain-text label inside carry the words; they report the height they need for a
given width, so layouts give them room instead of cutting them off at large text sizes. Focus,
Enter/Space, the accessible name and the style sheet's focus ring stay Qt's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QEvent, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

from ui.widgets.safe_label import SafeLabel

if TYPE_CHECKING:
    _Button = QAbstractButton
else:
    _Button = object  # a plain mixin at run time: the Qt class comes second in each subclass


class _Wrapped(_Button):
    """What both wrapping controls share; mixed in before the Qt button class."""

    label: SafeLabel

    def _wrap(self, name: str, left: int, text: str, vertical: int = 8) -> None:
        if name:
            self.setObjectName(name)
        self.label = SafeLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row = QHBoxLayout(self)
        row.setContentsMargins(left, vertical, 12, vertical)
        row.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    def setText(self, text: str) -> None:
        """Show ``text`` (it stays the control's own text for screen readers too)."""
        super().setText(text)
        self.label.setText(text)
        self.updateGeometry()

    def _width_for(self, text: str) -> int:
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        extra = margins.left() + margins.right() if margins is not None else 0
        return self.label.fontMetrics().horizontalAdvance(text) + extra + 2

    def sizeHint(self) -> QSize:
        """Wide enough for the text on one line, when there is room for that."""
        width = self._width_for(self.label.text())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """Narrow enough to wrap; never narrower than its longest word."""
        words = self.label.text().split() or [""]
        width = max(self._width_for(word) for word in words)
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:
        """Wrapped text needs more height when narrower."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the text needs at ``width``."""
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else self.height()

    def hitButton(self, pos: QPoint) -> bool:
        """The whole control, text included, responds to a click."""
        return self.rect().contains(pos)

    def _fit_font(self) -> None:
        self.label.setFont(self.font())
        self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        """Give the text the control's font (style sheets stop Qt passing it on by itself)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_font()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses it, as Space does (Qt's buttons take Enter only inside dialogs)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isEnabled():
            self.click()
            return
        super().keyPressEvent(event)


class WrapButton(_Wrapped, QPushButton):
    """A push button with wrapping text."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, name: str = "") -> None:
        QPushButton.__init__(self, parent)
        self.setAutoDefault(False)
        self._wrap(name, 14, text)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Frame, background and focus ring from the style sheet; the label draws the text."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)


def _colour_property(attribute: str) -> Property:
    """A QColor property the style sheet sets (``qproperty-<name>: @colour``)."""

    def read(box: WrapCheckBox) -> QColor:
        return QColor(getattr(box, attribute))

    def write(box: WrapCheckBox, colour: QColor) -> None:
        setattr(box, attribute, QColor(colour))
        box.update()

    return Property(QColor, read, write)


class WrapCheckBox(_Wrapped, QCheckBox):
    """A check box whose text wraps beside a box as tall as a line of its text.

    The box is drawn here, in colours the style sheet gives (``boxEdge``, ``boxFill``,
    ``tickFill``, ``tickMark``, ``focusEdge``), so it stays clear in the dark theme and grows
    with the text size, which Qt's fixed little box does not.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, *, name: str = "") -> None:
        QCheckBox.__init__(self, parent)
        self._edge, self._fill = QColor("#4f5f68"), QColor("#ffffff")
        self._tick_fill, self._tick, self._focus = QColor("#1f6f6b"), QColor("#ffffff"), QColor()
        self._wrap(name, self._indent(), text, vertical=4)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    boxEdge = _colour_property("_edge")
    boxFill = _colour_property("_fill")
    tickFill = _colour_property("_tick_fill")
    tickMark = _colour_property("_tick")
    focusEdge = _colour_property("_focus")

    def _side(self) -> int:
        return max(12, self.fontMetrics().height())  # the label shares the box's font

    def _indent(self) -> int:
        return 6 + self._side() * 9 // 5

    def _fit_font(self) -> None:
        super()._fit_font()
        layout = self.layout()
        if layout is not None:  # keep the text beside the box, which grows with the font
            margins = layout.contentsMargins()
            layout.setContentsMargins(
                self._indent(), margins.top(), margins.right(), margins.bottom()
            )

    def paintEvent(self, event: QPaintEvent) -> None:
        """The box (ticked or not) beside the first line, and a ring when focused."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.hasFocus():
            painter.setPen(QPen(self._focus, 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        side = self._side()
        top = self.label.geometry().top() + (self.label.fontMetrics().height() - side) / 2
        box = QRectF(6, top, side, side)  # beside the first line of the text
        painter.setPen(QPen(self._tick_fill if self.isChecked() else self._edge, 2))
        painter.setBrush(self._tick_fill if self.isChecked() else self._fill)
        painter.drawRoundedRect(box, 3, 3)
        if self.isChecked():
            painter.setPen(QPen(self._tick, max(2.0, side / 7)))
            painter.drawPolyline(
                [
                    QPointF(box.left() + side * 0.22, box.top() + side * 0.52),
                    QPointF(box.left() + side * 0.42, box.top() + side * 0.72),
                    QPointF(box.left() + side * 0.78, box.top() + side * 0.28),
                ]
            )
