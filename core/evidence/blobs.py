"""Encrypted blob files for evidence bytes, outside SQLite, in ``<profile>/blobs/``.

File format (version 1), all integers big-endian::

    header  = b"HBRBLOB1" | chunk_size (4) | blob_id (16)
    records = AES-256-GCM(chunk_i) for i = 0..n-1, each ``len(chunk_i) + 16`` bytes

Every chunk but the last holds exactly ``chunk_size`` bytes (the last may be empty). The nonce is
the chunk index (12 bytes); the AAD is ``header | index (8) | final flag (1)``, so truncation,
reordering, swapping chunks between blobs and renaming blob files are all detected. Each blob's
key is HKDF-SHA256(master key, salt = the row's random ``key_salt``, info = "harbour blob v1" |
blob_id): the salt lives only in the database row, so purging the row leaves the file unreadable.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from core.atomic import fsync_dir
from core.evidence.errors import EvidenceCode, EvidenceError
from core.vault.migrations import Connection

CHUNK_SIZE = 1 << 20
MAGIC = b"HBRBLOB1"
TAG_BYTES = 16
ID_BYTES = 16
SALT_BYTES = 32
HEADER_BYTES = len(MAGIC) + 4 + ID_BYTES
TEMP_SUFFIX = ".tmp"
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


@dataclass(frozen=True)
class BlobStore:
    """The blobs folder and the vault's blob master key (kept in ``meta`` inside the database)."""

    folder: Path
    master_key: bytes = field(repr=False)

    def path(self, blob_id: str) -> Path:
        """Where a blob's file lives."""
        return self.folder / blob_id

    def cipher(self, blob_id: str, salt: bytes) -> AESGCM:
        """The AEAD for one blob."""
        hkdf = HKDF(
            algorithm=hashes.SHA256(),
            length=32,
            salt=salt,
            info=b"harbour blob v1" + bytes.fromhex(blob_id),
        )
        return AESGCM(hkdf.derive(self.master_key))


def open_blob_store(conn: Connection, profile_dir: Path) -> BlobStore:
    """The blob store of an unlocked vault: ``<profile_dir>/blobs`` (created 0700) and its key."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'blob_master_key'").fetchone()
    if row is None:
        raise RuntimeError("the vault has no blob master key: run its migrations first")
    folder = Path(profile_dir) / "blobs"
    folder.mkdir(mode=0o700, exist_ok=True)
    return BlobStore(folder, bytes.fromhex(str(row[0])))


def new_blob_id() -> str:
    """A fresh random blob id (32 hex digits)."""
    return secrets.token_hex(ID_BYTES)


def new_salt() -> bytes:
    """A fresh random per-blob key salt, stored only in the evidence row."""
    return secrets.token_bytes(SALT_BYTES)


def _header(blob_id: str) -> bytes:
    return MAGIC + CHUNK_SIZE.to_bytes(4, "big") + bytes.fromhex(blob_id)


def _aad(header: bytes, index: int, final: bool) -> bytes:
    return header + index.to_bytes(8, "big") + (b"\x01" if final else b"\x00")


def _nonce(index: int) -> bytes:
    return index.to_bytes(12, "big")


def write_error(exc: OSError) -> EvidenceError:
    """``DISK_FULL`` when the disk is full, else ``WRITE_FAILED``."""
    full = exc.errno in _NO_SPACE
    return EvidenceError(EvidenceCode.DISK_FULL if full else EvidenceCode.WRITE_FAILED)


def write_blob(store: BlobStore, blob_id: str, salt: bytes, chunks: Iterable[bytes]) -> None:
    """Encrypt ``chunks`` (each ``CHUNK_SIZE`` bytes, the last shorter) into a new blob file.

    Writes a temp file, fsyncs it, renames it into place and fsyncs the folder. On any error,
    including the ``chunks`` iterator raising (cancel), the temp file is removed and the error
    re-raised; a full disk becomes ``EvidenceError(DISK_FULL)``.
    """
    aead = store.cipher(blob_id, salt)
    header = _header(blob_id)
    fd, temp_name = tempfile.mkstemp(prefix=f".{blob_id}.", suffix=TEMP_SUFFIX, dir=store.folder)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb", buffering=0) as out:
            out.write(header)
            source = iter(chunks)
            pending: bytes | None = next(source, b"")
            index = 0
            while pending is not None:
                following = next(source, None)
                final = following is None
                out.write(aead.encrypt(_nonce(index), pending, _aad(header, index, final)))
                pending, index = following, index + 1
            os.fsync(out.fileno())
        temp.replace(store.path(blob_id))
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise write_error(exc) from exc
        raise
    fsync_dir(store.folder)


def read_blob(store: BlobStore, blob_id: str, salt: bytes) -> Iterator[bytes]:
    """Decrypt a blob chunk by chunk, authenticating each; ``EvidenceError(TAMPERED)`` if not."""
    header = _header(blob_id)
    try:
        fd = os.open(store.path(blob_id), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError as exc:
        raise EvidenceError(EvidenceCode.BLOB_MISSING) from exc
    aead = store.cipher(blob_id, salt)
    record_size = CHUNK_SIZE + TAG_BYTES
    with os.fdopen(fd, "rb") as source:
        if source.read(HEADER_BYTES) != header:
            raise EvidenceError(EvidenceCode.TAMPERED)
        record = source.read(record_size)
        index = 0
        while True:
            following = source.read(record_size) if len(record) == record_size else b""
            final = not following
            try:
                yield aead.decrypt(_nonce(index), record, _aad(header, index, final))
            except InvalidTag as exc:
                raise EvidenceError(EvidenceCode.TAMPERED) from exc
            if final:
                return
            record, index = following, index + 1


def remove_blob(store: BlobStore, blob_id: str) -> None:
    """Delete a blob file if it exists."""
    with contextlib.suppress(FileNotFoundError):
        store.path(blob_id).unlink()


def stored_files(store: BlobStore) -> tuple[set[str], list[Path]]:
    """Blob ids present in the folder, and leftover temp files from interrupted writes."""
    blobs: set[str] = set()
    temps: list[Path] = []
    for path in store.folder.iterdir():
        name = path.name
        if name.startswith(".") and name.endswith(TEMP_SUFFIX):
            temps.append(path)
        elif len(name) == 2 * ID_BYTES and all(c in "0123456789abcdef" for c in name):
            blobs.add(name)
    return blobs, temps
