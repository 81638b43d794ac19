"""Guide buttons that open the texts page: "Write a report for the app", "… for your bank"."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.actions import Handler
    from ui.shell.main_window import MainWindow
    from ui.texts.page import TextsPage

TEXTS_PAGE = "texts"


def _texts_page(window: MainWindow) -> TextsPage:
    from ui.texts.page import TextsPage

    window.show_page(TEXTS_PAGE)
    page = window.page(TEXTS_PAGE)
    assert isinstance(page, TextsPage)
    return page


def open_platform_text(window: MainWindow, prefill: Mapping[str, str]) -> None:
    """Open the app-or-site tab (on the platform the guide step was about, if any)."""
    window.with_vault(lambda: _texts_page(window).show_platform(prefill.get("platform")))


def open_bank_text(window: MainWindow, prefill: Mapping[str, str]) -> None:
    """Open the payment tab on the service of the latest payment in the diary."""
    window.with_vault(lambda: _texts_page(window).show_payment())


def register_texts_actions(register: Callable[[str, Handler], None]) -> None:
    """Register the texts page's guide actions."""
    register("reports.platform_text", open_platform_text)
    register("reports.bank_text", open_bank_text)
