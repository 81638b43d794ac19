"""Settings: language, region, look, how the guide is shown, and how the diary is locked."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.content.languages import LANGUAGES
from core.content.regions import available_regions
from core.session import VaultState
from core.settings import THEMES
from core.vault import Method
from ui.controller import Controller
from ui.vault.messages import vault_message
from ui.vault.recovery_dialog import RecoveryKeyDialog
from ui.widgets.accessible import named, show_text
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.safe_label import SafeLabel
from ui.widgets.sizing import scrolling
from ui.widgets.wrapping import WrapButton, WrapCheckBox

LANGUAGE_NAMES = {
    "en-GB": "English (UK)",
    "es-ES": "Español",
    "pt-PT": "Português",
    "cy": "Cymraeg",
}


class SettingsPage(FollowsLanguage, QWidget):
    """Preferences anyone can change, and the diary's lock settings when it is open."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "settingsPage")
        self.controller = controller
        policy = controller.session.policy
        self.language = named(QComboBox(), "settingsLanguage")
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.language.setEnabled(policy.language is None)
        self.region = named(QComboBox(), "settingsRegion")
        self.region.setEnabled(policy.region is None)
        self.theme = named(QComboBox(), "settingsTheme")
        self.panic_mode = named(WrapCheckBox(), "settingsPanicMode")
        self.reduced_motion = named(WrapCheckBox(), "settingsReducedMotion")
        self.general = QGroupBox()
        form = QFormLayout(self.general)
        self.language_label, self.region_label, self.theme_label = (
            SafeLabel(),
            SafeLabel(),
            SafeLabel(),
        )
        form.addRow(self.language_label, self.language)
        form.addRow(self.region_label, self.region)
        form.addRow(self.theme_label, self.theme)
        form.addRow(self.panic_mode)
        form.addRow(self.reduced_motion)
        self.offline_note = SafeLabel(name="settingsOffline")
        self.offline_note.setProperty("role", "hint")

        self.security = QGroupBox()
        self.keyring = named(WrapCheckBox(), "settingsKeyring")
        self.keyring.setEnabled(policy.keyring_allowed)
        self.passphrase_button = named(WrapButton(), "settingsPassphrase")
        self.recovery_button = named(WrapButton(), "settingsRecoveryKey")
        self.backup_button = named(WrapButton(), "settingsBackup")
        self.security_status = SafeLabel(name="settingsSecurityStatus")
        column = QVBoxLayout(self.security)
        column.addWidget(self.keyring)
        row = QHBoxLayout()
        for button in (self.passphrase_button, self.recovery_button, self.backup_button):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.security_status)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.general)
        layout.addWidget(self.offline_note)
        layout.addWidget(self.security)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner))

        self.language.activated.connect(
            lambda i: controller.set_language(str(self.language.itemData(i)))
        )
        self.region.activated.connect(lambda i: controller.set_region(str(self.region.itemData(i))))
        self.theme.activated.connect(lambda i: controller.set_theme(str(self.theme.itemData(i))))
        self.panic_mode.clicked.connect(controller.set_panic_mode)
        self.reduced_motion.clicked.connect(controller.set_reduced_motion)
        controller.settingsChanged.connect(self.refresh)
        self.keyring.clicked.connect(controller.set_keyring_unlock)
        self.passphrase_button.clicked.connect(self._ask_passphrase)
        self.recovery_button.clicked.connect(controller.new_recovery_key)
        self.backup_button.clicked.connect(self._backup)
        controller.vaultStateChanged.connect(lambda _: self.refresh())
        controller.methodsChanged.connect(self._methods_changed)
        controller.methodFailed.connect(self._method_failed)
        controller.recoveryKeyIssued.connect(
            lambda key: RecoveryKeyDialog(key, controller, self).exec()
        )
        controller.regionChanged.connect(lambda _: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.general.setTitle(self.tr("Language and region"))
        self.language_label.setText(self.tr("Language"))
        self.region_label.setText(self.tr("Region"))
        self.theme_label.setText(self.tr("Look"))
        self.language.setAccessibleName(self.tr("Language"))
        self.region.setAccessibleName(self.tr("Region"))
        self.theme.setAccessibleName(self.tr("Look"))
        self.theme.clear()
        names = {
            "system": self.tr("Same as this computer"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for theme in THEMES:
            self.theme.addItem(names[theme], theme)
        show_text(self.panic_mode, self.tr("Show the guide one calm step at a time"))
        show_text(self.reduced_motion, self.tr("Keep everything still (no moving pictures)"))
        self.offline_note.setText(
            self.tr("Harbour never uses the internet. Everything stays on this computer.")
        )
        self.security.setTitle(self.tr("Locking your diary"))
        show_text(self.keyring, self.tr("Let this computer unlock my diary"))
        show_text(self.recovery_button, self.tr("Make a new recovery key"))
        show_text(self.backup_button, self.tr("Make a backup now"))
        self.refresh()

    def refresh(self) -> None:
        """Show the current choices and, when the diary is open, its lock settings."""
        controller = self.controller
        self.language.setCurrentIndex(max(0, self.language.findData(controller.language)))
        self.region.clear()
        catalog = controller.catalog
        for code in available_regions():
            key = f"regions.names.{code}"
            self.region.addItem(catalog.text(key) if catalog.has(key) else code, code)
        self.region.setCurrentIndex(max(0, self.region.findData(controller.region)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(controller.session.settings.theme)))
        self.panic_mode.setChecked(controller.session.settings.panic_mode)
        self.reduced_motion.setChecked(controller.session.settings.reduced_motion)
        unlocked = controller.vault_state is VaultState.UNLOCKED
        self.security.setVisible(unlocked)
        if unlocked:
            methods = controller.unlock_methods()
            self.keyring.setChecked(Method.KEYRING in methods)
            has_passphrase = Method.PASSPHRASE in methods
            self.keyring.setEnabled(
                (controller.session.policy.keyring_allowed and has_passphrase)
                or Method.KEYRING not in methods
            )
            show_text(
                self.passphrase_button,
                self.tr("Change my passphrase") if has_passphrase else self.tr("Add a passphrase"),
            )

    def _methods_changed(self) -> None:
        self.security_status.setText(self.tr("Saved."))
        self.refresh()

    def _method_failed(self, code: str, reason: str) -> None:
        self.security_status.setText(vault_message(code, reason))
        self.refresh()

    def _ask_passphrase(self) -> None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Passphrase"),
            self.tr("Type your new passphrase (at least 8 characters)"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        if len(text) < 8:
            self.security_status.setText(self.tr("Please use at least 8 characters."))
            return
        again, ok = QInputDialog.getText(
            self, self.tr("Passphrase"), self.tr("Type it again"), QLineEdit.EchoMode.Password
        )
        if ok and again == text:
            self.security_status.setText(self.tr("Saving…"))
            self.controller.set_passphrase(text)
        elif ok:
            self.security_status.setText(self.tr("The two passphrases were not the same."))

    def _backup(self) -> None:
        self.security_status.setText(self.tr("Making a backup…"))
        self.controller.backup_now(
            lambda problem: self.security_status.setText(
                vault_message(problem) if problem else self.tr("Backup made and checked.")
            )
        )
