"""A disk that fills up mid-write gives DiskFull and loses nothing already committed."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.vault import Vault
from core.vault.errors import DiskFull
from core.vault.kdf import KdfParams
from tests.disks import fill_disk, small_tmpfs


def test_disk_full_during_writes_keeps_committed_data(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "disk", "4m") as disk:
        profile = disk / "profile"
        vault, _ = Vault.create(profile, use_keyring=True)
        with vault.transaction() as conn:
            conn.execute("INSERT INTO meta VALUES ('committed', 'safe')")
        fill_disk(disk, leave=8192)
        with pytest.raises(DiskFull):
            for i in range(10_000):
                with vault.transaction() as conn:
                    conn.execute("INSERT INTO meta VALUES (?, ?)", (f"big{i}", "y" * 4000))
        with pytest.raises(DiskFull):
            vault.set_passphrase("new passphrase", KdfParams())
        assert not list(profile.glob(".*.tmp"))
        vault.lock()
        (disk / "filler").unlink()
        reopened = Vault.unlock_with_keyring(profile)
        value = reopened.conn.execute("SELECT value FROM meta WHERE key='committed'").fetchone()[0]
        assert value == "safe"
        reopened.lock()
