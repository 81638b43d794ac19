"""The sweep's third part: texts for the app and the family written, changed, kept and copied
(and gone from the clipboard after the guard's time), settings changed while running, a
passphrase added, then lock, unlock with it, and Quick exit."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from core.session import VaultState
from core.texts import family
from core.vault import Method
from tests.leaks.canaries import CanaryBook
from tests.leaks.dialogs import LEFT, TIMEOUT_MS, pick, show, type_text, type_twice
from tests.leaks.plan import Plan
from tests.ui.helpers import when_modal
from ui.app import HarbourApp
from ui.family.page import FamilyPage
from ui.settings.settings_page import SettingsPage
from ui.texts.draft_box import DraftBox
from ui.texts.exporting import UnencryptedWarning
from ui.texts.page import TextsPage
from ui.vault.unlock_page import UnlockPage

COPY_SECONDS = 1  # the guard's time, short for the test (30 s in use)


def _copy_and_wait_until_cleared(qtbot: QtBot, box: DraftBox) -> None:
    board = QGuiApplication.clipboard()
    box.copy_seconds = COPY_SECONDS
    qtbot.mouseClick(box.copy_button, LEFT)
    assert board.text() == box.text()
    qtbot.waitUntil(lambda: board.text() == "", timeout=10_000)


def _keep(qtbot: QtBot, app: HarbourApp, box: DraftBox) -> None:
    with qtbot.waitSignal(app.controller.diary.entriesChanged, timeout=TIMEOUT_MS):
        qtbot.mouseClick(box.keep_button, LEFT)


def texts_and_family(qtbot: QtBot, app: HarbourApp, plan: Plan, book: CanaryBook) -> None:
    """A report text for Instagram from the diary, changed, kept, copied and saved; then a
    message for a friend, changed, copied and kept."""
    texts = show(app, "texts", TextsPage)
    texts.show_platform("instagram")
    box = texts.platform_tab.box
    assert book.text("message-threat", "hebrew") in box.text(), "the text is made from the diary"
    box.editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(box.editor, "\n" + book.text("texts-my-version", "hebrew"))
    _keep(qtbot, app, box)
    _copy_and_wait_until_cleared(qtbot, box)
    target = plan.exports / "instagram-report.txt"
    when_modal(UnencryptedWarning, lambda d: qtbot.mouseClick(d.yes_button, LEFT), TIMEOUT_MS)
    pick(target)
    qtbot.mouseClick(box.save_button, LEFT)
    assert target.read_text(encoding="utf-8").strip() == box.text().strip()

    page = show(app, "family", FamilyPage)
    page.recipient.setCurrentIndex(family.RECIPIENTS.index("friend"))
    qtbot.mouseClick(page.detailed, LEFT)
    qtbot.mouseClick(page.short, LEFT)
    draft = page.draft
    type_text(draft.editor, book.text("family-draft", "latin"))
    _copy_and_wait_until_cleared(qtbot, draft)
    _keep(qtbot, app, draft)


def _choose(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def settings_and_passphrase(qtbot: QtBot, app: HarbourApp, book: CanaryBook) -> str:
    """Language and region changed while running (and back); a passphrase added. Returns it."""
    page = show(app, "settings", SettingsPage)
    crisis = app.window.crisis_bar.text
    shown, language, region = crisis.text(), app.controller.language, app.controller.region
    _choose(page.language, "es-ES")
    _choose(page.region, "es")
    assert app.controller.language == "es-ES" and app.controller.region == "es"
    assert crisis.text() != shown, "the crisis bar follows language and region at once"
    _choose(page.language, language)
    _choose(page.region, region)
    assert crisis.text() == shown

    passphrase = book.text("passphrase-victim", "latin")
    type_twice(passphrase)
    with qtbot.waitSignal(app.controller.methodsChanged, timeout=TIMEOUT_MS):
        qtbot.mouseClick(page.passphrase_button, LEFT)
    assert Method.PASSPHRASE in app.controller.unlock_methods()
    return passphrase


def lock_unlock_and_quick_exit(qtbot: QtBot, app: HarbourApp, passphrase: str) -> None:
    """Lock, unlock by typing the passphrase, then Quick exit with a draft on the clipboard."""
    window, controller = app.window, app.controller
    qtbot.mouseClick(window.lock_button, LEFT)
    assert controller.vault_state is VaultState.LOCKED
    unlock = show(app, "diary", UnlockPage)
    type_text(unlock.passphrase, passphrase)
    with qtbot.waitSignal(controller.vaultStateChanged, timeout=TIMEOUT_MS):
        qtbot.mouseClick(unlock.passphrase_button, LEFT)
    assert controller.vault_state is VaultState.UNLOCKED
    family_page = show(app, "family", FamilyPage)
    family_page.draft.copy_seconds = 30
    qtbot.mouseClick(family_page.draft.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == family_page.draft.text()
    qtbot.mouseClick(window.quick_exit_button, LEFT)
    assert controller.vault_state is VaultState.LOCKED and not window.isVisible()
    assert QGuiApplication.clipboard().text() == ""
