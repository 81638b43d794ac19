"""The locked-diary screen: three ways to unlock, and the way back from damage."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.session import VaultState
from core.vault import Method
from ui.controller import Controller
from ui.vault.messages import vault_message
from ui.widgets.accessible import named, show_text
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel


class UnlockPage(FollowsLanguage, QWidget):
    """Shown in place of any page that needs the diary while it is locked."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "unlockPage")
        self.controller = controller
        self.heading = SafeLabel(name="unlockHeading")
        scaled(self.heading, 1.4, bold=True)
        self.explain = SafeLabel(name="unlockExplain")
        self.keyring_button = named(QPushButton(), "unlockKeyring")
        self.keyring_button.setProperty("primary", True)
        self.passphrase = named(QLineEdit(), "unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_button = named(QPushButton(), "unlockPassphraseButton")
        self.show_recovery = named(QPushButton(), "unlockShowRecovery")
        self.show_recovery.setFlat(True)
        self.recovery = named(QLineEdit(), "unlockRecoveryKey")
        self.recovery_button = named(QPushButton(), "unlockRecoveryButton")
        self.problem = SafeLabel(name="unlockProblem")
        self.problem.setProperty("role", "warning")
        self.restore_button = named(QPushButton(), "unlockRestoreBackup")
        self.restore_keyfile_button = named(QPushButton(), "unlockRestoreKeyFile")
        self.progress = named(QProgressBar(), "unlockProgress")
        self.progress.setRange(0, 0)

        card = QFrame()
        card.setProperty("card", True)
        column = QVBoxLayout(card)
        column.addWidget(self.heading)
        column.addWidget(self.explain)
        column.addWidget(self.keyring_button)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.passphrase_button)
        self.passphrase_row = QWidget()
        self.passphrase_row.setLayout(row)
        column.addWidget(self.passphrase_row)
        column.addWidget(self.show_recovery, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addWidget(self.recovery, 1)
        row.addWidget(self.recovery_button)
        self.recovery_row = QWidget()
        self.recovery_row.setLayout(row)
        column.addWidget(self.recovery_row)
        for widget in (
            self.problem,
            self.restore_button,
            self.restore_keyfile_button,
            self.progress,
        ):
            column.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card)
        outer.addStretch(2)

        self.keyring_button.clicked.connect(lambda: self._unlock(Method.KEYRING))
        self.passphrase_button.clicked.connect(lambda: self._unlock(Method.PASSPHRASE))
        self.passphrase.returnPressed.connect(lambda: self._unlock(Method.PASSPHRASE))
        self.recovery_button.clicked.connect(lambda: self._unlock(Method.RECOVERY))
        self.recovery.returnPressed.connect(lambda: self._unlock(Method.RECOVERY))
        self.show_recovery.clicked.connect(self._reveal_recovery)
        self.restore_button.clicked.connect(self._restore_backup)
        self.restore_keyfile_button.clicked.connect(self._restore_keyfile)
        controller.unlockFailed.connect(self._failed)
        controller.vaultStateChanged.connect(lambda _: self.refresh())
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("Your diary is locked"))
        self.explain.setText(
            self.tr(
                "The guide still works while it is locked. "
                "Unlock your diary to see or add what you saved."
            )
        )
        show_text(self.keyring_button, self.tr("Unlock with this computer"))
        show_text(self.passphrase, self.tr("Passphrase"))
        show_text(self.passphrase_button, self.tr("Unlock"), self.tr("Unlock with passphrase"))
        show_text(self.show_recovery, self.tr("Use my recovery key instead"))
        show_text(
            self.recovery, self.tr("Recovery key, e.g. ABCDE-FGHJK-…"), self.tr("Recovery key")
        )
        show_text(self.recovery_button, self.tr("Unlock"), self.tr("Unlock with recovery key"))
        show_text(self.restore_button, self.tr("Restore the latest backup"))
        show_text(self.restore_keyfile_button, self.tr("Restore the spare key file"))

    def refresh(self) -> None:
        """Show only the methods this vault has; reset busy and problem state."""
        methods = self.controller.unlock_methods()
        self.keyring_button.setVisible(Method.KEYRING in methods)
        self.passphrase_row.setVisible(Method.PASSPHRASE in methods)
        self.recovery_row.setVisible(False)
        self.show_recovery.setVisible(True)
        self.restore_button.setVisible(False)
        self.restore_keyfile_button.setVisible(False)
        self.progress.setVisible(False)
        if self.controller.vault_state is not VaultState.LOCKED:
            self.passphrase.clear()
            self.recovery.clear()
            self.problem.clear()

    def _reveal_recovery(self) -> None:
        self.recovery_row.setVisible(True)
        self.show_recovery.setVisible(False)
        self.recovery.setFocus()

    def _unlock(self, method: Method) -> None:
        secret = {
            Method.PASSPHRASE: self.passphrase.text(),
            Method.RECOVERY: self.recovery.text(),
        }.get(method, "")
        if method is not Method.KEYRING and not secret.strip():
            return
        self.problem.setText(self.tr("Opening your diary…"))
        self.progress.setVisible(True)
        self.controller.unlock(method, secret)

    def _failed(self, code: str, reason: str) -> None:
        self.progress.setVisible(False)
        self.problem.setText(vault_message(code, reason))
        damaged = self.controller.damaged
        self.restore_button.setVisible(
            code == "vault.damaged" and damaged is not None and bool(damaged.backups())
        )
        self.restore_keyfile_button.setVisible(code == "vault.keyfile_damaged")
        if code == "vault.keyring_unavailable":
            self.passphrase_row.setVisible(True)
            self._reveal_recovery()
        if code == "vault.wrong_passphrase":
            self.passphrase.selectAll()
            self.passphrase.setFocus()

    def _restore_backup(self) -> None:
        problem = self.controller.restore_latest_backup()
        if problem:
            self.problem.setText(vault_message(problem))

    def _restore_keyfile(self) -> None:
        problem = self.controller.restore_keyfile()
        if problem:
            self.problem.setText(vault_message(problem))
            return
        self.refresh()
        self.problem.setText(self.tr("The spare key file is back in place. Please unlock again."))
