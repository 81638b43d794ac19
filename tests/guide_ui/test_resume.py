"""The walk is kept inside the diary once there is one, and picked up again after a restart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from core.session import VaultState
from core.vault import Method
from tests.guide_ui.conftest import ADULT_WHO_PAID, page_of, walk_until
from tests.leaks import encodings_of, find_in_files
from tests.ui.test_shell import _create_with_keyring
from ui.app import HarbourApp

# Step and item ids that exist only in the saved walk: they show the person's situation.
CANARIES = ["paid_stop", "stay_silent", "delete_nothing", "keep_account", '"ticks"']


def test_the_walk_resumes_after_a_restart_and_is_kept_encrypted(
    qtbot: QtBot, make_harbour: Callable[..., HarbourApp], data_dir: Path
) -> None:
    first = make_harbour()
    guide = first.controller.guide
    walk_until(guide, ADULT_WHO_PAID, "evidence")
    guide.tick("delete_nothing", True)
    assert list(data_dir.iterdir()) == []
    _create_with_keyring(qtbot, first)  # the diary is made on the first save
    assert first.controller.vault_state is VaultState.UNLOCKED
    guide.next()
    guide.tick("keep_account", True)
    assert guide.step.id == "block_report"
    first.window.close()
    first.shutdown()
    assert find_in_files([data_dir], encodings_of(CANARIES)) == [], "nothing in clear on disk"

    second = make_harbour()
    resumed = second.controller.guide
    assert resumed.step.id == "safe_now", "before unlocking, nothing is read"
    steps = page_of(second).steps
    assert steps.resume_offer.isVisible(), "the first screen offers to carry on"
    with qtbot.waitSignal(resumed.resumed, timeout=10_000):
        second.controller.unlock(Method.KEYRING)
    assert resumed.step.id == "block_report"
    assert resumed.state.ticked("evidence") == {"delete_nothing"}
    assert resumed.state.ticked("block_report") == {"keep_account"}
    assert second.controller.age_group == "adult"
    assert "where you left off" in steps.status.text()
    assert not steps.resume_offer.isVisible()


def test_a_longer_walk_in_this_session_is_kept_over_the_saved_one(
    qtbot: QtBot, make_harbour: Callable[..., HarbourApp], data_dir: Path
) -> None:
    first = make_harbour()
    _create_with_keyring(qtbot, first)
    walk_until(first.controller.guide, ADULT_WHO_PAID, "paid")
    first.window.close()
    first.shutdown()

    second = make_harbour()
    guide = second.controller.guide
    walk_until(guide, ADULT_WHO_PAID, "evidence")  # further than the saved walk
    with qtbot.waitSignal(second.controller.vaultStateChanged, timeout=10_000):
        second.controller.unlock(Method.KEYRING)
    assert guide.step.id == "evidence"
    second.window.close()
    second.shutdown()

    third = make_harbour()
    with qtbot.waitSignal(third.controller.guide.resumed, timeout=10_000):
        third.controller.unlock(Method.KEYRING)
    assert third.controller.guide.step.id == "evidence", "and it was saved in its place"
