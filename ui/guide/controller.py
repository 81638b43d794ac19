"""The guide's controller (``controller.guide``): the person's walk through the calm guide.

It owns the ``FlowState`` (context: region and mode), and every move the page makes goes through
it. Before a diary exists the walk lives in memory only, because it reveals the person's
situation; once the diary is unlocked, every change is saved inside it, and the first unlock of a
session carries on from the saved walk (unless this session's walk has gone further).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from core.content.platforms import Platform, load_platforms
from core.content.region_model import Service
from core.flow import progress
from core.flow.actions import ACTIONS
from core.flow.loader import load_bundled
from core.flow.model import ActionRef, Flow, Shown, Step, StepKind
from core.flow.state import FlowState, Progress, RouteStop, StepView
from core.session import VaultState
from core.vault.database import transaction
from core.vault.errors import VaultError

if TYPE_CHECKING:
    from core.vault.migrations import Connection
    from ui.controller import Controller

FLOW_ID = "guide"


class GuideController(QObject):
    """The walk through the guide, its view mode, and where it is kept.

    Signals: ``stepChanged`` (re-read ``view()``, ``progress()``, ``route()``), ``ticksChanged``,
    ``panicModeChanged(bool)``, ``resumed`` (a walk saved in the diary was picked up again) and
    ``saveFailed(code)`` (the walk goes on in memory; ``code`` is a vault error code).
    """

    stepChanged = Signal()
    ticksChanged = Signal()
    panicModeChanged = Signal(bool)
    resumed = Signal()
    saveFailed = Signal(str)

    def __init__(self, controller: Controller, flow: Flow | None = None) -> None:
        super().__init__(controller)
        self.controller = controller
        self.flow = flow or load_bundled(FLOW_ID)
        self.clock: Callable[[], date] = date.today  # "today" for staleness; tests may set it
        self.platform: str | None = None  # the app chosen on the step that lists platforms
        self._state = FlowState(self.flow, self._context())
        self._synced = False  # True once this session has read the diary's saved walk
        self._panic = controller.session.settings.panic_mode
        controller.regionChanged.connect(self._context_changed)
        controller.languageChanged.connect(lambda _lang: self.stepChanged.emit())
        controller.vaultStateChanged.connect(self._vault_state_changed)
        controller.settingsChanged.connect(self._settings_changed)
        self._follow_age()

    # --- reading -------------------------------------------------------------------------------

    @property
    def state(self) -> FlowState:
        """The walk (read it; change it only through this controller's methods)."""
        return self._state

    @property
    def step(self) -> Step:
        """The step on screen."""
        return self._state.step

    def view(self) -> StepView:
        """The current step as the person's answers show it."""
        return self._state.view()

    def progress(self) -> Progress:
        """ "Step N of M" among the main steps of the route."""
        return self._state.progress()

    def route(self) -> tuple[RouteStop, ...]:
        """The overview: the main steps of the route for the current answers."""
        return self._state.route()

    @property
    def can_go_back(self) -> bool:
        """True if Back has somewhere to go."""
        return self._state.can_go_back

    @property
    def is_first_screen(self) -> bool:
        """True on the guide's opening question, where the region is shown and can be changed."""
        return self._state.step.id == self.flow.start and not self._state.can_go_back

    @property
    def can_resume(self) -> bool:
        """True while a diary that may hold an earlier walk is locked and not yet read."""
        return not self._synced and self.controller.vault_state is VaultState.LOCKED

    @property
    def panic_mode(self) -> bool:
        """True: one step per screen. False: the whole route at once."""
        return self._panic

    def text(self, key: str, **values: object) -> str:
        """Guide wording in the current language."""
        return self.controller.catalog.text(key, **values)

    def items(self, step: Step) -> tuple[Shown, ...]:
        """A step's checklist items that apply to this person."""
        facts = self._state.facts()
        return tuple(i for i in step.items if i.when.matches(facts))

    def notes(self, step: Step) -> tuple[Shown, ...]:
        """A step's extra paragraphs that apply to this person."""
        facts = self._state.facts()
        return tuple(n for n in step.notes if n.when.matches(facts))

    def services(self) -> tuple[Service, ...]:
        """The region's services for the current step, fit for the person's age, each once."""
        found: dict[str, Service] = {}
        for category in self.view().services:
            for service in self.controller.services(category):
                found.setdefault(service.id, service)
        return tuple(found.values())

    def platforms(self) -> tuple[Platform, ...]:
        """The apps the current step has notes for."""
        known = load_platforms()
        return tuple(known[p] for p in self.step.platforms if p in known)

    def prefill(self, action: ActionRef) -> dict[str, str]:
        """What the action's form starts with: the step's values, and the chosen app if it fits."""
        values = action.prefill_values()
        if self.platform and "platform" in ACTIONS[action.name].prefill:
            values.setdefault("platform", self.platform)
        return values

    # --- moving --------------------------------------------------------------------------------

    def answer(self, option_id: str) -> None:
        """Answer the current question and move on."""
        self._state.answer(option_id)
        self._changed()

    def next(self) -> None:
        """Leave an information or checklist step for the next one."""
        if self._state.step.kind in (StepKind.INFO, StepKind.CHECKLIST):
            self._state.advance()
            self._changed()

    def back(self) -> None:
        """Go back one step (a no-op on the first one)."""
        if self._state.can_go_back:
            self._state.back()
            self._changed()

    def tick(self, item_id: str, done: bool, step_id: str | None = None) -> None:
        """Tick or untick a checklist item (of the current step by default)."""
        self._state.tick(item_id, done, step_id)
        self._save()
        self.ticksChanged.emit()

    def restart(self) -> None:
        """Start the guide again from the first question; what was ticked stays ticked."""
        fresh = FlowState(self.flow, self._context())
        progress.keep_ticks(fresh, self._state)
        self._state = fresh
        self.platform = None
        self._changed()

    def go_to(self, step_id: str) -> None:
        """Open a step of the route one at a time.

        A step already passed is reached by going back (answers given after it are asked
        again); a later one by moving on, stopping at any question on the way, because the
        guide never answers for the person.
        """
        passed = {stop.step.id for stop in self._state.route() if stop.done}
        if step_id in passed:
            while self._state.step.id != step_id and self._state.can_go_back:
                self._state.back()
        else:
            while self._state.step.id != step_id and self._state.step.kind in (
                StepKind.INFO,
                StepKind.CHECKLIST,
            ):
                self._state.advance()
        self._changed()
        self.set_panic_mode(True)

    def choose_platform(self, platform_id: str | None) -> None:
        """Remember which app the person picked (for its notes and the report text)."""
        self.platform = platform_id

    def set_panic_mode(self, on: bool) -> None:
        """Switch between one step per screen and the whole route; remembered in settings."""
        if on != self._panic:
            self.controller.set_panic_mode(on)

    # --- staying in step with the app ----------------------------------------------------------

    def _context(self) -> dict[str, str]:
        regions = self.flow.vocabulary.context.get("region", ())
        region = self.controller.region_pack.code
        return {
            "region": region if region in regions else regions[0],
            "mode": self.controller.session.policy.mode,
        }

    def _context_changed(self, _region: str = "") -> None:
        self._state.set_context(**self._context())
        self._changed()

    def _settings_changed(self) -> None:
        panic = self.controller.session.settings.panic_mode
        if panic != self._panic:
            self._panic = panic
            self.panicModeChanged.emit(panic)

    def _follow_age(self) -> None:
        """Tell the app the age the person gave. No answer (yet, or after a restart) leaves a
        known age alone: the under-18 rules are never dropped by not asking."""
        age = self._state.facts().get("age")
        if age is not None:
            self.controller.set_age_group(age)

    def _changed(self) -> None:
        self._follow_age()
        self._save()
        self.stepChanged.emit()

    # --- keeping the walk in the diary ---------------------------------------------------------

    def _vault_state_changed(self, _state: str) -> None:
        if self.controller.vault_state is not VaultState.UNLOCKED:
            return  # the walk stays in memory; the guide works while the diary is locked
        if self._synced:
            self._save()
            return
        try:
            vault = self.controller.session.require_vault()
            saved = progress.load_progress(vault.conn, self.flow, self._context())
        except VaultError as exc:
            self.saveFailed.emit(exc.code)
            return
        self._synced = True
        chosen = progress.resume(self._state, saved)
        resumed, self._state = chosen is not self._state, chosen
        self._changed()
        if resumed:
            self.resumed.emit()

    def _save(self) -> None:
        if not self._synced or self.controller.vault_state is not VaultState.UNLOCKED:
            return
        state = self._state

        def save(conn: Connection) -> None:
            with transaction(conn):
                progress.save_progress(conn, state)

        try:  # on the GUI thread, after the diary's queued writes: one writer at a time
            self.controller.diary.run_now(save)
        except VaultError as exc:
            self.saveFailed.emit(exc.code)
