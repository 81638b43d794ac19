"""Every older schema version opens and migrates to the newest, keeping its data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from core.vault import Vault, backup, database
from core.vault.errors import VaultDamaged
from core.vault.files import VaultFiles
from core.vault.migrations import all_migrations, apply_migrations, current_version, latest_version


def test_numbers_are_unique_and_ascending() -> None:
    versions = [m.version for m in all_migrations()]
    assert versions == sorted(set(versions))
    assert versions[0] == 1


@pytest.mark.parametrize("start", [m.version for m in all_migrations()])
def test_migrates_from_every_older_version(tmp_path: Path, start: int) -> None:
    key = os.urandom(32)
    conn = database.connect(tmp_path / "old.db", key)
    with database.transaction(conn):
        apply_migrations(conn, up_to=start)
        conn.execute("INSERT INTO meta VALUES ('from', ?)", (str(start),))
    assert current_version(conn) == start
    with database.transaction(conn):
        apply_migrations(conn)
    assert current_version(conn) == latest_version()
    assert conn.execute("SELECT value FROM meta WHERE key='from'").fetchone()[0] == str(start)
    assert database.integrity_problems(conn) == []
    conn.close()


def test_unlock_migrates_an_old_vault_after_backing_it_up(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, use_keyring=True)
    key = bytes(vault._db_key or b"")
    vault.lock(make_backup=False)
    files = VaultFiles(data_dir)
    files.db.unlink()
    old = database.connect(files.db, key)
    with database.transaction(old):
        apply_migrations(old, up_to=1)
        old.execute("INSERT INTO meta VALUES ('old', 'data')")
    old.close()
    reopened = Vault.unlock_with_keyring(data_dir)
    assert current_version(reopened.conn) == latest_version()
    assert reopened.conn.execute("SELECT value FROM meta WHERE key='old'").fetchone()[0] == "data"
    reopened.lock()
    if latest_version() > 1:
        assert backup.list_backups(files), "a backup is taken before migrating"


def test_a_vault_from_a_newer_harbour_is_not_touched(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, use_keyring=True)
    with vault.transaction() as conn:
        conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    vault.lock(make_backup=False)
    before = VaultFiles(data_dir).db.read_bytes()
    with pytest.raises(VaultDamaged):
        Vault.unlock_with_keyring(data_dir)
    assert VaultFiles(data_dir).db.read_bytes() == before
