"""Walking a flow with someone: the route with what is done, and the current step with its
answers or checklist. Used for the guide in a helpline call and the school lead's steps.

The walker only shows a ``FlowState`` and reports what staff pressed; its owner moves the state,
records the move, and calls ``show`` again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.content.catalog import Catalog
from core.flow.model import StepKind
from core.flow.state import FlowState
from ui.widgets.accessible import named, show_text
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel
from ui.widgets.sizing import scrolling
from ui.widgets.wrapping import WrapButton, WrapCheckBox

DONE_MARK, CURRENT_MARK, OPEN_MARK = "✓", "▶", "○"


class FlowWalker(FollowsLanguage, QWidget):
    """The route beside the current step; buttons for answers, boxes for checklist items."""

    answered = Signal(str)  # option id
    ticked = Signal(str, bool)  # item id, done
    advanced = Signal()
    wentBack = Signal()

    def __init__(
        self, name: str, services_text: Callable[[str], str], with_reason: bool = False
    ) -> None:
        super().__init__()
        named(self, name)
        self.services_text = services_text
        self.route = named(QListWidget(), f"{name}Route")
        self.route.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.route.setWordWrap(True)
        self.route.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.title = SafeLabel(name=f"{name}Title")
        scaled(self.title, 1.2, bold=True)
        self.body = SafeLabel(name=f"{name}Body")
        self.notes = SafeLabel(name=f"{name}Notes")
        self.services = SafeLabel(name=f"{name}Services")
        self.services.setProperty("role", "hint")
        self.choices = QVBoxLayout()
        self.reason = named(QLineEdit(), f"{name}Reason")
        self.reason.setVisible(with_reason)
        self.back_button = named(QPushButton(), f"{name}Back")
        self.next_button = named(QPushButton(), f"{name}Next")
        self.next_button.setProperty("primary", True)
        self.back_button.clicked.connect(self.wentBack)
        self.next_button.clicked.connect(self.advanced)

        step_column = QVBoxLayout()
        for widget in (self.title, self.body, self.notes, self.services):
            step_column.addWidget(widget)
        step_column.addLayout(self.choices)
        step_column.addWidget(self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        step_column.addLayout(buttons)
        step_column.addStretch(1)
        step = QWidget()
        step.setLayout(step_column)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.route, 1)
        row.addWidget(scrolling(step), 2)
        self._state: FlowState | None = None
        self._catalog: Catalog | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        show_text(self.route, self.tr("Steps on this route"))
        show_text(
            self.reason, self.tr("Reason or reference for the next answer or tick (optional)")
        )
        show_text(self.back_button, self.tr("Back"))
        show_text(self.next_button, self.tr("Next step"))
        if self._state is not None and self._catalog is not None:
            self.display(self._state, self._catalog)

    def take_reason(self) -> str | None:
        """The reason typed for this move, cleared for the next one."""
        text = self.reason.text().strip()
        self.reason.clear()
        return text or None

    def display(self, state: FlowState, catalog: Catalog) -> None:
        """Show ``state``'s route and current step."""
        self._state, self._catalog = state, catalog
        t = catalog.text
        self.route.clear()
        for stop in state.route():
            mark = CURRENT_MARK if stop.current else DONE_MARK if stop.done else OPEN_MARK
            item = QListWidgetItem(f"{mark} {t(stop.step.text.title)}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.route.addItem(item)
        view = state.view()
        step = view.step
        self.title.setText(t(step.text.title))
        self.body.setText(t(step.text.body).strip())
        self.notes.setText("\n\n".join(t(n.key) for n in view.notes))
        self.notes.setVisible(bool(view.notes))
        lines = [line for c in view.services for line in self.services_text(c).splitlines()]
        services = "\n".join(dict.fromkeys(lines))  # a service in two categories shows once
        self.services.setText(services)
        self.services.setVisible(bool(services))
        self._show_choices(state, catalog)
        self.back_button.setEnabled(state.can_go_back)
        self.next_button.setVisible(step.kind in (StepKind.INFO, StepKind.CHECKLIST))

    def _show_choices(self, state: FlowState, catalog: Catalog) -> None:
        while self.choices.count():
            taken = self.choices.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        view = state.view()
        for option in view.step.options:
            button = WrapButton(name=f"{self.objectName()}Option_{option.id}")
            show_text(button, catalog.text(option.key))
            button.clicked.connect(lambda _=False, oid=option.id: self.answered.emit(oid))
            self.choices.addWidget(button)
        for item in view.items:
            box = WrapCheckBox(name=f"{self.objectName()}Item_{item.id}")
            show_text(box, catalog.text(item.key))
            box.setChecked(item.id in view.ticked)
            box.clicked.connect(lambda done, iid=item.id: self.ticked.emit(iid, done))
            self.choices.addWidget(box)
