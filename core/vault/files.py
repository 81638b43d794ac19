"""Where a vault's files live inside a profile folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class VaultFiles:
    """Paths of one profile's vault: database, key file, backups, evidence blobs."""

    profile: Path

    @property
    def db(self) -> Path:
        """The SQLCipher database."""
        return self.profile / "vault.db"

    @property
    def keyfile(self) -> Path:
        """The key file with the wrapped database key."""
        return self.profile / "vault.key"

    @property
    def backups(self) -> Path:
        """Verified encrypted backups and the key file mirror."""
        return self.profile / "backups"

    @property
    def keyfile_mirror(self) -> Path:
        """A copy of the key file, refreshed whenever the key file changes."""
        return self.backups / "vault.key"

    @property
    def blobs(self) -> Path:
        """Encrypted evidence files."""
        return self.profile / "blobs"

    def exists(self) -> bool:
        """True if any part of a vault is here (so creating a new one would risk data)."""
        return self.keyfile.exists() or self.db.exists() or self.keyfile_mirror.exists()
