"""The pages the main window can show, described as data so features register themselves."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from ui.controller import Controller


@dataclass(frozen=True)
class PageSpec:
    """One page: its id, icon, translated title and how to build it."""

    page_id: str
    icon: str
    title: Callable[[], str]
    build: Callable[[Controller], QWidget]
    needs_vault: bool = False
