"""What a guide step's buttons do: one handler per action name of ``core.flow.actions.ACTIONS``.

A handler is ``handler(window, prefill) -> None``: ``window`` is the main window (its
``controller``, ``with_vault`` and ``show_page``), ``prefill`` the values the step gives the
form (``{"kind": "blocked"}``, ``{"platform": "instagram"}``). Features register theirs when
their module is imported::

    from ui.actions import register
    register("diary.add_demand", lambda window, prefill: DemandDialog(window, prefill).exec())

Opening a modal ``HarbourDialog`` over the window is the expected shape: when it closes, the
person is back on the same guide step. The guide never shows a dead button: an action without
a handler is hidden (``available`` says which). Actions that keep something in the diary run
only once it exists and is unlocked: ``run`` goes through ``window.with_vault`` first, so the
diary is created on the first save.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from core.flow.actions import ACTIONS
from ui.diary.actions import register_diary_actions
from ui.family.actions import register_family_actions
from ui.reports.actions import register_reports_actions
from ui.shell.crisis_dialog import CrisisDialog
from ui.shell.main_window import MainWindow
from ui.texts.actions import register_texts_actions

Handler = Callable[[MainWindow, Mapping[str, str]], None]

NEEDS_DIARY_PREFIXES = ("diary.", "evidence.", "reports.")
"""Actions under these names read or write the diary, so they need it unlocked."""


@dataclass(frozen=True)
class Registered:
    """A handler and whether it needs the diary first."""

    handler: Handler
    needs_vault: bool


class ActionRegistry:
    """Action names mapped to handlers."""

    def __init__(self) -> None:
        self._handlers: dict[str, Registered] = {}

    def register(self, name: str, handler: Handler, *, needs_vault: bool | None = None) -> None:
        """Make ``name`` do ``handler``; ``needs_vault`` defaults by name (diary, evidence,
        reports need it). Unknown names raise ``KeyError``, so a typo fails at start-up."""
        if name not in ACTIONS:
            raise KeyError(f"{name!r} is not an action in core.flow.actions.ACTIONS")
        if needs_vault is None:
            needs_vault = name.startswith(NEEDS_DIARY_PREFIXES)
        self._handlers[name] = Registered(handler, needs_vault)

    def available(self, name: str) -> bool:
        """True if pressing the action's button would do something."""
        return name in self._handlers

    def needs_vault(self, name: str) -> bool:
        """True if the action runs only once the diary is unlocked."""
        found = self._handlers.get(name)
        return found.needs_vault if found else name.startswith(NEEDS_DIARY_PREFIXES)

    def run(self, window: MainWindow, name: str, prefill: Mapping[str, str]) -> None:
        """Do the action (creating or unlocking the diary first when it needs one)."""
        found = self._handlers.get(name)
        if found is None:
            return
        values = dict(prefill)
        if found.needs_vault:
            window.with_vault(lambda: found.handler(window, values))
        else:
            found.handler(window, values)


def show_crisis(window: MainWindow, _prefill: Mapping[str, str]) -> None:
    """``crisis.show``: every emergency, crisis and support line for the region."""
    CrisisDialog(window.controller, window).exec()


def register(name: str, handler: Handler, *, needs_vault: bool | None = None) -> None:
    """Register ``handler`` for action ``name`` in Harbour's registry (see the module docs)."""
    registry.register(name, handler, needs_vault=needs_vault)


registry = ActionRegistry()
registry.register("crisis.show", show_crisis)
register_diary_actions(register)
register_reports_actions(register)
register_texts_actions(register)
register_family_actions(register)
