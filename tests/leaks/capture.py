"""Recording everything Python logging and Qt's message handler say during the sweep.

Both would reach a terminal, a desktop session's journal or a log file in a real run, so
nothing a person typed may appear in them. A probe line is sent through each when recording
starts: the searching side checks the probes arrived, which proves the recording works.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

PROBE = "harbour-leak-sweep-probe"


class _Keep(logging.Handler):
    def __init__(self, lines: list[str]) -> None:
        super().__init__(logging.DEBUG)
        self.lines = lines

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"log {record.levelname} {record.name}: {self.format(record)}")


class Recorder:
    """Keeps every log record (all levels, all loggers) and every Qt message, in order."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._handler = _Keep(self.lines)
        self._level = logging.WARNING

    def _qt_message(self, kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        self.lines.append(f"qt {kind.name} {context.category}: {text}")
        print(text, file=sys.stderr)  # as Qt's own handler would

    def start(self) -> None:
        """Install the handlers and send the probes."""
        root = logging.getLogger()
        self._level = root.level
        root.setLevel(logging.DEBUG)
        root.addHandler(self._handler)
        logging.captureWarnings(capture=True)
        qInstallMessageHandler(self._qt_message)
        logging.getLogger("harbour.leaks").debug(PROBE)
        from PySide6.QtCore import qWarning

        qWarning(PROBE)

    def stop(self, target: Path) -> None:
        """Remove the handlers and write what was recorded to ``target``."""
        qInstallMessageHandler(None)
        logging.captureWarnings(capture=False)
        root = logging.getLogger()
        root.removeHandler(self._handler)
        root.setLevel(self._level)
        target.write_text("\n".join(self.lines) + "\n", encoding="utf-8")
