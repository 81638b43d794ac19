"""What the guide's diary and evidence buttons do: open the right form, filled in, then return.

Each handler makes sure the diary exists and is unlocked (``window.with_vault``), that there is
a case to save into, and then opens its form over the guide; when the form closes the person is
where they were. Forms load on first use, so importing this module costs nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from ui.actions import Handler
    from ui.shell.main_window import MainWindow


ENTRY_ACTIONS = {
    "diary.add_account": "person",
    "diary.add_message": "message",
    "diary.add_demand": "demand",
    "diary.add_payment": "payment",
    "diary.add_action": "action",
    "diary.add_note": "note",
}


def _run(window: MainWindow, build: Callable[[], QDialog]) -> None:
    """Create or unlock the diary first, make sure there is a case, then show the dialog."""

    def then() -> None:
        window.controller.diary.ensure_case()
        dialog = build()
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    window.with_vault(then)


def _entry_handler(kind: str) -> Handler:
    def handler(window: MainWindow, prefill: Mapping[str, str]) -> None:
        def build() -> QDialog:
            from core.diary.records import Kind
            from ui.diary.forms import FORMS

            return FORMS[Kind(kind)](window.controller, None, dict(prefill), window)

        _run(window, build)

    return handler


def add_evidence(window: MainWindow, _prefill: Mapping[str, str]) -> None:
    """Import files or a screenshot (the guide's "save the evidence" step)."""

    def build() -> QDialog:
        from ui.evidence.import_panel import AddEvidenceDialog

        return AddEvidenceDialog(window.controller, window)

    _run(window, build)


def add_description(window: MainWindow, prefill: Mapping[str, str]) -> None:
    """Record a description and a SHA-256 only (the under-18 route)."""

    def build() -> QDialog:
        from ui.evidence.describe import DescribeDialog

        return DescribeDialog(window.controller, None, dict(prefill), window)

    _run(window, build)


def register_diary_actions(register: Callable[[str, Handler], None]) -> None:
    """Register the handlers of every diary and evidence action the guide can offer."""
    for action, kind in ENTRY_ACTIONS.items():
        register(action, _entry_handler(kind))
    register("evidence.add", add_evidence)
    register("evidence.add_description", add_description)
