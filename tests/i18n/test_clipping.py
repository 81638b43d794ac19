"""Every screen in the pseudolocale, at normal and 1.5x text: nothing is cut off or pushed out.

The pseudolocale's words are about 40 % longer than English and fenced in brackets, so a label,
button or page that only just fits in English shows here. Screens are the guide's (walked as its
own test walks them) and every screen around it (``ui.tour_screens``, as the tour shows them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from core.policy import Mode, Policy
from tests.guide_ui.helpers import clipped_widgets
from tests.guide_ui.test_every_screen import every_screen
from ui.app import HarbourApp
from ui.tour_screens import around_the_guide, screen_names

WINDOW = QSize(1000, 700)  # the size tests.ui.conftest gives the window


def all_screens(app: HarbourApp) -> Iterator[tuple[str, QWidget]]:
    """Every screen of ``app``'s mode, each while it is on show, with the widget to check."""
    for step in every_screen(app):
        yield f"guide: {step}", app.window
    yield from around_the_guide(app)


def pushed_out(app: HarbourApp, widget: QWidget) -> list[str]:
    """The window grew past the size it was given, or a dialog is larger than the screen:
    either way part of it would be off a real screen of that size."""
    if widget is app.window:
        grown = widget.size().expandedTo(widget.minimumSizeHint())
        return [] if grown == WINDOW else [f"the window needs {grown.toTuple()}"]
    screen = widget.screen().availableGeometry().size()
    needed = widget.size().expandedTo(widget.minimumSizeHint())
    fits = needed.width() <= screen.width() and needed.height() <= screen.height()
    return [] if fits else [f"the dialog needs {needed.toTuple()} on {screen.toTuple()}"]


@pytest.mark.parametrize("mode", [Mode.VICTIM, Mode.SCHOOL, Mode.HELPLINE])
@pytest.mark.parametrize("text_scale", [1.0, 1.5], indirect=True, ids=["normal", "bigger"])
def test_nothing_is_cut_off_on_any_screen(
    pseudo: Path, text_scale: float, make_app: Callable[..., HarbourApp], mode: Mode
) -> None:
    app = make_app(policy=Policy(mode=mode))
    problems: dict[str, list[str]] = {}
    names = []
    for name, widget in all_screens(app):
        names.append(name)
        found = clipped_widgets(widget) + pushed_out(app, widget)
        if found:
            problems[name] = found
    assert problems == {}
    assert names[-len(screen_names(mode)) :] == list(screen_names(mode))
