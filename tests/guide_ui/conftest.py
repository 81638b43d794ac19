"""A real Harbour offscreen (the shell's fixtures), and ways to walk its guide."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from core.flow.model import StepKind
from tests.ui.conftest import harbour, make_harbour
from ui.app import HarbourApp
from ui.guide.controller import GuideController
from ui.guide.page import GuidePage

__all__ = ["big_text", "harbour", "make_harbour"]

ADULT_WHO_PAID = {
    "danger": "no",
    "threat": "recording",
    "age": "adult",
    "paid": "yes",
    "contact": "no",
    "shared": "no",
}
UNDER_18_IN_CONTACT = {
    "danger": "no",
    "threat": "recording",
    "age": "under18",
    "paid": "no",
    "contact": "yes",
    "shared": "unknown",
}


def page_of(app: HarbourApp) -> GuidePage:
    """The guide page of a running Harbour."""
    page = app.window.page("guide")
    assert isinstance(page, GuidePage)
    return page


def walk_until(guide: GuideController, answers: Mapping[str, str], stop_at: str) -> None:
    """Answer by value and press Next until the guide shows ``stop_at`` (or ends)."""
    while guide.step.id != stop_at and not guide.state.finished:
        step = guide.step
        if step.kind is StepKind.QUESTION:
            option = step.option_for(answers[step.asks or ""])
            assert option is not None
            guide.answer(option.id)
        else:
            guide.next()
    assert guide.step.id == stop_at


@pytest.fixture(autouse=True)
def _forget_closed_windows() -> None:
    """Delete the windows earlier tests closed before this test builds its own.

    pytest-qt closes them with ``deleteLater``, which only a running event loop carries out;
    until then every new style sheet is applied to them too, and each Harbour starts slower.
    """
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def big_text() -> Iterator[float]:
    """The system text size doubled (200%) while the test builds its windows."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * 2)
    app.setFont(bigger)
    yield 2.0
    app.setFont(before)
