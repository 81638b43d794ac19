"""A short breathing exercise for the breathe step: a circle that grows and shrinks.

Four slow breaths (in for 4 seconds, out for 6), then it stops and offers to go again. Nothing
moves on by itself: the guide waits for the person. "Skip" stops the circle at once. With the
"Keep everything still" setting on, the circle stays still and the exercise is written out
instead; it switches at once when the setting changes. (Qt 6.11, which Harbour pins, does not
report the desktop's own reduced-motion setting.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    Property,
    QAbstractAnimation,
    QEasingCurve,
    QRectF,
    QSequentialAnimationGroup,
    QSize,
    Qt,
    QVariantAnimation,
)
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from ui.widgets.accessible import named, show_text
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel
from ui.widgets.wrapping import WrapButton

IN_MS = 4000
OUT_MS = 6000
BREATHS = 4
SMALLEST = 0.45  # the circle's size, as a share of the space it has, when the lungs are empty


class BreathingCircle(QWidget):
    """The circle itself; ``fullness`` (SMALLEST to 1) is how full it is. Its colour comes from the
    style sheet (``qproperty-fillColor``), so it follows the light or dark theme."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "breathingCircle")
        self.fullness = 1.0
        self._fill = QColor("#1f6f6b")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        """About seven lines of text tall, so it grows with the text size."""
        side = self.fontMetrics().height() * 7
        return QSize(side, side)

    def set_size(self, size: float) -> None:
        """Grow or shrink to ``size`` and repaint."""
        self.fullness = size
        self.update()

    def _get_fill(self) -> QColor:
        return self._fill

    def _set_fill(self, colour: QColor) -> None:
        self._fill = QColor(colour)
        self.update()

    fillColor = Property(QColor, _get_fill, _set_fill)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A soft filled circle with a firm outline."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) * self.fullness - 4
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        soft = QColor(self._fill)
        soft.setAlpha(80)
        painter.setPen(QPen(self._fill, 3))
        painter.setBrush(soft)
        painter.drawEllipse(box)


class BreathingGuide(FollowsLanguage, QWidget):
    """The exercise: circle, "Breathe in… breathe out…", and Skip / Breathe again."""

    def __init__(
        self, say: Callable[[str], str], still: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        named(self, "breathingGuide")
        self._say = say  # the guide's wording for a content key
        self.circle = BreathingCircle()
        self.phase = SafeLabel(name="breathingPhase")
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scaled(self.phase, 1.4, bold=True)
        self.skip_button = WrapButton(name="breathingSkip")
        self.again_button = WrapButton(name="breathingAgain")
        self.skip_button.clicked.connect(self.stop)
        self.again_button.clicked.connect(self.start)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.again_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.circle)
        column.addWidget(self.phase)
        column.addLayout(buttons)

        self.animation = QSequentialAnimationGroup(self)
        for start, end, duration in ((SMALLEST, 1.0, IN_MS), (1.0, SMALLEST, OUT_MS)):
            part = QVariantAnimation(self)
            part.setStartValue(start)
            part.setEndValue(end)
            part.setDuration(duration)
            part.setEasingCurve(QEasingCurve.Type.InOutSine)
            part.valueChanged.connect(lambda value: self.circle.set_size(float(value)))
            self.animation.addAnimation(part)
        self.animation.setLoopCount(BREATHS)
        self.animation.currentAnimationChanged.connect(lambda _part: self._show_phase())
        self.animation.finished.connect(self._finished)
        self.still = still
        self.retranslate()

    @property
    def running(self) -> bool:
        """True while the circle moves."""
        return self.animation.state() is QAbstractAnimation.State.Running

    def retranslate(self) -> None:
        """Set every text in the current language."""
        show_text(self.skip_button, self.tr("Skip"), self.tr("Skip the breathing exercise"))
        show_text(self.again_button, self.tr("Breathe with me again"))
        self.circle.setAccessibleName(self.tr("Breathing circle"))
        self._show_phase()

    def set_still(self, still: bool) -> None:
        """Show the exercise without movement (True) or with the moving circle."""
        self.still = still
        if still:
            self.stop()
        self._show_phase()

    def start(self) -> None:
        """Begin four slow breaths (a still, written version when motion is reduced)."""
        if self.still:
            self._show_phase()
            return
        self.animation.stop()
        self.circle.set_size(SMALLEST)
        self.animation.start()
        self._show_phase()

    def stop(self) -> None:
        """Stop the circle where it is and offer to breathe again."""
        self.animation.stop()
        self.circle.set_size(1.0)
        self._show_phase()

    def _finished(self) -> None:
        self.circle.set_size(1.0)
        self._show_phase(done=True)

    def _show_phase(self, done: bool = False) -> None:
        if self.still:
            text = self._say("guide.breathing.still")
        elif done:
            text = self._say("guide.breathing.done")
        elif self.running and self.animation.currentAnimation() is self.animation.animationAt(1):
            text = self._say("guide.breathing.out")
        elif self.running:
            text = self._say("guide.breathing.in")
        else:
            text = self._say("guide.breathing.still")
        self.phase.setText(text)
        self.phase.setAccessibleName(text)
        self.skip_button.setVisible(self.running)
        self.again_button.setVisible(not self.running and not self.still)

    def showEvent(self, event: QShowEvent) -> None:
        """Start breathing when the step appears."""
        super().showEvent(event)
        self.start()

    def hideEvent(self, event: QHideEvent) -> None:
        """Nothing moves off screen."""
        self.animation.stop()
        super().hideEvent(event)
