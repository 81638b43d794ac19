"""The one object the UI talks to. Widgets call its methods and listen to its signals; it changes
state only through core, and runs slow work off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QApplication

from core.content.catalog import Catalog, load_catalog
from core.content.region_model import RegionPack, Service
from core.content.regions import region_for_locale, region_or_fallback, services
from core.session import Session, VaultState, system_locale
from core.vault import Method
from core.vault.errors import KeyringUnavailable, VaultDamaged, VaultError
from ui.guide.controller import GuideController
from ui.i18n import Translations
from ui.jobs import Jobs
from ui.vault.clipboard import ClipboardGuard

if TYPE_CHECKING:
    from core.vault import DamagedVault, Vault


class Controller(QObject):
    """Bridges widgets and core. Feature controllers hang off it as attributes."""

    vaultStateChanged = Signal(str)  # VaultState value
    languageChanged = Signal(str)
    regionChanged = Signal(str)
    ageGroupChanged = Signal(str)
    settingsChanged = Signal()
    unlockFailed = Signal(str, str)  # error code, detail (a reason such as "locked"; no user data)
    createFailed = Signal(str, str)
    vaultCreated = Signal(str)  # the recovery key, to show once
    recoveryKeyIssued = Signal(str)  # a replacement recovery key, to show once
    methodsChanged = Signal()
    methodFailed = Signal(str, str)
    quickExitRequested = Signal()
    busyChanged = Signal(bool)
    vaultNotice = Signal(str)  # something to tell the person after unlocking (a message code)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        if (
            session.locale_name is None
        ):  # no POSIX locale variables: ask the desktop (Windows, macOS)
            session.locale_name = QLocale.system().name()
        self.jobs = Jobs(self)
        self.jobs.busyChanged.connect(self.busyChanged)
        self.translations = Translations()
        self.clipboard = ClipboardGuard(self)
        self.damaged: DamagedVault | None = None  # set by a failed unlock, for restoring
        self._age_group: str | None = None
        from ui.diary.controller import DiaryController  # imports this module for its types

        self.diary = DiaryController(self)
        self.guide = GuideController(self)

    # --- preferences ------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The language in use (policy, then choice, then system locale)."""
        return self.session.language

    def apply_language(self) -> None:
        """Install the UI catalogues for the current language and tell every view."""
        self.translations.switch(self.language)
        self.languageChanged.emit(self.language)

    def set_language(self, lang: str) -> None:
        """Change the language now, without a restart."""
        self.session.update_settings(language=lang)
        self.apply_language()

    @property
    def catalog(self) -> Catalog:
        """Guide and advice wording in the current language."""
        return load_catalog(self.language)

    @property
    def region(self) -> str:
        """The region in use: policy, then the person's choice, then a guess from the locale."""
        return (
            self.session.policy.region
            or self.session.settings.region
            or region_for_locale(system_locale())
        )

    @property
    def region_pack(self) -> RegionPack:
        """The region's numbers and services (the international pack if it cannot be read)."""
        return region_or_fallback(self.region)[0]

    def set_region(self, code: str) -> None:
        """Change the region now; crisis numbers and services follow at once."""
        self.session.update_settings(region=code)
        self.regionChanged.emit(self.region)

    @property
    def age_group(self) -> str | None:
        """ "under18", "adult", or None while unknown. School mode is always under 18."""
        return "under18" if self.session.policy.under_18_rules else self._age_group

    def set_age_group(self, age_group: str | None) -> None:
        """Record the person's age group (from the guide's answer)."""
        if age_group != self._age_group:
            self._age_group = age_group
            self.ageGroupChanged.emit(age_group or "")

    def service_name(self, service: Service) -> str:
        """A service's name in the current language."""
        if service.name:
            return service.name
        return self.catalog.text(service.name_key) if service.name_key else service.id

    def services(self, category: str) -> tuple[Service, ...]:
        """The region's services in ``category`` that fit the person's age."""
        return services(self.region_pack, category, self.age_group)

    def set_panic_mode(self, on: bool) -> None:
        """One step per screen (True) or the whole checklist (False)."""
        self.session.update_settings(panic_mode=on)
        self.settingsChanged.emit()

    def set_reduced_motion(self, still: bool) -> None:
        """Keep everything still (no animation) or not."""
        self.session.update_settings(reduced_motion=still)
        self.settingsChanged.emit()

    def set_theme(self, theme: str) -> None:
        """Remember the light/dark choice."""
        self.session.update_settings(theme=theme)
        self.settingsChanged.emit()

    # --- the vault --------------------------------------------------------------------------

    @property
    def vault_state(self) -> VaultState:
        """Whether there is a diary yet, and whether it is open."""
        return self.session.vault_state

    def unlock_methods(self) -> tuple[Method, ...]:
        """How this profile's vault can be opened (empty when there is no vault)."""
        if self.vault_state is VaultState.NONE:
            return ()
        try:
            return self.session.available_methods()
        except VaultError:
            return (Method.PASSPHRASE, Method.RECOVERY)

    def _emit_state(self) -> None:
        self.vaultStateChanged.emit(self.vault_state.value)

    def create_vault(self, use_keyring: bool, passphrase: str | None) -> None:
        """Create the diary's vault in the background; ``vaultCreated`` carries the recovery key."""

        def done(recovery_key: str) -> None:
            self._emit_state()
            self.vaultCreated.emit(recovery_key)

        def failed(exc: Exception) -> None:
            self.createFailed.emit(*_describe(exc))

        self.jobs.start(
            lambda: self.session.create_vault(use_keyring=use_keyring, passphrase=passphrase),
            done,
            failed,
        )

    def unlock(self, method: Method, secret: str = "") -> None:
        """Unlock in the background; ``vaultStateChanged`` or ``unlockFailed`` follows."""

        def failed(exc: Exception) -> None:
            if isinstance(exc, VaultDamaged):
                self.damaged = getattr(exc, "damaged", None)
            self.unlockFailed.emit(*_describe(exc))

        self.jobs.start(lambda: self.session.unlock(method, secret), self._unlocked, failed)

    def _unlocked(self, _result: object = None) -> None:
        self._emit_state()
        vault = self.session.vault
        if vault is not None and vault.damaged_journal is not None:
            self.vaultNotice.emit("vault.journal_damaged")

    def restore_latest_backup(self) -> str | None:
        """Replace a damaged database with its newest backup and open it; an error code or None."""
        damaged = self.damaged
        if damaged is None or not damaged.backups():
            return "vault.backup_failed"
        try:
            self.session.adopt(damaged.restore(damaged.backups()[0]))
        except VaultError as exc:
            return exc.code
        self.damaged = None
        self._emit_state()
        return None

    def restore_keyfile(self) -> str | None:
        """Put the spare key file back in place; an error code or None."""
        from core.vault import Vault

        try:
            Vault.restore_keyfile(self.session.profile)
        except VaultError as exc:
            return exc.code
        return None

    def _vault_job(self, work: Callable[[Vault], object], done: Callable[[object], None]) -> None:
        """Run ``work(vault)`` in the background; failures go to ``methodFailed``."""
        try:
            vault = self.session.require_vault()
        except VaultError as exc:
            self.methodFailed.emit(*_describe(exc))
            return
        self.jobs.start(
            lambda: work(vault), done, lambda exc: self.methodFailed.emit(*_describe(exc))
        )

    def set_passphrase(self, passphrase: str) -> None:
        """Add or change the passphrase (Argon2id runs in the background)."""
        self._vault_job(lambda v: v.set_passphrase(passphrase), self._methods_done)

    def set_keyring_unlock(self, enabled: bool) -> None:
        """Let this computer unlock the diary, or stop it doing so."""
        if enabled and not self.session.policy.keyring_allowed:
            self.methodFailed.emit("vault.keyring_unavailable", "not_allowed")
            return
        if enabled:
            self._vault_job(lambda v: v.enable_keyring(), self._methods_done)
        else:
            self._vault_job(lambda v: v.remove_method(Method.KEYRING), self._methods_done)

    def _methods_done(self, _result: object) -> None:
        self.methodsChanged.emit()

    def new_recovery_key(self) -> None:
        """Replace the recovery key; ``recoveryKeyIssued`` carries the new one."""
        self._vault_job(lambda v: v.new_recovery_key(), self.recoveryKeyIssued.emit)

    def backup_now(self, done: Callable[[str | None], None]) -> None:
        """Write a verified backup; ``done`` gets None or an error code."""
        try:
            vault = self.session.require_vault()
        except VaultError as exc:
            done(exc.code)
            return
        self.jobs.start(vault.backup, lambda _: done(None), lambda exc: done(_describe(exc)[0]))

    def _stop_background_work(self) -> None:
        """Cancel long work and wait for the diary's thread: nothing may use a closed vault."""
        self.diary.cancel_all()
        self.diary.writes.wait()

    def lock(self) -> None:
        """Lock the vault now (backing up first if anything changed)."""
        self._stop_background_work()
        self.session.lock()
        self._emit_state()

    def quick_exit(self) -> None:
        """Hide every window at once, clear the clipboard and lock (no backup: speed matters)."""
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        self.clipboard.clear_now()
        self._stop_background_work()
        self.session.lock(make_backup=False)
        self._emit_state()
        self.quickExitRequested.emit()


def _describe(exc: Exception) -> tuple[str, str]:
    """A stable error code and a reason without user data, for the UI to put into words."""
    if isinstance(exc, KeyringUnavailable):
        return exc.code, exc.reason
    if isinstance(exc, VaultError):
        return exc.code, ""
    return "app.unexpected", type(exc).__name__
