"""Running slow work (key derivation, imports, exports) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the GUI thread, which shows a calm message
            self.relay.failed.emit(exc)
        else:
            self.relay.finished.emit(result)


class Jobs(QObject):
    """Starts background tasks; results and errors come back on the GUI thread."""

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, max_threads: int = 0) -> None:
        super().__init__(parent)
        self._running: set[_Relay] = set()
        self._pool = QThreadPool(self)
        if max_threads:
            self._pool.setMaxThreadCount(max_threads)

    @property
    def busy(self) -> bool:
        """True while any task runs."""
        return bool(self._running)

    def start(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Run ``work()`` in the pool, then call ``on_done(result)`` or ``on_error(exc)`` here."""
        relay = _Relay(self)

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            self._running.discard(relay)
            relay.deleteLater()
            if not self._running:
                self.busyChanged.emit(False)
            handler(value)

        relay.finished.connect(lambda result: finish(on_done, result))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        if not self._running:
            self.busyChanged.emit(True)
        self._running.add(relay)
        self._pool.start(_Task(work, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every task has finished (used at shutdown and in tests)."""
        return self._pool.waitForDone(msecs)
