""" "Show me everything": the whole route for the person's answers, as a checklist."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from core.flow.state import RouteStop
from ui.guide.controller import GuideController
from ui.guide.sections import ScrollContent, card, clear, scroller
from ui.widgets.accessible import named, show_text
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel
from ui.widgets.wrapping import WrapButton, WrapCheckBox


class StopRow(QWidget):
    """One step of the route: its title and state; opens to its text, ticks and a way in."""

    openRequested = Signal(str)
    expandedChanged = Signal(str, bool)

    def __init__(self, guide: GuideController, stop: RouteStop, expanded: bool) -> None:
        super().__init__()
        self.guide = guide
        self.stop = stop
        step = stop.step
        named(self, f"stop_{step.id}")
        frame, column = card(f"stopCard_{step.id}")
        frame.setProperty("current", stop.current)
        self.toggle = WrapButton(name=f"stopToggle_{step.id}")
        self.toggle.setCheckable(True)
        self.toggle.setFlat(True)
        scaled(self.toggle, 1.15, bold=True)
        self.details: QWidget | None = None  # built when first opened: the list stays light
        self.boxes: list[WrapCheckBox] = []
        self.open_button: WrapButton | None = None
        self.column = column
        column.addWidget(self.toggle)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.toggle.setChecked(expanded)
        if expanded:
            self._build_details()
        self.toggle.toggled.connect(self._expand)
        self.retranslate()

    def _build_details(self) -> None:
        guide, stop, step = self.guide, self.stop, self.stop.step
        self.details = QWidget()
        inner = QVBoxLayout(self.details)
        inner.setContentsMargins(8, 0, 0, 0)
        inner.addWidget(SafeLabel(guide.text(step.text.body), name=f"stopBody_{step.id}"))
        for note in guide.notes(step):
            label = SafeLabel(guide.text(note.key), name=f"stopNote_{step.id}_{note.id}")
            scaled(label, 1.0, bold=True)
            inner.addWidget(label)
        for item in guide.items(step):
            box = WrapCheckBox(name=f"stopItem_{step.id}_{item.id}")
            show_text(box, guide.text(item.key))
            box.setChecked(item.id in stop.ticked)
            box.toggled.connect(lambda done, i=item.id: self._tick(i, done))
            inner.addWidget(box)
            self.boxes.append(box)
        self.open_button = WrapButton(name=f"stopOpen_{step.id}")
        self.open_button.clicked.connect(lambda: self.openRequested.emit(step.id))
        inner.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.column.addWidget(self.details)

    def focus_chain(self) -> list[QWidget]:
        """The row's controls in Tab order."""
        extra: list[QWidget] = [*self.boxes, self.open_button] if self.open_button else []
        return [self.toggle, *extra]

    def retranslate(self) -> None:
        """Set the row's texts: title, state and how many items are ticked."""
        stop, step = self.stop, self.stop.step
        title = self.guide.text(step.text.title)
        if stop.current:
            state = self.tr("You are here")
        elif stop.done:
            state = self.tr("Done")
        else:
            state = ""
        items = self.guide.items(step)
        ticked = sum(item.id in self.stop.ticked for item in items)
        parts = [title]
        if state:
            parts.append(state)
        if items:
            parts.append(
                self.tr("%1 of %2 ticked").replace("%1", str(ticked)).replace("%2", str(len(items)))
            )
        mark = "✓ " if stop.done else ("➜ " if stop.current else "")
        show_text(self.toggle, mark + " · ".join(parts), ", ".join(parts))
        self.toggle.setAccessibleDescription(
            self.tr("Hide the details") if self.toggle.isChecked() else self.tr("Show the details")
        )
        if self.open_button is not None:
            show_text(
                self.open_button,
                self.tr("Go to this step"),
                self.tr("Go to this step: %1").replace("%1", title),
            )

    def _tick(self, item_id: str, done: bool) -> None:
        self.guide.tick(item_id, done, self.stop.step.id)
        self.stop = replace(self.stop, ticked=self.guide.state.ticked(self.stop.step.id))
        self.retranslate()

    def _expand(self, shown: bool) -> None:
        if shown and self.details is None:
            self._build_details()
            self.retranslate()
        if self.details is not None:
            self.details.setVisible(shown)
        self.retranslate()
        self.expandedChanged.emit(self.stop.step.id, shown)


class OverviewView(FollowsLanguage, QWidget):
    """Every main step of the route, in order; the current one opened."""

    stepsRequested = Signal()

    def __init__(self, guide: GuideController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "guideOverview")
        self.guide = guide
        self.expanded: dict[str, bool] = {}
        self.heading = SafeLabel(name="overviewHeading")
        scaled(self.heading, 1.6, bold=True)
        self.steps_button = WrapButton(name="guideOneStep")
        self.steps_button.clicked.connect(self.stepsRequested)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.steps_button)
        self.explain = SafeLabel(name="overviewExplain")
        self.explain.setProperty("role", "hint")
        self.rows = QVBoxLayout()
        content = ScrollContent()
        column = QVBoxLayout(content)
        column.addLayout(self.rows)
        column.addStretch(1)
        self.scroller = scroller("overviewScroll", content)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.explain)
        outer.addWidget(self.scroller, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language and redraw the list."""
        self.heading.setText(self.tr("Everything, in order"))
        show_text(
            self.steps_button,
            self.tr("One step at a time"),
            "",
            self.tr("Show one calm step per screen"),
        )
        self.explain.setText(
            self.tr(
                "These are the steps for your answers so far. Tick what you have done. "
                "Open any step to read it, or go to it. Steps after a question you have not "
                "answered yet may change."
            )
        )
        self.redraw()

    def redraw(self) -> None:
        """Rebuild the list for the current route."""
        clear(self.rows)
        for stop in self.guide.route():
            expanded = self.expanded.get(stop.step.id, stop.current)
            row = StopRow(self.guide, stop, expanded)
            row.openRequested.connect(self.guide.go_to)
            row.expandedChanged.connect(self._remember)
            row.expandedChanged.connect(lambda _id, _shown: self._chain_focus())
            self.rows.addWidget(row)
            if stop.current:
                QTimer.singleShot(0, row, lambda r=row: self.scroller.ensureWidgetVisible(r, 0, 0))
        self._chain_focus()

    def _chain_focus(self) -> None:
        """Tab goes down the list, through each opened step's ticks and its button."""
        previous: QWidget = self.steps_button
        for row in self.findChildren(StopRow):
            if not row.isHidden():
                for widget in row.focus_chain():
                    QWidget.setTabOrder(previous, widget)
                    previous = widget

    def _remember(self, step_id: str, shown: bool) -> None:
        self.expanded[step_id] = shown
