"""Acting as a person would: going to a page, typing in any script, choosing files in Qt's own
file dialog, saying yes, typing a new passphrase twice, and starting the diary."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.diary_ui.helpers import on_dialog
from tests.guide_ui.helpers import settle
from tests.ui.helpers import when_modal
from ui.app import HarbourApp
from ui.vault.recovery_dialog import RecoveryKeyDialog
from ui.vault.setup_dialog import CreateVaultDialog
from ui.widgets.confirm import ConfirmDialog

TIMEOUT_MS = 30_000
LEFT = Qt.MouseButton.LeftButton
P = TypeVar("P", bound=QWidget)


def show(app: HarbourApp, page_id: str, kind: type[P]) -> P:
    """Go to a page as the navigation does and let Qt lay it out (a click on a widget that
    was never laid out lands somewhere else). Returns what the window shows (the page, or the
    unlock or start screen in its place), which must be a ``kind``."""
    app.window.show_page(page_id)
    settle()
    shown = app.window.stack.currentWidget()
    assert isinstance(shown, kind), type(shown)
    return shown


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, in any script (QTest's keyClicks knows only
    ASCII): each character arrives as a key press carrying its text, as a keyboard sends it."""
    widget.setFocus()
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def pick(path: Path) -> None:
    """The next file dialog chooses ``path`` (to open, or to save as)."""

    def choose(dialog: QFileDialog) -> None:
        dialog.selectFile(str(path))
        dialog.accept()

    when_modal(QFileDialog, choose, TIMEOUT_MS)


def say_yes(times: int = 1) -> None:
    """The next ``times`` yes/no questions are answered yes."""

    def answer(dialog: ConfirmDialog) -> None:
        if times > 1:
            say_yes(times - 1)
        dialog.yes_button.click()

    when_modal(ConfirmDialog, answer, TIMEOUT_MS)


def type_twice(secret: str) -> None:
    """The next two text questions (a passphrase and its repeat) are answered ``secret``."""

    def answer(dialog: QInputDialog, again: bool = True) -> None:
        if again:
            when_modal(QInputDialog, lambda d: answer(d, again=False), TIMEOUT_MS)
        dialog.setTextValue(secret)
        dialog.accept()

    when_modal(QInputDialog, answer, TIMEOUT_MS)


def start_diary(
    qtbot: QtBot, failures: list[BaseException], passphrase: str | None = None
) -> list[str]:
    """The next "Start your diary" is answered (this computer, or ``passphrase`` typed twice);
    the list it returns receives the recovery key when it is shown."""
    keys: list[str] = []

    def kept(dialog: RecoveryKeyDialog) -> None:
        keys.append(dialog.recovery_key)
        qtbot.mouseClick(dialog.done_button, LEFT)

    def create(dialog: CreateVaultDialog) -> None:
        if passphrase is not None:
            dialog.use_passphrase.setChecked(True)
            type_text(dialog.passphrase, passphrase)
            type_text(dialog.confirm, passphrase)
        on_dialog(RecoveryKeyDialog, kept, failures)
        qtbot.mouseClick(dialog.create_button, LEFT)

    on_dialog(CreateVaultDialog, create, failures)
    return keys
