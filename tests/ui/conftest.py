"""A real Harbour (controller, main window, theme) in a temporary profile, offscreen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from core.policy import Policy
from ui.app import HarbourApp


@pytest.fixture
def make_harbour(qtbot: QtBot, data_dir: Path) -> Iterator[Callable[..., HarbourApp]]:
    """Build a HarbourApp for the test's profile with a given policy; shut down afterwards."""
    made: list[HarbourApp] = []

    def build(policy: Policy | None = None, profile: Path | None = None) -> HarbourApp:
        app = HarbourApp(profile or data_dir, policy or Policy())
        qtbot.addWidget(app.window)
        app.window.resize(1000, 700)
        with qtbot.waitActive(app.window):
            app.window.show()
            app.window.activateWindow()
        made.append(app)
        return app

    yield build
    for app in made:
        app.controller.translations.clear()  # later tests see Harbour's own English
    QCoreApplication.processEvents()  # pages re-word while the diary is still open
    for app in made:
        app.shutdown()


@pytest.fixture
def harbour(make_harbour: Callable[..., HarbourApp]) -> HarbourApp:
    """A HarbourApp with the default policy."""
    return make_harbour()
