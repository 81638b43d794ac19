"""The whole guide from the keyboard alone: Tab, Enter, Space and the arrow keys."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.flow.model import StepKind
from tests.guide_ui.conftest import ADULT_WHO_PAID, UNDER_18_IN_CONTACT, page_of
from tests.guide_ui.helpers import focus_settles, focused, press, press_until
from ui.app import HarbourApp
from ui.widgets.wrapping import WrapCheckBox

Key = Qt.Key


def _named(name: str) -> object:
    return lambda widget: widget.objectName() == name


def _answer_with_keys(qtbot: QtBot, option_id: str, step_id: str) -> None:
    """The first option has the focus; arrows move among the options; Space or Enter picks."""
    first = focus_settles(qtbot, lambda w: w.objectName().startswith("option_"))
    assert first.objectName() != "", step_id
    press_until(qtbot, Key.Key_Down, _named(f"option_{option_id}"))  # type: ignore[arg-type]
    press(qtbot, Key.Key_Space if len(option_id) % 2 else Key.Key_Return)


def _tick_first_item_then_next(qtbot: QtBot) -> None:
    """From Next, go back with Shift+Tab to a checklist item, tick it, Tab on to Next."""
    press_until(qtbot, Key.Key_Backtab, lambda w: isinstance(w, WrapCheckBox))
    box = focused()
    assert isinstance(box, WrapCheckBox) and not box.isChecked()
    press(qtbot, Key.Key_Space)
    assert box.isChecked()
    press_until(qtbot, Key.Key_Tab, _named("guideNext"))  # type: ignore[arg-type]
    press(qtbot, Key.Key_Return)


def walk_with_keys(qtbot: QtBot, harbour: HarbourApp, answers: Mapping[str, str]) -> list[str]:
    """Walk the guide to its end with key presses only; return the steps shown."""
    guide = harbour.controller.guide
    shown = [guide.step.id]
    while not guide.state.finished:
        step = guide.step
        if step.kind is StepKind.QUESTION:
            option = step.option_for(answers[step.asks or ""])
            assert option is not None
            _answer_with_keys(qtbot, option.id, step.id)
        else:
            focus_settles(qtbot, _named("guideNext"))  # type: ignore[arg-type]
            if step.kind is StepKind.CHECKLIST:
                _tick_first_item_then_next(qtbot)
            else:
                press(qtbot, Key.Key_Return)
        assert guide.step.id != shown[-1], f"the keys did not move on from {shown[-1]}"
        shown.append(guide.step.id)
    return shown


@pytest.mark.parametrize(
    ("answers", "must_see", "never_see"),
    [
        (ADULT_WHO_PAID, {"paid_stop", "evidence", "removal_adult", "money"}, {"evidence_under18"}),
        (
            UNDER_18_IN_CONTACT,
            {"stop_talking", "evidence_under18", "removal_child"},
            {"removal_adult", "money"},
        ),
    ],
    ids=["adult who paid", "under 18 still in contact"],
)
def test_a_whole_route_by_keyboard(
    qtbot: QtBot,
    harbour: HarbourApp,
    answers: Mapping[str, str],
    must_see: set[str],
    never_see: set[str],
) -> None:
    shown = walk_with_keys(qtbot, harbour, answers)
    assert shown[-1] == "end"
    assert must_see <= set(shown) and not never_see & set(shown)
    guide = harbour.controller.guide
    checklists = [s for s in shown if guide.flow.steps[s].kind is StepKind.CHECKLIST]
    assert all(guide.state.ticked(s) for s in checklists), "each checklist got a tick by keyboard"
    focus_settles(qtbot, _named("guideRestart"))  # type: ignore[arg-type]


def test_back_keys_and_esc_is_only_quick_exit(qtbot: QtBot, harbour: HarbourApp) -> None:
    guide = harbour.controller.guide
    _answer_with_keys(qtbot, "safe", "safe_now")
    _answer_with_keys(qtbot, "recording", "threat")
    assert guide.step.id == "age"
    press(qtbot, Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert guide.step.id == "threat"
    focus_settles(qtbot, _named("option_recording"))  # type: ignore[arg-type]
    press(qtbot, Key.Key_Backspace)
    assert guide.step.id == "safe_now"
    assert "Esc" not in page_of(harbour).steps.back_button.accessibleName()
    _answer_with_keys(qtbot, "safe", "safe_now")
    focus_settles(qtbot, _named("option_recording"))  # type: ignore[arg-type]
    with qtbot.waitSignal(harbour.controller.quickExitRequested, timeout=2000):
        press(qtbot, Key.Key_Escape)
    assert guide.step.id == "threat", "Esc is Quick exit, never Back"
    assert not harbour.window.isVisible()


def test_show_me_everything_and_back_by_keyboard(qtbot: QtBot, harbour: HarbourApp) -> None:
    guide = harbour.controller.guide
    page = page_of(harbour)
    _answer_with_keys(qtbot, "safe", "safe_now")
    press_until(qtbot, Key.Key_Backtab, _named("guideShowEverything"))  # type: ignore[arg-type]
    press(qtbot, Key.Key_Space)
    assert not guide.panic_mode
    assert page.overview.isVisible()
    assert harbour.session.settings.panic_mode is False, "the choice is remembered"
    first_row: QWidget = press_until(
        qtbot, Key.Key_Tab, lambda w: w.objectName().startswith("stopToggle_")
    )
    press(qtbot, Key.Key_Space)
    step_id = first_row.objectName().removeprefix("stopToggle_")
    press_until(qtbot, Key.Key_Tab, _named(f"stopOpen_{step_id}"))  # type: ignore[arg-type]
    press(qtbot, Key.Key_Return)
    assert guide.panic_mode and page.steps.isVisible()
    assert guide.step.id in {step_id, "threat"}, "it goes there, or stops at a question on the way"
