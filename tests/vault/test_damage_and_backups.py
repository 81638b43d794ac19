"""Damaged files are detected, never silently replaced, and a verified backup restores them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from core.vault import Vault, backup
from core.vault.errors import BackupFailed, KeyFileDamaged, VaultDamaged
from core.vault.files import VaultFiles
from core.vault.kdf import KdfParams
from tests.vault.crash_image import flip


def _vault_with_rows(profile: Path, rows: int) -> tuple[Vault, str]:
    vault, recovery_key = Vault.create(profile, use_keyring=True)
    with vault.transaction() as conn:
        conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [(f"row{i}", "x" * 200) for i in range(rows)],
        )
    return vault, recovery_key


@pytest.mark.parametrize("offset_fraction", [0.0, 0.3, 0.99])
def test_flipped_byte_in_database_is_detected_and_backup_restores(
    data_dir: Path, offset_fraction: float
) -> None:
    vault, _ = _vault_with_rows(data_dir, 300)
    vault.lock()  # backs up, because something changed
    files = VaultFiles(data_dir)
    size = files.db.stat().st_size
    flip(files.db, min(size - 1, int(size * offset_fraction) + 100))
    with pytest.raises(VaultDamaged) as damage:
        Vault.unlock_with_keyring(data_dir)
    damaged = damage.value.damaged  # type: ignore[attr-defined]
    offered = damaged.backups()
    assert offered, "a backup must be offered"
    restored = damaged.restore(offered[0])
    assert (
        restored.conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'row%'").fetchone()[0]
        == 300
    )
    restored.lock()
    kept_aside = [p for p in data_dir.iterdir() if p.name.startswith("vault.db.damaged-")]
    assert kept_aside, "the damaged database is kept, not deleted"


def test_flipped_byte_in_key_file_is_damage_not_wrong_passphrase(
    data_dir: Path, floor_kdf: KdfParams
) -> None:
    vault, _ = Vault.create(data_dir, use_keyring=False, passphrase="pw", kdf_params=floor_kdf)
    vault.lock()
    files = VaultFiles(data_dir)
    raw = bytearray(files.keyfile.read_bytes())
    index = raw.index(b'"wrapped": "') + 14
    raw[index] = ord("A") if raw[index] != ord("A") else ord("B")
    files.keyfile.write_bytes(bytes(raw))
    with pytest.raises(KeyFileDamaged):
        Vault.unlock_with_passphrase(data_dir, "pw")
    Vault.restore_keyfile(data_dir)
    Vault.unlock_with_passphrase(data_dir, "pw").lock()


def test_truncated_or_missing_key_file(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, use_keyring=True)
    vault.lock()
    files = VaultFiles(data_dir)
    files.keyfile.write_bytes(files.keyfile.read_bytes()[:40])
    with pytest.raises(KeyFileDamaged):
        Vault.unlock_with_keyring(data_dir)
    files.keyfile.unlink()
    with pytest.raises(KeyFileDamaged):
        Vault.unlock_with_keyring(data_dir)
    Vault.restore_keyfile(data_dir)
    Vault.unlock_with_keyring(data_dir).lock()


def test_missing_database_with_backups_is_damage_not_a_fresh_vault(data_dir: Path) -> None:
    vault, _ = _vault_with_rows(data_dir, 5)
    vault.lock()
    VaultFiles(data_dir).db.unlink()
    with pytest.raises(VaultDamaged) as damage:
        Vault.unlock_with_keyring(data_dir)
    restored = damage.value.damaged.restore(damage.value.damaged.backups()[0])  # type: ignore[attr-defined]
    assert restored.conn.execute("SELECT count(*) FROM meta").fetchone()[0] >= 5
    restored.lock()


def test_backups_verify_and_rotate(data_dir: Path) -> None:
    vault, _ = _vault_with_rows(data_dir, 3)
    files = VaultFiles(data_dir)
    for _ in range(backup.KEEP + 3):
        vault.backup()
    kept = backup.list_backups(files)
    assert len(kept) == backup.KEEP
    assert kept[0].created > kept[-1].created
    key = bytes(vault._db_key or b"")
    backup.verify_backup(kept[0].path, key)
    flip(kept[-1].path, kept[-1].path.stat().st_size // 2)
    with pytest.raises(BackupFailed):
        backup.verify_backup(kept[-1].path, key)
    with pytest.raises(BackupFailed):
        backup.verify_backup(kept[0].path, os.urandom(32))
    vault.lock()


def test_lock_without_changes_makes_no_new_backup(data_dir: Path) -> None:
    vault, _ = _vault_with_rows(data_dir, 1)
    vault.lock()
    count = len(backup.list_backups(VaultFiles(data_dir)))
    Vault.unlock_with_keyring(data_dir).lock()
    assert len(backup.list_backups(VaultFiles(data_dir))) == count
