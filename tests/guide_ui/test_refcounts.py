"""Long sessions survive PySide6 6.12.0 losing references to None and True."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from ui.guide import refcounts
from ui.guide.controller import GuideController


class Talker(QObject):
    said = Signal(str)


def test_many_qt_calls_and_signals_later_everything_is_alive() -> None:
    assert GuideController is not None  # importing the guide protected the singletons
    lost_none, lost_true = refcounts.references_lost()
    assert refcounts.protect() is False, "done once, at import; never twice"
    talker = Talker()
    heard: list[str] = []
    talker.said.connect(heard.append)
    for _ in range(30_000):  # far more than the few thousand references None starts with
        talker.setObjectName("talker")
        talker.said.emit("calm")
    assert len(heard) == 30_000
    if lost_none > 0 or lost_true > 0:
        assert sys.getrefcount(None) > refcounts.HEADROOM // 2
        assert sys.getrefcount(True) > refcounts.HEADROOM // 2
