"""Copying secrets safely: the clipboard is cleared after a while, and at once on Quick exit."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

SECRET_SECONDS = 30


class ClipboardGuard(QObject):
    """Puts text on the clipboard and takes it off again."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expire)
        self._copied: str | None = None

    def copy(self, text: str, seconds: int = SECRET_SECONDS) -> None:
        """Copy ``text``; after ``seconds`` remove it if the clipboard still holds it."""
        QGuiApplication.clipboard().setText(text)
        self._copied = text
        self._timer.start(seconds * 1000)

    def _expire(self) -> None:
        if self._copied is not None and QGuiApplication.clipboard().text() == self._copied:
            self.clear_now()
        self._copied = None

    def clear_now(self) -> None:
        """Empty the clipboard (and the X11 selection) whatever it holds."""
        board = QGuiApplication.clipboard()
        board.clear(QClipboard.Mode.Clipboard)
        if board.supportsSelection():
            board.clear(QClipboard.Mode.Selection)
        self._copied = None
        self._timer.stop()
