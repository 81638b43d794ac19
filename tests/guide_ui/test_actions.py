"""Step buttons: each action has a handler or is not shown; saving ones make the diary first."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from core.flow.actions import ACTIONS
from core.flow.loader import load_bundled
from core.session import VaultState
from tests.guide_ui.conftest import ADULT_WHO_PAID, page_of, walk_until
from tests.guide_ui.helpers import choose, settle, shown_child
from tests.ui.helpers import when_modal
from ui import actions
from ui.actions import ActionRegistry, show_crisis
from ui.app import HarbourApp
from ui.shell.crisis_dialog import CrisisDialog
from ui.shell.main_window import MainWindow
from ui.tour import covering_walks
from ui.vault.recovery_dialog import RecoveryKeyDialog
from ui.vault.setup_dialog import CreateVaultDialog
from ui.widgets.wrapping import WrapButton

Calls = list[tuple[str, dict[str, str]]]


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> ActionRegistry:
    """A registry of Harbour's own handlers only (crisis.show), swapped in for the test."""
    fresh = ActionRegistry()
    fresh.register("crisis.show", show_crisis)
    monkeypatch.setattr(actions, "registry", fresh)
    return fresh


def recorder(calls: Calls, name: str) -> actions.Handler:
    def handle(window: MainWindow, prefill: Mapping[str, str]) -> None:
        assert isinstance(window, MainWindow)
        calls.append((name, dict(prefill)))

    return handle


def action_buttons(app: HarbourApp) -> list[tuple[str, WrapButton]]:
    """The step's visible action buttons, in order, with the action each runs."""
    settle()
    steps = page_of(app).steps
    return [
        (str(b.property("action")), b)
        for b in steps.findChildren(WrapButton)
        if b.objectName().startswith("action_") and b.isVisible()
    ]


def button_for(app: HarbourApp, name: str, nth: int = 0) -> WrapButton:
    """The ``nth`` visible button of action ``name``."""
    return [b for n, b in action_buttons(app) if n == name][nth]


def test_every_action_has_a_handler_or_no_button(
    harbour: HarbourApp, registry: ActionRegistry
) -> None:
    calls: Calls = []
    registry.register("diary.add_demand", recorder(calls, "diary.add_demand"))
    guide = harbour.controller.guide
    flow = load_bundled("guide")
    offered: set[str] = set()
    for walk in covering_walks(flow, guide.state.context):
        guide.restart()
        for move in (*walk.moves, ""):
            names = {a.name for a in guide.view().actions}
            offered |= names
            shown = {name for name, _button in action_buttons(harbour)}
            assert shown == {n for n in names if registry.available(n)}
            if move == "":
                break
            guide.next() if move is None else guide.answer(move)
    assert {"diary.add_demand", "crisis.show"} <= offered
    assert len(offered) > 8, "the walk met most of the guide's actions"
    assert not registry.available("family.prepare"), "other features register theirs later"


def test_crisis_show_opens_the_crisis_numbers(
    qtbot: QtBot, harbour: HarbourApp, registry: ActionRegistry
) -> None:
    harbour.controller.guide.answer("danger")
    button = button_for(harbour, "crisis.show")
    assert button.text() == "Show help numbers"
    opened: list[bool] = []

    def close(dialog: CrisisDialog) -> None:
        opened.append(True)
        dialog.reject()

    when_modal(CrisisDialog, close)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [True]


def test_a_saving_action_makes_the_diary_first(
    qtbot: QtBot, harbour: HarbourApp, registry: ActionRegistry
) -> None:
    calls: Calls = []
    registry.register("diary.add_action", recorder(calls, "diary.add_action"))
    assert registry.needs_vault("diary.add_action")
    guide = harbour.controller.guide
    walk_until(guide, ADULT_WHO_PAID, "block_report")
    choose(qtbot, page_of(harbour).steps.platform_notes.picker, "instagram")
    report = button_for(harbour, "diary.add_action", 1)

    def not_now(dialog: CreateVaultDialog) -> None:
        dialog.reject()
        # MainWindow.with_vault keeps a declined dialog alive and connected to vaultCreated,
        # so it would show a second recovery key later; delete it (reported to the shell).
        dialog.deleteLater()

    when_modal(CreateVaultDialog, not_now)
    qtbot.mouseClick(report, Qt.MouseButton.LeftButton)
    assert calls == [], "no diary, no save: the person said not now"
    assert harbour.controller.vault_state is VaultState.NONE

    def create(dialog: CreateVaultDialog) -> None:
        when_modal(RecoveryKeyDialog, lambda shown: shown.done_button.click())
        dialog.create_button.click()

    when_modal(CreateVaultDialog, create)
    qtbot.mouseClick(report, Qt.MouseButton.LeftButton)
    assert harbour.controller.vault_state is VaultState.UNLOCKED
    assert calls == [("diary.add_action", {"kind": "reported_platform"})]
    assert guide.step.id == "block_report", "the person is back on the same step"
    assert harbour.window.current == "guide"


def test_the_chosen_app_goes_to_the_report_text(
    qtbot: QtBot, harbour: HarbourApp, registry: ActionRegistry
) -> None:
    calls: Calls = []
    registry.register(
        "reports.platform_text", recorder(calls, "reports.platform_text"), needs_vault=False
    )
    walk_until(harbour.controller.guide, ADULT_WHO_PAID, "block_report")
    notes = page_of(harbour).steps.platform_notes
    assert "Look for Block" in shown_child(notes, QLabel, "platformNote_block").text(), "generic"
    choose(qtbot, notes.picker, "snapchat")
    assert "Manage Friendship" in shown_child(notes, QLabel, "platformNote_block").text()
    qtbot.mouseClick(button_for(harbour, "reports.platform_text"), Qt.MouseButton.LeftButton)
    assert calls == [("reports.platform_text", {"platform": "snapchat"})]
    copy = shown_child(notes, QAbstractButton, "platformHelpPageCopy")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "https://help.snapchat.com/"


def test_unknown_names_are_refused() -> None:
    with pytest.raises(KeyError):
        ActionRegistry().register("diary.add_demnad", lambda w, p: None)
    assert set(ACTIONS) >= {"crisis.show", "diary.add_note"}
    assert not ActionRegistry().needs_vault("crisis.show")
    assert ActionRegistry().needs_vault("evidence.add")


def test_every_guide_action_has_a_handler() -> None:
    """Every action a guide step can offer does something: no button is ever hidden for lack
    of a handler in the finished app."""
    from core.flow.actions import ACTIONS

    assert [name for name in ACTIONS if not actions.registry.available(name)] == []
