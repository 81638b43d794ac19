"""Driving diary forms and waiting for the diary's write thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.app import HarbourApp
from ui.diary.form import EntryForm


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
