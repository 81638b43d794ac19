"""The pseudolocale bundle (built once per run), Harbour running from it, and larger text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from core.policy import Policy
from core.settings import Settings, save_settings
from tests.ui.conftest import harbour, make_harbour
from ui.app import HarbourApp
from ui.pseudolocale import build_pseudo_root, pseudolocale

__all__ = ["harbour", "make_harbour"]


@pytest.fixture(scope="session")
def pseudo_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pseudolocale bundle: en-GB as the pseudolocale, every real catalogue compiled."""
    return build_pseudo_root(tmp_path_factory.mktemp("pseudo-bundle"))


@pytest.fixture
def pseudo(pseudo_root: Path) -> Iterator[Path]:
    """Harbour reads its wording from the pseudolocale bundle while the test runs."""
    with pseudolocale(pseudo_root):
        yield pseudo_root


@pytest.fixture(autouse=True)
def _forget_closed_windows() -> None:
    """Delete the windows earlier tests closed, so style sheets are not applied to them too."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def make_app(data_dir: Path, make_harbour: Callable[..., HarbourApp]) -> Callable[..., HarbourApp]:
    """A Harbour in ``language`` and ``region`` (saved as the person's choice) and ``policy``."""

    def build(
        language: str = "en-GB", region: str = "uk", policy: Policy | None = None
    ) -> HarbourApp:
        save_settings(data_dir, Settings(language=language, region=region))
        return make_harbour(policy)

    return build


@pytest.fixture
def text_scale(request: pytest.FixtureRequest) -> Iterator[float]:
    """The system text size times ``request.param`` while the test builds its windows."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * request.param)
    app.setFont(bigger)
    yield float(request.param)
    app.setFont(before)
