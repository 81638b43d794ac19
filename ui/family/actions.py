"""The guide's "Help me tell family or friends" button opens the family page (no diary needed)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.actions import Handler
    from ui.shell.main_window import MainWindow

FAMILY_PAGE = "family"


def open_family(window: MainWindow, prefill: Mapping[str, str]) -> None:
    """Show the family page; it works without a diary."""
    window.show_page(FAMILY_PAGE)


def register_family_actions(register: Callable[[str, Handler], None]) -> None:
    """Register the family page's guide action."""
    register("family.prepare", open_family)
