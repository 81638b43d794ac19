"""The encrypted vault: SQLCipher database, key file, unlock methods, backups and migrations.

``Vault`` and ``DamagedVault`` load SQLCipher and the crypto libraries, so they are imported on
first use: the guide must appear quickly, before anyone needs the diary.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from core.vault.keyfile import Method

if TYPE_CHECKING:
    from core.vault.vault import DamagedVault, Vault

__all__ = ["DamagedVault", "Method", "Vault"]


def __getattr__(name: str) -> Any:
    if name in ("Vault", "DamagedVault"):
        from core.vault import vault

        return getattr(vault, name)
    raise AttributeError(name)
