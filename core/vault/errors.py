"""Everything that can go wrong with a vault, each with a stable code the UI turns into calm words.

Core never writes sentences for people; the UI maps ``code`` to translated text.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base class. ``code`` is stable and never contains user data."""

    code = "vault.error"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.code)
        self.detail = detail


class VaultNotFound(VaultError):
    """There is no vault in this profile yet."""

    code = "vault.not_found"


class VaultAlreadyExists(VaultError):
    """Creating a vault where one exists would lose data, so it is refused."""

    code = "vault.exists"


class WrongPassphrase(VaultError):
    """The passphrase does not open this vault. Nothing on disk was changed."""

    code = "vault.wrong_passphrase"


class WrongRecoveryKey(VaultError):
    """The recovery key is well formed but does not open this vault."""

    code = "vault.wrong_recovery_key"


class RecoveryKeyTypo(VaultError):
    """The recovery key's check letters do not match: probably a typing slip."""

    code = "vault.recovery_key_typo"


class MethodNotSet(VaultError):
    """This way of unlocking has not been set up for the vault."""

    code = "vault.method_not_set"


class LastMethod(VaultError):
    """Removing the only remaining way to unlock would lock the person out for ever."""

    code = "vault.last_method"


class KeyringUnavailable(VaultError):
    """The system keyring cannot be used right now; ``reason`` says why."""

    code = "vault.keyring_unavailable"

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason  # "missing" | "locked" | "denied" | "no_entry" | "not_allowed"


class KeyFileDamaged(VaultError):
    """The key file beside the database is unreadable or altered."""

    code = "vault.keyfile_damaged"


class VaultDamaged(VaultError):
    """The database failed its integrity checks or could not be read with the right key."""

    code = "vault.damaged"


class DiskFull(VaultError):
    """The disk filled up during a write; the previous state was kept."""

    code = "vault.disk_full"


class VaultLocked(VaultError):
    """The vault is locked; unlock it first."""

    code = "vault.locked"


class BackupFailed(VaultError):
    """A backup could not be written or did not verify; the old backups were kept."""

    code = "vault.backup_failed"
