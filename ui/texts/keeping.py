"""'Keep my version': a text the person changed goes into their diary as a note.

The diary is created or unlocked first if needed (through the main window), and the note is
written on the diary's one write thread.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication

from core.session import VaultState
from ui.controller import Controller
from ui.texts.draft_box import DraftBox


def _t(text: str) -> str:
    return QCoreApplication.translate("KeepInDiary", text)


def _say(box: DraftBox, message: str) -> None:
    if shiboken6.isValid(box):  # locking the diary deletes its pages, perhaps mid-write
        box.say(message)


def keep_in_diary(box: DraftBox, controller: Controller, header: str) -> None:
    """Save the box's text as a note headed ``header``, and say how it went under the box."""
    from ui.shell.main_window import MainWindow

    text = box.text()

    def write() -> None:
        from core.diary import add
        from core.diary.records import Note
        from core.texts.facts import kept_note_text

        case_id = controller.diary.ensure_case()
        note = Note(text=kept_note_text(header, text))
        controller.diary.write(
            lambda conn: add(conn, case_id, note),
            lambda _: _say(box, _t("Kept in your diary as a note.")),
            lambda _: _say(box, _t("Harbour could not keep it in your diary. Please try again.")),
        )

    window = box.window()
    if isinstance(window, MainWindow):
        window.with_vault(write)
    elif controller.vault_state is VaultState.UNLOCKED:
        write()
