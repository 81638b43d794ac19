"""The first screen is the guide, and walking it without a diary writes nothing anywhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.session import VaultState
from tests.guide_ui.conftest import ADULT_WHO_PAID, page_of, walk_until
from ui.app import HarbourApp
from ui.guide.page import GuidePage
from ui.widgets.wrapping import WrapButton


def test_the_first_page_is_the_guide(harbour: HarbourApp, data_dir: Path) -> None:
    window = harbour.window
    assert window.current == "guide"
    assert isinstance(window.stack.currentWidget(), GuidePage)
    page = page_of(harbour)
    assert page.steps.isVisible()
    assert harbour.controller.guide.step.id == "safe_now"
    assert page.steps.region.isVisible(), "the first screen says which region's help it shows"
    region = harbour.controller.region_pack.code
    name = harbour.controller.catalog.text(f"regions.names.{region}")
    assert name in page.steps.region.showing.text()
    assert list(data_dir.iterdir()) == []


def test_walking_the_guide_without_a_diary_writes_nothing(
    qtbot: QtBot, harbour: HarbourApp, data_dir: Path
) -> None:
    guide = harbour.controller.guide
    page = page_of(harbour)
    safe = page.steps.findChild(WrapButton, "option_safe")
    assert safe is not None
    qtbot.mouseClick(safe, Qt.MouseButton.LeftButton)
    walk_until(guide, ADULT_WHO_PAID, "evidence")
    guide.tick("profile", True)
    guide.tick("messages", True)
    guide.back()
    guide.next()
    walk_until(guide, ADULT_WHO_PAID, "end")
    assert guide.state.finished
    assert harbour.controller.vault_state is VaultState.NONE
    assert harbour.controller.age_group == "adult", "the age answer reaches the crisis bar"
    assert list(data_dir.iterdir()) == [], "the walk reveals the person's situation: memory only"
