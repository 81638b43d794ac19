"""The vault: one SQLCipher database opened with a random key that several unlock methods wrap.

Life cycle: ``create`` → ``unlock_*`` → work inside ``transaction()`` → ``lock``. Unlocking reads
only the key file until the right key is found, so a wrong passphrase never touches the database.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from core.vault import backup, database, kdf, keyfile, keyring_store, recovery
from core.vault.errors import (
    BackupFailed,
    DiskFull,
    KeyFileDamaged,
    KeyringUnavailable,
    LastMethod,
    MethodNotSet,
    VaultAlreadyExists,
    VaultDamaged,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)
from core.vault.files import VaultFiles
from core.vault.journal import check_journal, journal_path
from core.vault.keyfile import KeyFile, Method, Slot
from core.vault.migrations import Connection, apply_migrations, current_version, latest_version
from core.vault.wrapping import UnwrapFailed, unwrap, wrap


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _slot(vault_id: str, kind: Method, wrapping_key: bytes, db_key: bytes, **extra: object) -> Slot:
    nonce, wrapped = wrap(wrapping_key, db_key, keyfile.slot_context(vault_id, kind))
    return Slot(kind, nonce, wrapped, _now(), **extra)  # type: ignore[arg-type]


def _open_database(files: VaultFiles, db_key: bytes, *, create: bool = False) -> Connection:
    """Open, check and migrate the database; a fresh one is made only when ``create`` is set."""
    if not files.db.exists() and not create:
        raise VaultDamaged("database missing")
    try:
        conn = database.connect(files.db, db_key)
    except (database.WrongKeyOrDamaged, database.DatabaseError) as exc:
        raise VaultDamaged(str(exc)) from exc
    try:
        problems = database.integrity_problems(conn)
        if problems:
            raise VaultDamaged(f"integrity: {problems[:3]}")
        if current_version(conn) > latest_version():
            raise VaultDamaged("made by a newer Harbour")
        if current_version(conn) < latest_version():
            if current_version(conn) > 0:
                backup.make_backup(conn, db_key, files)
            with database.transaction(conn):
                apply_migrations(conn)
    except database.DatabaseError as exc:
        conn.close()
        if database.is_disk_full(exc):
            raise DiskFull("opening") from exc
        raise VaultDamaged(str(exc)) from exc
    except BaseException:
        conn.close()
        raise
    return conn


class DamagedVault:
    """A vault whose key is known but whose database failed its checks: offer the backups."""

    def __init__(self, files: VaultFiles, kf: KeyFile, db_key: bytes) -> None:
        self.files = files
        self._keyfile = kf
        self._db_key = db_key

    def backups(self) -> list[backup.Backup]:
        """Backups that could replace the damaged database, newest first."""
        return backup.list_backups(self.files)

    def restore(self, chosen: backup.Backup) -> Vault:
        """Replace the database with ``chosen`` (the damaged one is kept, renamed) and open it."""
        backup.restore_backup(self.files, chosen, self._db_key)
        conn = _open_database(self.files, self._db_key)
        return Vault(self.files, self._keyfile, self._db_key, conn)


def _unwrap_slot(kf: KeyFile, method: Method, wrapping: bytes, wrong: Exception) -> bytes:
    """The database key from ``method``'s slot, or ``wrong`` raised if the key does not fit."""
    slot = kf.slot(method)
    if slot is None:
        raise MethodNotSet(method.value)
    try:
        return unwrap(wrapping, slot.nonce, slot.wrapped, keyfile.slot_context(kf.vault_id, method))
    except UnwrapFailed as exc:
        raise wrong from exc


class Vault:
    """An unlocked vault. Every change goes through ``transaction()``."""

    def __init__(
        self,
        files: VaultFiles,
        kf: KeyFile,
        db_key: bytes,
        conn: Connection,
        damaged_journal: Path | None = None,
    ) -> None:
        self.files = files
        self._keyfile = kf
        self._db_key: bytearray | None = bytearray(db_key)
        self._conn: Connection | None = conn
        self._changes_at_backup = conn.total_changes
        # Set when the write-ahead log left by a sudden close was damaged, so some committed
        # changes could not be read back: the copy of that log kept beside the database.
        self.damaged_journal = damaged_journal

    # --- creating and unlocking -------------------------------------------------------------

    @staticmethod
    def exists(profile: Path) -> bool:
        """True if this profile already holds a vault (or the remains of one)."""
        return VaultFiles(profile).exists()

    @classmethod
    def create(
        cls,
        profile: Path,
        *,
        use_keyring: bool = True,
        passphrase: str | None = None,
        kdf_params: kdf.KdfParams | None = None,
    ) -> tuple[Vault, str]:
        """Make a new vault; return it and its recovery key (show that once, then forget it)."""
        files = VaultFiles(profile)
        if files.exists():
            raise VaultAlreadyExists(str(profile))
        if not use_keyring and not passphrase:
            raise MethodNotSet("a vault needs this computer's keyring or a passphrase")
        profile.mkdir(mode=0o700, parents=True, exist_ok=True)
        vault_id = uuid.uuid4().hex
        db_key = os.urandom(database.KEY_BYTES)
        recovery_key = recovery.generate()
        salt = kdf.new_salt()
        slots = [
            _slot(
                vault_id,
                Method.RECOVERY,
                recovery.wrapping_key(recovery_key, salt),
                db_key,
                salt=salt,
            )
        ]
        if passphrase:
            params = kdf_params or kdf.calibrate()
            salt = kdf.new_salt()
            wrapping = kdf.derive(passphrase, salt, params)
            slots.append(
                _slot(vault_id, Method.PASSPHRASE, wrapping, db_key, salt=salt, kdf=params)
            )
        if use_keyring:
            wrapping = keyring_store.new_wrapping_key()
            keyring_store.store(vault_id, wrapping)
            slots.append(_slot(vault_id, Method.KEYRING, wrapping, db_key))
        kf = KeyFile(vault_id, _now(), tuple(slots))
        try:
            cls._write_keyfile(files, kf)
            conn = _open_database(files, db_key, create=True)
        except BaseException:
            for path in (files.keyfile, files.keyfile_mirror, files.db):
                backup._remove_with_sidecars(path)
            if use_keyring:
                with contextlib.suppress(KeyringUnavailable):
                    keyring_store.forget(vault_id)
            raise
        with database.transaction(conn):
            conn.execute("INSERT INTO meta (key, value) VALUES ('created', ?)", (_now(),))
        return cls(files, kf, db_key, conn), recovery_key

    @staticmethod
    def read_keyfile(profile: Path) -> KeyFile:
        """The profile's key file; ``VaultNotFound`` if there is none, ``KeyFileDamaged`` if bad."""
        files = VaultFiles(profile)
        try:
            return keyfile.read(files.keyfile)
        except FileNotFoundError:
            if files.keyfile_mirror.exists() or files.db.exists():
                raise KeyFileDamaged("key file missing") from None
            raise VaultNotFound(str(profile)) from None

    @classmethod
    def _open(cls, profile: Path, kf: KeyFile, db_key: bytes) -> Vault:
        files = VaultFiles(profile)
        fresh = not files.db.exists() and not backup.list_backups(files)
        journal = journal_path(files.db)
        # SQLite would quietly drop what follows a damaged frame: keep the log, then say so.
        kept = backup.keep_copy(journal, "damaged") if check_journal(journal).damaged else None
        try:
            conn = _open_database(files, db_key, create=fresh)
        except VaultDamaged as exc:
            exc.damaged = DamagedVault(files, kf, db_key)  # type: ignore[attr-defined]
            raise
        backup.remove_stale_temps(files)
        return cls(files, kf, db_key, conn, damaged_journal=kept)

    @classmethod
    def unlock_with_keyring(cls, profile: Path) -> Vault:
        """Unlock with the key kept in this computer's keyring."""
        kf = cls.read_keyfile(profile)
        slot = kf.slot(Method.KEYRING)
        if slot is None:
            raise MethodNotSet(Method.KEYRING.value)
        wrapping = keyring_store.load(kf.vault_id)
        misfit = KeyringUnavailable("no_entry", "keyring entry does not fit")
        return cls._open(profile, kf, _unwrap_slot(kf, Method.KEYRING, wrapping, misfit))

    @classmethod
    def unlock_with_passphrase(cls, profile: Path, passphrase: str) -> Vault:
        """Unlock with the passphrase. A wrong one changes nothing on disk."""
        kf = cls.read_keyfile(profile)
        slot = kf.slot(Method.PASSPHRASE)
        if slot is None or slot.salt is None or slot.kdf is None:
            raise MethodNotSet(Method.PASSPHRASE.value)
        wrapping = kdf.derive(passphrase, slot.salt, slot.kdf)
        db_key = _unwrap_slot(kf, Method.PASSPHRASE, wrapping, WrongPassphrase())
        return cls._open(profile, kf, db_key)

    @classmethod
    def unlock_with_recovery_key(cls, profile: Path, typed: str) -> Vault:
        """Unlock with the recovery key written down at creation."""
        kf = cls.read_keyfile(profile)
        slot = kf.slot(Method.RECOVERY)
        if slot is None or slot.salt is None:
            raise MethodNotSet(Method.RECOVERY.value)
        wrapping = recovery.wrapping_key(typed, slot.salt)
        db_key = _unwrap_slot(kf, Method.RECOVERY, wrapping, WrongRecoveryKey())
        return cls._open(profile, kf, db_key)

    @staticmethod
    def restore_keyfile(profile: Path) -> KeyFile:
        """Replace a damaged key file with the mirror in ``backups/`` (keeping the bad one)."""
        files = VaultFiles(profile)
        try:
            mirror = keyfile.read(files.keyfile_mirror)
        except FileNotFoundError:
            raise KeyFileDamaged("no spare copy of the key file") from None
        backup.set_aside(files.keyfile, "damaged")
        keyfile.write(files.keyfile, mirror)
        return mirror

    # --- using ------------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        """True once ``lock`` has run."""
        return self._conn is None

    @property
    def conn(self) -> Connection:
        """The open database connection."""
        if self._conn is None:
            raise VaultLocked
        return self._conn

    @property
    def vault_id(self) -> str:
        """The random id naming this vault (also its keyring entry)."""
        return self._keyfile.vault_id

    def methods(self) -> tuple[Method, ...]:
        """The ways this vault can be unlocked."""
        return self._keyfile.methods()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One all-or-nothing change. A full disk raises ``DiskFull`` with nothing committed."""
        with database.transaction(self.conn) as conn:
            yield conn

    def _key(self) -> bytes:
        if self._db_key is None:
            raise VaultLocked
        return bytes(self._db_key)

    def lock(self, *, make_backup: bool = True) -> None:
        """Close the database and forget the key; back up first if anything changed."""
        if self._conn is None:
            return
        try:
            if make_backup and self._conn.total_changes != self._changes_at_backup:
                with contextlib.suppress(DiskFull, BackupFailed):
                    self.backup()
        finally:
            conn, self._conn = self._conn, None
            conn.close()
            if self._db_key is not None:
                self._db_key[:] = bytes(len(self._db_key))
                self._db_key = None

    def backup(self) -> backup.Backup:
        """Write a verified encrypted backup now."""
        made = backup.make_backup(self.conn, self._key(), self.files)
        self._changes_at_backup = self.conn.total_changes
        return made

    # --- managing unlock methods ------------------------------------------------------------

    @staticmethod
    def _write_keyfile(files: VaultFiles, kf: KeyFile) -> None:
        keyfile.write(files.keyfile, kf)
        files.backups.mkdir(mode=0o700, exist_ok=True)
        keyfile.write(files.keyfile_mirror, kf)

    def _replace_keyfile(self, kf: KeyFile) -> None:
        self._write_keyfile(self.files, kf)
        self._keyfile = kf

    def set_passphrase(self, passphrase: str, kdf_params: kdf.KdfParams | None = None) -> None:
        """Add or change the passphrase. Crash-safe: the old or the new one always opens it."""
        if not passphrase:
            raise ValueError("empty passphrase")
        params = kdf_params or kdf.calibrate()
        salt = kdf.new_salt()
        wrapping = kdf.derive(passphrase, salt, params)
        slot = _slot(self.vault_id, Method.PASSPHRASE, wrapping, self._key(), salt=salt, kdf=params)
        self._replace_keyfile(self._keyfile.with_slot(slot))

    def enable_keyring(self) -> None:
        """Let this computer's keyring unlock the vault."""
        wrapping = keyring_store.new_wrapping_key()
        keyring_store.store(self.vault_id, wrapping)
        self._replace_keyfile(
            self._keyfile.with_slot(_slot(self.vault_id, Method.KEYRING, wrapping, self._key()))
        )

    def new_recovery_key(self) -> str:
        """Replace the recovery key; the old one stops working. Show the new one once."""
        typed = recovery.generate()
        salt = kdf.new_salt()
        slot = _slot(
            self.vault_id,
            Method.RECOVERY,
            recovery.wrapping_key(typed, salt),
            self._key(),
            salt=salt,
        )
        self._replace_keyfile(self._keyfile.with_slot(slot))
        return typed

    def remove_method(self, kind: Method) -> None:
        """Stop ``kind`` from unlocking the vault; the keyring or a passphrase must remain."""
        if self._keyfile.slot(kind) is None:
            raise MethodNotSet(kind.value)
        remaining = set(self._keyfile.without(kind).methods())
        if not remaining & {Method.KEYRING, Method.PASSPHRASE}:
            raise LastMethod(kind.value)
        self._replace_keyfile(self._keyfile.without(kind))
        if kind is Method.KEYRING:
            with contextlib.suppress(KeyringUnavailable):
                keyring_store.forget(self.vault_id)
