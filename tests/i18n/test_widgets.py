"""The small widgets the pseudolocale's check needed: tabs whose names wrap."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.guide_ui.helpers import clipped_widgets, settle
from ui.widgets.tabs import WrapTabWidget, two_lines

NAMES = ("For an app or website", "For your bank or payment service", "Someone you tell")


def test_two_lines_breaks_at_the_middle_space() -> None:
    assert two_lines("For your bank or payment service") == "For your bank or\npayment service"
    assert two_lines("Evidence") == "Evidence"


@pytest.mark.parametrize(("kind", "cut"), [(QTabWidget, True), (WrapTabWidget, False)])
def test_tab_names_that_do_not_fit_wrap_instead_of_scrolling(
    qtbot: QtBot, kind: type[QTabWidget], cut: bool
) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    tabs = kind()
    for name in NAMES:
        tabs.addTab(QWidget(), "")
        tabs.setTabText(tabs.count() - 1, name)
    QVBoxLayout(box).addWidget(tabs)
    box.resize(tabs.fontMetrics().horizontalAdvance(" ".join(NAMES)) * 3 // 4, 300)
    box.show()
    settle()
    assert bool(clipped_widgets(box)) is cut
    if isinstance(tabs, WrapTabWidget):
        assert [tabs.tab_name(i) for i in range(tabs.count())] == list(NAMES)
        assert "\n" in tabs.tabText(1)
        box.resize(box.width() * 3, 300)
        settle()
        assert tabs.tabText(1) == NAMES[1], "one line again when there is room"
