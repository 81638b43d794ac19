"""The breathing exercise: moves gently, stops on Skip, waits for the person, can keep still."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.guide_ui.conftest import ADULT_WHO_PAID, page_of, walk_until
from tests.guide_ui.helpers import settle
from ui.app import HarbourApp
from ui.guide.breathing import SMALLEST, BreathingGuide


def _at_breathe(harbour: HarbourApp) -> BreathingGuide:
    walk_until(harbour.controller.guide, ADULT_WHO_PAID, "breathe")
    settle()
    breathing = page_of(harbour).steps.breathing
    assert breathing.isVisible()
    return breathing


def test_the_circle_breathes_until_skipped_and_nothing_moves_on_by_itself(
    qtbot: QtBot, harbour: HarbourApp
) -> None:
    breathing = _at_breathe(harbour)
    assert breathing.running
    assert breathing.phase.text() == "Breathe in…"
    assert breathing.skip_button.isVisible() and not breathing.again_button.isVisible()
    qtbot.waitUntil(lambda: breathing.circle.fullness > SMALLEST + 0.01, timeout=3000)

    qtbot.mouseClick(breathing.skip_button, Qt.MouseButton.LeftButton)
    assert not breathing.running
    assert breathing.again_button.isVisible() and not breathing.skip_button.isVisible()
    assert harbour.controller.guide.step.id == "breathe"

    qtbot.mouseClick(breathing.again_button, Qt.MouseButton.LeftButton)
    assert breathing.running
    breathing.animation.setCurrentTime(breathing.animation.totalDuration())  # four breaths later
    assert not breathing.running
    assert breathing.phase.text().startswith("Well done")
    assert harbour.controller.guide.step.id == "breathe", "no time limit: the guide waits"

    breathing.start()
    harbour.controller.guide.next()
    settle()
    assert not breathing.isVisible() and not breathing.running, "nothing moves off screen"


def test_a_still_version_when_motion_is_reduced(harbour: HarbourApp) -> None:
    breathing = _at_breathe(harbour)
    harbour.controller.set_reduced_motion(True)  # the "Keep everything still" setting
    assert not breathing.running
    assert breathing.circle.fullness == 1.0
    assert "count to four" in breathing.phase.text()
    assert not breathing.skip_button.isVisible() and not breathing.again_button.isVisible()
    breathing.start()
    assert not breathing.running, "a still exercise never starts moving"
    harbour.controller.set_reduced_motion(False)
    breathing.start()
    assert breathing.running
