"""The encrypted vault: SQLCipher database, key file, unlock methods, backups and migrations."""

from core.vault.keyfile import Method
from core.vault.vault import DamagedVault, Vault

__all__ = ["DamagedVault", "Method", "Vault"]
