"""Auto-lock: lock the vault after a period without keyboard or mouse input."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
}


class IdleLock(QObject):
    """Calls ``on_idle`` after ``minutes`` of no input anywhere in the application."""

    def __init__(self, minutes: int, on_idle: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(on_idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        """Change the delay and restart counting."""
        self._timer.setInterval(max(1, minutes) * 60_000)
        self._timer.start()

    @property
    def interval_ms(self) -> int:
        """The delay in milliseconds."""
        return self._timer.interval()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the countdown on any input; never swallow the event."""
        if event.type() in _ACTIVITY:
            self._timer.start()
        return False
