"""Dialogs with a Quick exit button, because every screen needs one."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from ui.controller import Controller
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.quick_exit import QuickExitButton


class HarbourDialog(FollowsLanguage, QDialog):
    """A dialog whose top row holds Quick exit; put content in ``self.body``."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addStretch(1)
        self.quick_exit_button = QuickExitButton(controller, self)
        top.addWidget(self.quick_exit_button)
        outer.addLayout(top)
        self.body = QVBoxLayout()
        outer.addLayout(self.body)
