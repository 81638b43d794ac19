"""Every guide screen, walked for real: every control named, and nothing cut off at 200% text."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from core.flow.loader import load_bundled
from tests.guide_ui.helpers import clipped_widgets, settle
from tests.ui.helpers import unnamed_widgets
from ui.app import HarbourApp
from ui.guide.breathing import BreathingGuide
from ui.guide.page import GuidePage
from ui.tour import covering_walks, reachable_steps


def every_screen(app: HarbourApp) -> Iterator[str]:
    """Show every reachable step of the guide, then the overview with every step opened, and the
    still breathing exercise; yield a name for each screen while it is on show."""
    guide = app.controller.guide
    context = guide.state.context
    flow = load_bundled("guide")
    seen: set[str] = set()
    for walk in covering_walks(flow, context):
        guide.restart()
        for move in (*walk.moves, ""):
            if guide.step.id not in seen:
                seen.add(guide.step.id)
                settle()
                yield guide.step.id
            if move == "":
                break
            guide.next() if move is None else guide.answer(move)
        if "overview" not in seen:
            seen.add("overview")
            guide.set_panic_mode(False)
            page = app.window.page("guide")
            assert isinstance(page, GuidePage)
            for toggle in page.overview.findChildren(QWidget):
                if toggle.objectName().startswith("stopToggle_") and toggle.isVisible():
                    toggle.setChecked(True)  # type: ignore[attr-defined]
            settle()
            yield "overview"
            guide.set_panic_mode(True)
    assert seen == {*reachable_steps(flow, context), "overview"}
    guide.restart()
    while guide.step.id != "breathe":
        guide.next() if not guide.step.options else guide.answer(guide.step.options[0].id)
    page = app.window.page("guide")
    breathing = page.findChild(BreathingGuide)
    assert isinstance(breathing, BreathingGuide)
    breathing.set_still(True)
    settle()
    yield "breathe (still)"


def test_the_clipping_check_sees_cut_off_text(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    column = QVBoxLayout(box)
    button = QPushButton("A button whose words are far too long for the room it was given")
    label = QLabel("A label that wraps its words onto several lines when it must")
    label.setWordWrap(True)
    column.addWidget(button)
    column.addWidget(label)
    box.show()
    button.setFixedWidth(60)
    label.setFixedSize(60, 10)
    settle()
    found = clipped_widgets(box)
    assert len(found) == 2 and "QPushButton" in found[0] and "QLabel" in found[1]


def test_every_control_on_every_screen_is_named(harbour: HarbourApp) -> None:
    missing = {
        screen: unnamed_widgets(harbour.window)
        for screen in every_screen(harbour)
        if unnamed_widgets(harbour.window)
    }
    assert missing == {}


@pytest.mark.parametrize("mode", ["victim", "school"])
def test_nothing_is_cut_off_at_double_text_size(
    qtbot: QtBot, big_text: float, make_harbour: Callable[..., HarbourApp], mode: str
) -> None:
    from core.policy import Mode, Policy

    app = make_harbour(Policy(mode=Mode(mode)))
    page = app.window.page("guide")
    clipped = {screen: found for screen in every_screen(app) if (found := clipped_widgets(page))}
    assert clipped == {}
