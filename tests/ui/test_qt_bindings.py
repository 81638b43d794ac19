"""Guard against a Qt-for-Python release that loses references to True and None.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``True`` on every ``signal.emit()`` and
one to ``None`` on every call of a Qt method returning nothing; after a few thousand the
interpreter aborted ("bool_dealloc: deallocating True"), mid-import or mid-report. Harbour pins
6.11.3; this test fails if an upgrade brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 5_000


class _Emitter(QObject):
    ping = Signal(int)


def test_emitting_signals_keeps_references_to_true() -> None:
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for value in range(CALLS):
        emitter.ping.emit(value)
    assert abs(sys.getrefcount(True) - before) < CALLS // 100


def test_void_qt_calls_keep_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setObjectName("name")
    assert abs(sys.getrefcount(None) - before) < CALLS // 100
