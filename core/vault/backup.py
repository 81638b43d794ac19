"""Encrypted backups of the database: written with ``sqlcipher_export``, verified, then rotated.

A backup is a complete SQLCipher database under the same key, so the key file opens it too. The
``backups/`` folder also keeps a mirror of the key file, refreshed whenever the key file changes,
so that a damaged key file can be replaced without losing any way to unlock.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from core.atomic import fsync_dir
from core.vault import database
from core.vault.errors import BackupFailed, DiskFull
from core.vault.files import VaultFiles
from core.vault.migrations import Connection, current_version

KEEP = 5
_NAME = re.compile(r"^vault-(\d{8}T\d{6}\d{6}Z)\.db$")


@dataclass(frozen=True)
class Backup:
    """One backup file and when it was made."""

    path: Path
    created: datetime


def list_backups(files: VaultFiles) -> list[Backup]:
    """Backups in this profile, newest first."""
    found = []
    if files.backups.is_dir():
        for path in files.backups.iterdir():
            match = _NAME.match(path.name)
            if match:
                created = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
                found.append(Backup(path, created))
    return sorted(found, key=lambda b: b.created, reverse=True)


def _row_counts(conn: Connection, schema: str = "main") -> dict[str, int]:
    tables = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "  # noqa: S608
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]  # noqa: S608
        for name in tables
    }


def verify_backup(path: Path, key: bytes, expected_counts: dict[str, int] | None = None) -> None:
    """Open ``path`` with ``key`` and check it fully; raise ``BackupFailed`` if anything is off."""
    try:
        conn = database.connect(path, key)
    except (database.WrongKeyOrDamaged, database.DatabaseError) as exc:
        raise BackupFailed(f"backup unreadable: {exc}") from exc
    try:
        problems = database.integrity_problems(conn)
        if problems:
            raise BackupFailed(f"backup failed its checks: {problems[:3]}")
        if expected_counts is not None and _row_counts(conn) != expected_counts:
            raise BackupFailed("backup row counts differ from the vault")
    except database.DatabaseError as exc:
        raise BackupFailed(f"backup unreadable: {exc}") from exc
    finally:
        conn.close()


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def remove_stale_temps(files: VaultFiles) -> None:
    """Remove temp files that a killed Harbour left: half-made backups (whole copies of the
    vault), key file and restore temps. None of them is ever read back."""
    patterns = (
        (files.backups, ".vault-*.db.tmp*"),
        (files.backups, f".{files.keyfile_mirror.name}.*.tmp"),
        (files.profile, f".{files.keyfile.name}.*.tmp"),
        (files.profile, f".{files.db.name}.restore.tmp"),
    )
    for folder, pattern in patterns:
        for stale in folder.glob(pattern):
            stale.unlink(missing_ok=True)


def make_backup(conn: Connection, key: bytes, files: VaultFiles, keep: int = KEEP) -> Backup:
    """Write, verify and rotate a backup of the open database ``conn``."""
    files.backups.mkdir(mode=0o700, exist_ok=True)
    created = datetime.now(UTC)
    final = files.backups / f"vault-{created.strftime('%Y%m%dT%H%M%S%fZ')}.db"
    tmp = files.backups / f".{final.name}.tmp"
    remove_stale_temps(files)
    try:
        conn.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{key.hex()}'\"", (str(tmp),))
        try:
            conn.execute("SELECT sqlcipher_export('backup')")
            conn.execute(f"PRAGMA backup.user_version = {current_version(conn)}")
            counts = _row_counts(conn)
        finally:
            conn.execute("DETACH DATABASE backup")
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        verify_backup(tmp, key, counts)
        os.replace(tmp, final)
        fsync_dir(files.backups)
    except database.DatabaseError as exc:
        _remove_with_sidecars(tmp)
        if "full" in str(exc).lower():
            raise DiskFull("backup") from exc
        raise BackupFailed(str(exc)) from exc
    except OSError as exc:
        _remove_with_sidecars(tmp)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull("backup") from exc
        raise BackupFailed(str(exc)) from exc
    except BaseException:
        _remove_with_sidecars(tmp)
        raise
    for old in list_backups(files)[keep:]:
        _remove_with_sidecars(old.path)
    return Backup(final, created)


def _aside_name(path: Path, label: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.name}.{label}-{stamp}")


def keep_copy(path: Path, label: str) -> Path:
    """Copy a damaged file beside itself (synced), leaving the original in use."""
    target = _aside_name(path, label)
    try:
        shutil.copyfile(path, target)
        with target.open("rb+") as handle:
            os.fsync(handle.fileno())
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull("keeping a damaged file") from exc
        raise
    return target


def set_aside(path: Path, label: str) -> Path | None:
    """Rename a damaged file (and its WAL sidecars) out of the way, never deleting it."""
    if not path.exists():
        return None
    target = _aside_name(path, label)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{target}{suffix}"))
    os.replace(path, target)
    fsync_dir(path.parent)
    return target


def restore_backup(files: VaultFiles, backup: Backup, key: bytes) -> None:
    """Put ``backup`` in place of the database; the old database is kept beside it, renamed."""
    verify_backup(backup.path, key)
    tmp = files.db.with_name(f".{files.db.name}.restore.tmp")
    try:
        shutil.copyfile(backup.path, tmp)
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        set_aside(files.db, "damaged")
        os.replace(tmp, files.db)
        fsync_dir(files.db.parent)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull("restore") from exc
        raise BackupFailed(str(exc)) from exc
