"""A real Harbour with a real vault (created with the real keyring) and an open case."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from core.policy import Policy
from tests.ui.conftest import harbour, make_harbour
from ui.app import HarbourApp

__all__ = ["diary_app", "harbour", "make_diary_app", "make_harbour"]


@pytest.fixture
def make_diary_app(
    qtbot: QtBot, make_harbour: Callable[..., HarbourApp]
) -> Callable[..., HarbourApp]:
    """Build a Harbour whose diary exists and is unlocked, with a case of ``age`` ("adult")."""

    def build(policy: Policy | None = None, age: str | None = "adult") -> HarbourApp:
        harbour = make_harbour(policy)
        controller = harbour.controller
        controller.set_age_group(age)
        with qtbot.waitSignal(controller.vaultCreated, timeout=20_000):
            controller.create_vault(use_keyring=True, passphrase=None)
        controller.diary.ensure_case()
        return harbour

    return build


@pytest.fixture
def diary_app(make_diary_app: Callable[..., HarbourApp]) -> HarbourApp:
    """An adult's unlocked diary with one case."""
    return make_diary_app()
