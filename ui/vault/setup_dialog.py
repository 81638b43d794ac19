"""Creating the diary's vault the first time something is saved: seconds, not a set-up wizard."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from core.vault import keyring_store
from ui.controller import Controller
from ui.vault.messages import vault_message
from ui.vault.recovery_dialog import RecoveryKeyDialog
from ui.widgets.accessible import named, show_text
from ui.widgets.dialog import HarbourDialog
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel

MIN_PASSPHRASE = 8


class CreateVaultDialog(HarbourDialog):
    """Two sentences, a passphrase one click away, then the recovery key."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        named(self, "createVaultDialog")
        policy = controller.session.policy
        self.keyring_ok = policy.keyring_allowed and keyring_store.available()
        self.passphrase_needed = policy.passphrase_required or not self.keyring_ok

        self.heading = SafeLabel(name="createVaultHeading")
        scaled(self.heading, 1.3, bold=True)
        self.explain = SafeLabel(name="createVaultExplain")
        self.keyring_note = SafeLabel(name="createVaultKeyringNote")
        self.keyring_note.setProperty("role", "hint")
        self.use_passphrase = named(QCheckBox(), "createVaultUsePassphrase")
        self.use_passphrase.setChecked(self.passphrase_needed)
        self.use_passphrase.setEnabled(not self.passphrase_needed)
        self.passphrase = named(QLineEdit(), "createVaultPassphrase")
        self.confirm = named(QLineEdit(), "createVaultConfirm")
        for field in (self.passphrase, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._validate)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        self.passphrase_label = SafeLabel()
        self.confirm_label = SafeLabel()
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.confirm_label, self.confirm)
        self.problem = SafeLabel(name="createVaultProblem")
        self.problem.setProperty("role", "warning")
        self.progress = named(QProgressBar(), "createVaultProgress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.create_button = named(
            self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole), "createVaultCreate"
        )
        self.create_button.setDefault(True)
        self.cancel_button = named(
            self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole), "createVaultCancel"
        )
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        self.use_passphrase.toggled.connect(self._validate)

        layout = self.body
        for widget in (
            self.heading,
            self.explain,
            self.keyring_note,
            self.use_passphrase,
            self.fields,
            self.problem,
            self.progress,
            self.buttons,
        ):
            layout.addWidget(widget)
        controller.vaultCreated.connect(self._created)
        controller.createFailed.connect(self._failed)
        self.retranslate()
        self._validate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Start your diary"))
        self.heading.setText(self.tr("Your diary stays locked on this computer"))
        self.explain.setText(
            self.tr("Only you can open it. Harbour never sends anything anywhere.")
        )
        self.keyring_note.setText(
            self.tr(
                "This computer will unlock it for you. A passphrase adds protection if "
                "other people use this computer."
            )
            if self.keyring_ok
            else self.tr("Please choose a passphrase. You will need it to open your diary.")
        )
        show_text(self.use_passphrase, self.tr("Also protect it with a passphrase (recommended)"))
        self.passphrase_label.setText(self.tr("Passphrase"))
        self.confirm_label.setText(self.tr("Type it again"))
        show_text(
            self.passphrase, self.tr("A few words only you would think of"), self.tr("Passphrase")
        )
        show_text(self.confirm, self.tr("The same words again"), self.tr("Confirm passphrase"))
        show_text(self.create_button, self.tr("Start my diary"))
        show_text(self.cancel_button, self.tr("Not now"))
        self._validate()

    def _wants_passphrase(self) -> bool:
        return self.use_passphrase.isChecked()

    def _validate(self) -> None:
        wants = self._wants_passphrase()
        self.fields.setVisible(wants)
        problem = ""
        if wants:
            typed = self.passphrase.text()
            if typed and len(typed) < MIN_PASSPHRASE:
                problem = self.tr("Please use at least %1 characters.").replace(
                    "%1", str(MIN_PASSPHRASE)
                )
            elif self.confirm.text() and self.confirm.text() != typed:
                problem = self.tr("The two passphrases are not the same yet.")
        self.problem.setText(problem)
        ready = not wants or (
            len(self.passphrase.text()) >= MIN_PASSPHRASE
            and self.confirm.text() == self.passphrase.text()
        )
        self.create_button.setEnabled(ready and not self.progress.isVisible())

    def _create(self) -> None:
        self.progress.show()
        self.create_button.setEnabled(False)
        self.problem.setText(self.tr("Setting up your diary…"))
        passphrase = self.passphrase.text() if self._wants_passphrase() else None
        self.controller.create_vault(self.keyring_ok, passphrase)

    def _created(self, recovery_key: str) -> None:
        self.progress.hide()
        self.passphrase.clear()
        self.confirm.clear()
        RecoveryKeyDialog(recovery_key, self.controller, self).exec()
        self.accept()

    def _failed(self, code: str, reason: str) -> None:
        self.progress.hide()
        if code == "vault.keyring_unavailable":
            self.keyring_ok = False
            self.passphrase_needed = True
            self.use_passphrase.setChecked(True)
            self.use_passphrase.setEnabled(False)
        self.problem.setText(vault_message(code, reason))
        self._validate()
