"""One person's running Harbour, without any Qt: profile, policy, settings and the vault's state.

The UI controller wraps this object and adds signals and threads; tests and ``--self-test`` drive
it directly.
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from core.content.languages import language_for_locale
from core.content.regions import region_for_locale
from core.policy import Policy
from core.settings import Settings, load_settings, save_settings
from core.vault import Method
from core.vault.errors import KeyringUnavailable, MethodNotSet, VaultLocked
from core.vault.files import VaultFiles
from core.vault.kdf import KdfParams

if TYPE_CHECKING:
    from core.evidence import BlobStore
    from core.vault import Vault


class VaultState(Enum):
    """Where the person's diary stands."""

    NONE = "none"  # nothing saved yet: the guide works, the diary is created on first save
    LOCKED = "locked"
    UNLOCKED = "unlocked"


def system_locale() -> str | None:
    """The desktop's locale name from the environment, e.g. ``es_ES.UTF-8`` (None if unset).

    ``locale.getlocale`` is not used: it reports ``C.UTF-8`` as American English.
    """
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value and value.split(".")[0] not in ("C", "POSIX"):
            return value
    return None


class Session:
    """Profile folder + policy + settings + (maybe) an unlocked vault."""

    def __init__(
        self, profile: Path, policy: Policy | None = None, locale_name: str | None = None
    ) -> None:
        self.profile = profile
        self.locale_name = locale_name or system_locale()
        self.policy = policy or Policy()
        self.settings: Settings = load_settings(profile)
        self.vault: Vault | None = None
        self.blobs: BlobStore | None = None

    # --- preferences ------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The language in use: policy, then the person's choice, then the system locale."""
        return language_for_locale(
            self.policy.language or self.settings.language or self.locale_name
        )

    def update_settings(self, **changes: object) -> None:
        """Change and save preferences (the policy's fixed values still win when read)."""
        self.settings = self.settings.with_changes(**changes)
        save_settings(self.profile, self.settings)

    @property
    def region(self) -> str:
        """The region in use: policy, then the person's choice, then a guess from the locale."""
        return self.policy.region or self.settings.region or region_for_locale(self.locale_name)

    # --- the vault --------------------------------------------------------------------------

    @property
    def vault_state(self) -> VaultState:
        """NONE, LOCKED or UNLOCKED."""
        if self.vault is not None and not self.vault.is_locked:
            return VaultState.UNLOCKED
        return VaultState.LOCKED if VaultFiles(self.profile).exists() else VaultState.NONE

    @property
    def images_allowed(self) -> bool:
        """False in school mode or when policy forbids evidence images (the under-18 guard)."""
        return self.policy.evidence_images_allowed and not self.policy.under_18_rules

    def require_blobs(self) -> BlobStore:
        """The encrypted evidence store of the unlocked vault, or ``VaultLocked``."""
        self.require_vault()
        if self.blobs is None:
            raise VaultLocked
        return self.blobs

    def _opened(self) -> None:
        """Finish opening: the evidence store; deletes a Quick exit left pending become final."""
        from core.evidence import open_blob_store, purge_deleted

        vault = self.require_vault()
        self.blobs = open_blob_store(vault.conn, self.profile)
        purge_deleted(vault.conn, self.blobs)

    def require_vault(self) -> Vault:
        """The unlocked vault, or ``VaultLocked``."""
        if self.vault is None or self.vault.is_locked:
            raise VaultLocked
        return self.vault

    def create_vault(
        self, *, use_keyring: bool, passphrase: str | None, kdf_params: KdfParams | None = None
    ) -> str:
        """Create the vault within the policy's rules; return the recovery key to show once."""
        if use_keyring and not self.policy.keyring_allowed:
            raise KeyringUnavailable("not_allowed")
        if self.policy.passphrase_required and not passphrase:
            raise MethodNotSet(Method.PASSPHRASE.value)
        from core.vault import Vault

        self.vault, recovery_key = Vault.create(
            self.profile, use_keyring=use_keyring, passphrase=passphrase, kdf_params=kdf_params
        )
        self._opened()
        return recovery_key

    def available_methods(self) -> tuple[Method, ...]:
        """The unlock methods set up for the vault in this profile.

        The keyring is left out when the policy forbids it, unless the diary has no passphrase
        (``Policy.may_unlock_with_keyring``): a diary is never stranded by a new policy.
        """
        from core.vault import Vault

        methods = Vault.read_keyfile(self.profile).methods()
        if not self.policy.may_unlock_with_keyring(has_passphrase=Method.PASSPHRASE in methods):
            methods = tuple(m for m in methods if m is not Method.KEYRING)
        return methods

    def unlock(self, method: Method, secret: str = "") -> None:
        """Unlock with ``method`` (passphrase and recovery key need ``secret``)."""
        from core.vault import Vault

        if method is Method.KEYRING:
            if not self.policy.keyring_allowed and method not in self.available_methods():
                raise KeyringUnavailable("not_allowed")
            self.vault = Vault.unlock_with_keyring(self.profile)
        elif method is Method.PASSPHRASE:
            self.vault = Vault.unlock_with_passphrase(self.profile, secret)
        else:
            self.vault = Vault.unlock_with_recovery_key(self.profile, secret)
        self._opened()

    def adopt(self, vault: Vault) -> None:
        """Use a vault opened elsewhere (e.g. restored from a backup)."""
        self.vault = vault
        self._opened()

    def lock(self, *, make_backup: bool = True) -> None:
        """Lock the vault (a no-op when there is none or it is locked).

        A normal lock first makes deletes final (undo lasts until the diary is closed). Quick exit
        passes ``make_backup=False`` and skips that too, for speed; the next unlock finishes it.
        """
        from core.evidence import purge_deleted

        vault, blobs = self.vault, self.blobs
        self.vault, self.blobs = None, None
        if vault is None or vault.is_locked:
            return
        try:
            if make_backup and blobs is not None:
                purge_deleted(vault.conn, blobs)
        finally:
            vault.lock(make_backup=make_backup)
