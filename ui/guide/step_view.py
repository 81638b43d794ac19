"""Panic mode: one calm instruction per screen, in large text, with Back and Next."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from core.flow.model import ActionRef, StepKind
from ui.guide.breathing import BreathingGuide
from ui.guide.controller import GuideController
from ui.guide.first_screen import RegionLine, ResumeOffer
from ui.guide.sections import (
    PlatformNotes,
    ScrollContent,
    ServicesBox,
    action_buttons,
    clear,
    discarded,
    scroller,
)
from ui.vault.messages import vault_message
from ui.widgets.accessible import named, show_text
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel
from ui.widgets.wrapping import WrapButton, WrapCheckBox

BREATHE_STEP = "breathe"


class StepView(FollowsLanguage, QWidget):
    """The current step: its short line very large, then the body, options or checklist,
    services, app notes and buttons; "Step N of M"; Back and Next (Alt+Left or Backspace go
    back; Esc is never used here, because it is Quick exit)."""

    overviewRequested = Signal()
    unlockRequested = Signal()

    def __init__(
        self,
        guide: GuideController,
        available: Callable[[str], bool],
        run: Callable[[ActionRef], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        named(self, "guideStepView")
        self.guide = guide
        self._available = available
        self._run = run
        self._shown_step: str | None = None
        self._status_code = ""  # "resumed", or a vault error code after a failed save

        self.position = SafeLabel(name="guidePosition")
        self.position.setProperty("role", "hint")
        self.overview_button = WrapButton(name="guideShowEverything")
        self.overview_button.clicked.connect(self.overviewRequested)
        top = QHBoxLayout()
        top.addWidget(self.position, 1)
        top.addWidget(self.overview_button)

        self.region = RegionLine(guide.controller)
        self.resume_offer = ResumeOffer()
        self.resume_offer.unlockRequested.connect(self.unlockRequested)
        self.status = SafeLabel(name="guideStatus")
        self.short = SafeLabel(name="guideShort")
        scaled(self.short, 1.9, bold=True)
        settings = guide.controller.session.settings
        self.breathing = BreathingGuide(guide.text, still=settings.reduced_motion)
        guide.controller.settingsChanged.connect(self._settings_changed)
        self.body = SafeLabel(name="guideBody")
        scaled(self.body, 1.15)
        self.notes = QVBoxLayout()
        self.more_button = WrapButton(name="guideTellMeMore")
        self.more_button.setCheckable(True)
        self.more_button.setFlat(True)
        self.more_button.toggled.connect(self._toggle_more)
        self.more = SafeLabel(name="guideMore")
        scaled(self.more, 1.1)
        self.choices = QVBoxLayout()
        self.option_group = QButtonGroup(self)
        self.checklist = QVBoxLayout()
        self.platform_notes = PlatformNotes(guide)
        self.services = ServicesBox(guide)
        self.actions_heading = SafeLabel(name="guideActionsHeading")
        scaled(self.actions_heading, 1.1, bold=True)
        self.action_list = QVBoxLayout()

        content = ScrollContent()
        content.setObjectName("guideStepContent")
        column = QVBoxLayout(content)
        column.setSpacing(14)
        column.addWidget(self.region)
        column.addWidget(self.resume_offer)
        column.addWidget(self.status)
        column.addWidget(self.short)
        column.addWidget(self.breathing)
        column.addWidget(self.body)
        column.addLayout(self.notes)
        column.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.more)
        column.addLayout(self.choices)
        column.addLayout(self.checklist)
        column.addWidget(self.platform_notes)
        column.addWidget(self.services)
        column.addWidget(self.actions_heading)
        column.addLayout(self.action_list)
        column.addStretch(1)
        self.scroller = scroller("guideStepScroll", content)

        self.back_button = WrapButton(name="guideBack")
        self.back_button.clicked.connect(guide.back)
        self.restart_button = WrapButton(name="guideRestart")
        self.restart_button.clicked.connect(guide.restart)
        self.next_button = WrapButton(name="guideNext")
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(guide.next)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.restart_button)
        bottom.addWidget(self.next_button)

        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.scroller, 1)
        outer.addLayout(bottom)
        for keys in (QKeySequence("Alt+Left"), QKeySequence(Qt.Key.Key_Backspace)):
            shortcut = QShortcut(keys, self, guide.back)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        guide.resumed.connect(lambda: self._set_status("resumed"))
        guide.saveFailed.connect(self._set_status)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language and redraw the step."""
        show_text(
            self.overview_button,
            self.tr("Show me everything"),
            "",
            self.tr("See every step at once, as a checklist"),
        )
        show_text(self.back_button, self.tr("Back"), self.tr("Back (Alt+Left)"))
        show_text(self.next_button, self.tr("Next"))
        show_text(self.restart_button, self.tr("Start again"), self.tr("Start the guide again"))
        self.actions_heading.setText(self.tr("You can also"))
        self.redraw()

    # --- drawing the step ----------------------------------------------------------------------

    def redraw(self, focus: bool = False) -> None:
        """Show the guide's current step; focus its first control when it is new (or asked)."""
        guide, view = self.guide, self.guide.view()
        step = view.step
        focused = QApplication.focusWidget()
        keep = focused.objectName() if focused and self.isAncestorOf(focused) else ""
        moved = step.id != self._shown_step
        if moved and self._shown_step is not None:
            self._status_code = ""
        self._shown_step = step.id
        first = guide.is_first_screen
        self.region.setVisible(first)
        self.resume_offer.setVisible(first and guide.can_resume)
        self._show_position()
        self.short.setText(guide.text(step.text.short))
        self.breathing.setVisible(step.id == BREATHE_STEP)
        self.body.setText(guide.text(step.text.body))
        clear(self.notes)
        for note in view.notes:
            label = SafeLabel(guide.text(note.key), name=f"guideNote_{note.id}")
            label.setProperty("role", "note")
            scaled(label, 1.1, bold=True)
            self.notes.addWidget(label)
        self.more_button.setVisible(step.text.more is not None)
        self.more.setText(guide.text(step.text.more) if step.text.more else "")
        if moved:
            self.more_button.setChecked(False)
        self._toggle_more(self.more_button.isChecked())
        focusable: list[QWidget] = [*self._show_options(), *self._show_checklist()]
        self.platform_notes.show_platforms(guide.platforms())
        self.services.show_services(guide.services())
        clear(self.action_list)
        buttons = action_buttons(guide, view.actions, self._available, self._run)
        for button in buttons:
            self.action_list.addWidget(button)
        self.actions_heading.setVisible(bool(buttons))
        self.back_button.setVisible(guide.can_go_back)
        self.next_button.setVisible(step.kind in (StepKind.INFO, StepKind.CHECKLIST))
        self.restart_button.setVisible(step.kind is StepKind.END)
        self._show_status()
        self._chain_focus(focusable, buttons)
        if moved:
            self.scroller.verticalScrollBar().setValue(0)
            self._announce(f"{self.position.text()}. {self.short.text()}")
        if moved or focus:
            option = focusable[0] if step.kind is StepKind.QUESTION else None
            shown_next = self.next_button if self.next_button.isVisibleTo(self) else None
            self._focus_later((option or shown_next or self.restart_button).objectName())
        elif keep:
            self._focus_later(keep)

    def _focus_later(self, name: str, tries: int = 20) -> None:
        """Focus the widget called ``name`` once it is on screen in an active window (looked up
        each time, because another redraw may have replaced it meanwhile)."""

        def focus() -> None:
            found = [w for w in self.findChildren(QWidget, name) if not discarded(w)]
            widget = found[0] if found else self.overview_button
            ready = widget.isVisible() and widget.isActiveWindow()
            if ready or tries == 0:  # at the last try Qt gives it the focus once it can
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            elif self.isVisible():
                self._focus_later(name, tries - 1)

        QTimer.singleShot(0, self, focus)

    def _announce(self, message: str) -> None:
        """Tell a screen reader the new step, since the focus lands on its first control."""
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.short, message))

    def _show_position(self) -> None:
        guide = self.guide
        where = guide.progress()
        position = where.position
        if guide.step.kind is StepKind.QUESTION:
            position = min(position + 1, where.total)  # a question belongs to the step it leads to
        self.position.setText(
            self.tr("Step %1 of %2")
            .replace("%1", str(max(position, 1)))
            .replace("%2", str(where.total))
        )

    def _show_options(self) -> list[WrapButton]:
        clear(self.choices)
        for button in self.option_group.buttons():
            self.option_group.removeButton(button)
        step = self.guide.step
        buttons = []
        for option in step.options if step.kind is StepKind.QUESTION else ():
            button = WrapButton(name=f"option_{option.id}")
            show_text(button, self.guide.text(option.key))
            scaled(button, 1.25)
            button.setProperty("option", True)
            button.clicked.connect(lambda _=False, o=option.id: self.guide.answer(o))
            self.option_group.addButton(button)
            self.choices.addWidget(button)
            buttons.append(button)
        return buttons

    def _show_checklist(self) -> list[WrapCheckBox]:
        clear(self.checklist)
        ticked = self.guide.view().ticked
        boxes = []
        for item in self.guide.items(self.guide.step):
            box = WrapCheckBox(name=f"item_{item.id}")
            show_text(box, self.guide.text(item.key))
            scaled(box, 1.1)
            box.setChecked(item.id in ticked)
            box.toggled.connect(lambda done, i=item.id: self.guide.tick(i, done))
            self.checklist.addWidget(box)
            boxes.append(box)
        return boxes

    def _chain_focus(self, focusable: Sequence[QWidget], actions: Sequence[QWidget]) -> None:
        """Tab follows the screen from top to bottom, whatever was rebuilt. The scroll area
        comes first, so the arrow keys can scroll a long step before any control is reached."""
        order: list[QWidget] = [
            self.overview_button,
            self.scroller,
            self.region.change_button,
            self.region.chooser,
            self.resume_offer.unlock_button,
            self.breathing.skip_button,
            self.breathing.again_button,
            self.more_button,
            *focusable,
            self.platform_notes.picker,
            *actions,
            self.back_button,
            self.restart_button,
            self.next_button,
        ]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

    def _settings_changed(self) -> None:
        still = self.guide.controller.session.settings.reduced_motion
        if still != self.breathing.still:
            self.breathing.set_still(still)

    def _toggle_more(self, shown: bool) -> None:
        self.more.setVisible(shown and bool(self.more.text()))
        show_text(self.more_button, self.tr("Show less") if shown else self.tr("Tell me more"))

    # --- messages ------------------------------------------------------------------------------

    def _set_status(self, code: str) -> None:
        self._status_code = code
        self._show_status()

    def _show_status(self) -> None:
        code = self._status_code
        if code == "resumed":
            text = self.tr("Welcome back. This is where you left off.")
        elif code:
            text = (
                self.tr("Your place in the guide could not be saved just now.")
                + " "
                + (vault_message(code))
            )
        else:
            text = ""
        self.status.setText(text)
        self.status.setProperty("role", "warning" if code and code != "resumed" else "hint")
        self.status.style().polish(self.status)
        self.status.setVisible(bool(text))
