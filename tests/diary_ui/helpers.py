"""Driving diary forms and waiting for the diary's write thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.ui.helpers import when_modal
from ui.app import HarbourApp
from ui.diary.fields import Input, MoneyInput, PlatformInput, WhenInput
from ui.diary.form import EntryForm

D = TypeVar("D", bound=QDialog)
E = TypeVar("E", bound=Input)


def editor(form: EntryForm, name: str, kind: type[E]) -> E:
    """A form's input of a known kind (a date-and-time, an amount...)."""
    found = form.fields[name].editor
    assert isinstance(found, kind)
    return found


def when(form: EntryForm, name: str = "at") -> WhenInput:
    """The date-and-time input ``name``."""
    return editor(form, name, WhenInput)


def money(form: EntryForm) -> MoneyInput:
    """The amount-and-currency input."""
    return editor(form, "amount", MoneyInput)


def platform(form: EntryForm) -> PlatformInput:
    """The platform input."""
    return editor(form, "platform", PlatformInput)


def on_dialog(kind: type[D], act: Callable[[D], None], failures: list[BaseException]) -> None:
    """Like ``when_modal``, but a failed check closes the dialog and is kept in ``failures``.

    An assertion inside a modal dialog would otherwise leave it open and the test waiting.
    """

    def guarded(dialog: D) -> None:
        try:
            act(dialog)
        except BaseException as exc:
            failures.append(exc)
            dialog.reject()

    when_modal(kind, guarded)


def settle(qtbot: QtBot, harbour: HarbourApp, timeout: int = 20_000) -> None:
    """Wait until every queued diary write (and its callbacks) has finished."""
    qtbot.waitUntil(lambda: not harbour.controller.diary.writes.busy, timeout=timeout)


def type_into(form: EntryForm, values: dict[str, str]) -> None:
    """Fill form fields by record field name (text as a person would type or paste it)."""
    for name, text in values.items():
        form.fields[name].editor.set_value(text)


def press_save(qtbot: QtBot, form: EntryForm) -> None:
    """Click Save as a person would."""
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)


def save_and_wait(qtbot: QtBot, form: EntryForm) -> object:
    """Click Save and wait until the record is stored; return it."""
    with qtbot.waitSignal(form.saved, timeout=20_000) as saved:
        press_save(qtbot, form)
        assert problems(form) == {}, "the form refused to save"
    return saved.args[0] if saved.args else None


def problems(form: EntryForm) -> dict[str, str]:
    """The problem shown under each field that has one."""
    return {name: f.problem.text() for name, f in form.fields.items() if f.problem.text()}
