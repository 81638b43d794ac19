"""The guide page: the first thing a person sees, with no set-up at all.

Two views of the same walk: one step per screen (panic mode, the default) and the whole route
as a checklist. Switching is one click and remembered in settings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from core.flow.model import ActionRef
from ui import actions
from ui.controller import Controller
from ui.guide.overview import OverviewView
from ui.guide.step_view import StepView
from ui.shell.main_window import MainWindow
from ui.widgets.accessible import named

PAGE_ID = "guide"


def page_title() -> str:
    """The guide's name in the navigation."""
    return QCoreApplication.translate("Navigation", "Guide")


class GuidePage(QWidget):
    """Panic mode and "show me everything", over ``controller.guide``."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "guidePage")
        self.controller = controller
        guide = controller.guide
        self.steps = StepView(guide, self._available, self._run)
        self.overview = OverviewView(guide)
        self.stack = named(QStackedWidget(), "guideViews")
        self.stack.addWidget(self.steps)
        self.stack.addWidget(self.overview)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stack)
        self.steps.overviewRequested.connect(lambda: guide.set_panic_mode(False))
        self.steps.unlockRequested.connect(self._unlock)
        self.overview.stepsRequested.connect(lambda: guide.set_panic_mode(True))
        guide.stepChanged.connect(self.redraw)
        guide.panicModeChanged.connect(lambda _on: self.redraw())
        controller.vaultStateChanged.connect(lambda _state: self.redraw())
        self.redraw()

    def main_window(self) -> MainWindow | None:
        """The window this page lives in (None while it is not in one)."""
        window = self.window()
        return window if isinstance(window, MainWindow) else None

    def redraw(self, focus: bool = False) -> None:
        """Show the view the settings ask for, drawn for the current step."""
        if self.controller.guide.panic_mode:
            switching = self.stack.currentWidget() is not self.steps
            self.stack.setCurrentWidget(self.steps)
            self.steps.redraw(focus=focus or switching)
        else:
            focused = self.stack.currentWidget() is not self.overview
            self.stack.setCurrentWidget(self.overview)
            self.overview.redraw()
            if focused or focus:
                self.overview.steps_button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """Redraw when the page comes back (a handler may have been registered meanwhile), and
        put the keyboard on the step's first control."""
        super().showEvent(event)
        self.redraw(focus=True)

    def _available(self, name: str) -> bool:
        return self.main_window() is not None and actions.registry.available(name)

    def _run(self, action: ActionRef) -> None:
        window = self.main_window()
        if window is not None:
            actions.registry.run(window, action.name, self.controller.guide.prefill(action))

    def _unlock(self) -> None:
        window = self.main_window()
        if window is not None:
            window.with_vault(lambda: None)
