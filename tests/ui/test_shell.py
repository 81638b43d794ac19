"""The shell as a person meets it: first run, creating the diary, lock, unlock, Quick exit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from core.policy import Policy
from core.session import VaultState
from core.vault.keyfile import Method
from tests.ui.helpers import unnamed_widgets, when_modal
from tests.vault.crash_image import crash_image, damage_mid_journal
from ui.app import HarbourApp
from ui.shell.crisis_dialog import CrisisDialog
from ui.shell.idle import IdleLock
from ui.vault.recovery_dialog import RecoveryKeyDialog
from ui.vault.setup_dialog import CreateVaultDialog
from ui.widgets.confirm import ConfirmDialog


def _create_with_keyring(qtbot: QtBot, harbour: HarbourApp) -> str:
    """Drive the real creation dialog (keyring, no passphrase); return the recovery key shown."""
    shown: list[str] = []

    def in_recovery(dialog: RecoveryKeyDialog) -> None:
        shown.append(dialog.key_label.text())
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)

    def in_create(dialog: CreateVaultDialog) -> None:
        assert not dialog.use_passphrase.isChecked()
        when_modal(RecoveryKeyDialog, in_recovery)
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    called: list[bool] = []
    when_modal(CreateVaultDialog, in_create)
    harbour.window.with_vault(lambda: called.append(True))
    assert called == [True]
    return shown[0]


def test_first_run_opens_without_any_setup(harbour: HarbourApp, data_dir: Path) -> None:
    assert harbour.window.windowTitle() == "Harbour"
    assert harbour.controller.vault_state is VaultState.NONE
    assert list(data_dir.iterdir()) == [], "nothing is written before the person saves something"
    assert harbour.window.stack.currentWidget() is harbour.window.page(harbour.window.current)


def test_keyring_create_lock_unlock_and_quick_exit(qtbot: QtBot, harbour: HarbourApp) -> None:
    recovery_key = _create_with_keyring(qtbot, harbour)
    assert len(recovery_key.replace("-", "")) == 30
    assert harbour.controller.vault_state is VaultState.UNLOCKED
    assert harbour.window.lock_button.isVisible()

    qtbot.mouseClick(harbour.window.lock_button, Qt.MouseButton.LeftButton)
    assert harbour.controller.vault_state is VaultState.LOCKED

    reopened: list[bool] = []
    harbour.window.with_vault(lambda: reopened.append(True))
    unlock = harbour.window.unlock_page
    assert harbour.window.stack.currentWidget() is unlock
    assert unlock.keyring_button.isVisible()
    with qtbot.waitSignal(harbour.controller.vaultStateChanged, timeout=10_000):
        qtbot.mouseClick(unlock.keyring_button, Qt.MouseButton.LeftButton)
    assert harbour.controller.vault_state is VaultState.UNLOCKED
    assert reopened == [True]

    harbour.controller.clipboard.copy("a secret someone copied")
    assert QGuiApplication.clipboard().text() == "a secret someone copied"
    with qtbot.waitActive(harbour.window):  # offscreen, closing dialogs leaves no active window
        harbour.window.activateWindow()
    with qtbot.waitSignal(harbour.controller.quickExitRequested, timeout=2_000):
        qtbot.keyClick(harbour.window, Qt.Key.Key_Escape)
    assert not harbour.window.isVisible()
    assert QGuiApplication.clipboard().text() == ""
    assert harbour.controller.vault_state is VaultState.LOCKED


def test_quick_exit_button_works_from_a_dialog(qtbot: QtBot, harbour: HarbourApp) -> None:
    QGuiApplication.clipboard().setText("copied earlier")

    def press_quick_exit(dialog: CrisisDialog) -> None:
        qtbot.mouseClick(dialog.quick_exit_button, Qt.MouseButton.LeftButton)

    when_modal(CrisisDialog, press_quick_exit)
    harbour.window.crisis_bar.open_help()
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())
    assert QGuiApplication.clipboard().text() == ""


def test_wrong_passphrase_shows_a_calm_message(
    qtbot: QtBot, make_harbour: object, data_dir: Path
) -> None:
    from core.session import Session
    from core.vault.kdf import KdfParams

    Session(data_dir).create_vault(
        use_keyring=False, passphrase="right words here", kdf_params=KdfParams()
    )
    Session(data_dir).lock()
    harbour = make_harbour(Policy())  # type: ignore[operator]
    harbour.window.with_vault(lambda: None)
    unlock = harbour.window.unlock_page
    assert not unlock.keyring_button.isVisible()
    unlock.passphrase.setText("wrong words")
    with qtbot.waitSignal(harbour.controller.unlockFailed, timeout=10_000):
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert "didn't open" in unlock.problem.text()
    unlock.passphrase.setText("right words here")
    with qtbot.waitSignal(harbour.controller.vaultStateChanged, timeout=10_000):
        qtbot.mouseClick(unlock.passphrase_button, Qt.MouseButton.LeftButton)
    assert harbour.controller.vault_state is VaultState.UNLOCKED


def test_every_interactive_widget_is_named(qtbot: QtBot, harbour: HarbourApp) -> None:
    _create_with_keyring(qtbot, harbour)
    window = harbour.window
    for page_id in window.specs:
        window.show_page(page_id)
    assert unnamed_widgets(window) == []
    controller = harbour.controller
    dialogs = [
        CreateVaultDialog(controller),
        RecoveryKeyDialog("ABCDE", controller),
        CrisisDialog(controller),
    ]
    for dialog in dialogs:
        assert unnamed_widgets(dialog) == [], type(dialog).__name__
        dialog.deleteLater()


def test_idle_lock_fires_after_quiet_and_input_restarts_it(qtbot: QtBot) -> None:
    fired: list[bool] = []
    idle = IdleLock(5, lambda: fired.append(True))
    assert idle.interval_ms == 5 * 60_000
    idle._timer.setInterval(200)
    button = QPushButton("x")
    qtbot.addWidget(button)
    QApplication.instance().installEventFilter(idle)  # type: ignore[union-attr]
    try:
        idle._timer.start()
        qtbot.waitUntil(lambda: fired == [True], timeout=2_000)
    finally:
        QApplication.instance().removeEventFilter(idle)  # type: ignore[union-attr]


def test_policy_auto_lock_minutes_are_used(make_harbour: object) -> None:
    harbour = make_harbour(Policy(auto_lock_minutes=2))  # type: ignore[operator]
    assert harbour.idle.interval_ms == 2 * 60_000


def test_a_damaged_journal_is_said_once_after_unlocking(
    qtbot: QtBot, make_harbour: Callable[..., HarbourApp], tmp_path: Path
) -> None:
    image = crash_image(tmp_path / "written", tmp_path)
    damage_mid_journal(image)
    harbour = make_harbour(profile=image)
    told: list[str] = []

    def read_it(dialog: ConfirmDialog) -> None:
        told.append(dialog.explain.text())
        assert not dialog.no_button.isVisible()
        qtbot.mouseClick(dialog.yes_button, Qt.MouseButton.LeftButton)

    when_modal(ConfirmDialog, read_it)
    with qtbot.waitSignal(harbour.controller.vaultNotice, timeout=10_000):
        harbour.controller.unlock(Method.KEYRING)
    qtbot.waitUntil(lambda: told != [], timeout=10_000)
    assert "some of the last changes may be missing" in told[0]
    assert harbour.controller.vault_state is VaultState.UNLOCKED
