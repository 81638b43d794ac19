"""The leak sweep's run: every feature of Harbour driven through its real windows with canaries.

``test_leak_sweep.py`` runs this module with pytest in a child process, in a fresh home under
strace (the name has no ``test_`` prefix, so the suite does not collect it on its own). It
finds its plan from HOME (``tests.leaks.plan``), records every log record and Qt message, and
leaves the canaries it typed in ``captured/`` for the parent to search for. Outside a sweep
every test here is skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from core.paths import default_data_dir
from core.policy import Mode, Policy, load_policy
from tests.leaks.canaries import CanaryBook
from tests.leaks.capture import Recorder
from tests.leaks.drive_diary import fill_the_diary, walk_the_guide
from tests.leaks.drive_evidence import add_the_picture, look_describe_and_export, write_the_report
from tests.leaks.drive_modes import keep_a_school_record, take_a_call
from tests.leaks.drive_texts import (
    lock_unlock_and_quick_exit,
    settings_and_passphrase,
    texts_and_family,
)
from tests.leaks.plan import Plan
from tests.ui.conftest import make_harbour
from ui.app import HarbourApp
from ui.widgets import file_dialogs

__all__ = ["make_harbour"]

PLAN = Plan.from_environment()
pytestmark = pytest.mark.skipif(PLAN is None, reason="runs only inside the leak sweep")


@pytest.fixture(scope="module")
def plan() -> Plan:
    """This sweep's folders and seed."""
    assert PLAN is not None
    return PLAN


@pytest.fixture(scope="module")
def book(plan: Plan) -> Iterator[CanaryBook]:
    """The canaries typed in this run, written for the parent when the module ends."""
    made = plan.book()
    yield made
    made.save(plan.captured / "canaries.json")


@pytest.fixture(scope="module", autouse=True)
def recorded(plan: Plan) -> Iterator[Recorder]:
    """Everything logged and every Qt message, written for the parent when the module ends."""
    recorder = Recorder()
    recorder.start()
    yield recorder
    recorder.stop(plan.captured / "messages.txt")


@pytest.fixture(scope="module", autouse=True)
def qt_settings_seen(plan: Plan) -> Iterator[None]:
    """What Qt's own settings file held each time a file dialog closed, before Harbour erased
    the dialog's history: it was on disk then, so nothing typed or chosen may be in it."""
    seen = plan.captured / "qt-settings-seen.txt"
    erase = file_dialogs.forget_dialog_history

    def look_then_erase() -> None:
        path = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
        with seen.open("a", encoding="utf-8") as out:
            out.write(f"--- {path}\n" + (path.read_text("utf-8") if path.exists() else ""))
        erase()

    file_dialogs.forget_dialog_history = look_then_erase
    yield
    file_dialogs.forget_dialog_history = erase


def test_a_person_uses_every_feature(
    qtbot: QtBot, make_harbour: Callable[..., HarbourApp], plan: Plan, book: CanaryBook
) -> None:
    assert default_data_dir() == plan.victim, "the person's profile is in the default place"
    app = make_harbour(Policy(), plan.victim)
    walk_the_guide(qtbot, app, book)
    fill_the_diary(qtbot, app, book)
    add_the_picture(qtbot, app, plan)
    look_describe_and_export(qtbot, app, plan, book)
    write_the_report(qtbot, app, plan, book)
    texts_and_family(qtbot, app, plan, book)
    passphrase = settings_and_passphrase(qtbot, app, book)
    lock_unlock_and_quick_exit(qtbot, app, passphrase)


def test_a_helpline_takes_a_call(
    qtbot: QtBot, make_harbour: Callable[..., HarbourApp], plan: Plan, book: CanaryBook
) -> None:
    policy = load_policy(plan.policies[0])
    assert policy.mode == Mode.HELPLINE and not policy.keyring_allowed
    take_a_call(qtbot, make_harbour(policy, plan.helpline), book)


def test_a_school_keeps_and_purges_a_record(
    qtbot: QtBot, make_harbour: Callable[..., HarbourApp], plan: Plan, book: CanaryBook
) -> None:
    policy = load_policy(plan.policies[1])
    assert policy.mode == Mode.SCHOOL
    keep_a_school_record(qtbot, make_harbour(policy, plan.school), plan, book)
