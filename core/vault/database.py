"""Opening the SQLCipher 4 database with a raw 32-byte key and Harbour's pragmas."""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from core.vault.errors import DiskFull
from core.vault.migrations import Connection

KEY_BYTES = 32
DatabaseError = sqlcipher3.DatabaseError


class WrongKeyOrDamaged(Exception):
    """The database could not be read with this key: the key is wrong or the file is damaged."""


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("the database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes) -> Connection:
    """Open (or create) the database at ``path``; ``WrongKeyOrDamaged`` if it is unreadable.

    The connection runs in autocommit mode; use ``transaction()`` for every change.
    """
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        conn.execute("PRAGMA cipher_memory_security = ON")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise WrongKeyOrDamaged(str(exc)) from exc
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def is_disk_full(exc: BaseException) -> bool:
    """True if ``exc`` means the disk (or the user's quota) is full."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return isinstance(exc, DatabaseError) and "full" in str(exc).lower()


def _roll_back(conn: Connection) -> None:
    if conn.in_transaction:
        conn.execute("ROLLBACK")


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """Run the block in one ``BEGIN IMMEDIATE`` transaction: all of it lands, or none of it.

    A full disk raises ``DiskFull`` with nothing committed, and the connection stays usable.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            _roll_back(conn)
            raise
    except DatabaseError as exc:
        if is_disk_full(exc):
            raise DiskFull("write") from exc
        raise


def integrity_problems(conn: Connection) -> list[str]:
    """Every problem SQLCipher's page HMACs and SQLite's own check find (empty when sound)."""
    problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
    problems += [str(row[0]) for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    return problems
