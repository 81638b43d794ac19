"""Reading evidence back (view, export), and tidying the blobs folder.

``open_evidence`` decrypts as it streams and authenticates every chunk; when the last chunk has
been read it also checks the SHA-256 recorded at import. ``export_evidence`` writes through a
temp file and renames only if everything checked out, so a tampered blob never yields a file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from core.atomic import atomic_writer
from core.diary.deletion import PurgeResult
from core.diary.deletion import purge_deleted as purge_diary
from core.diary.entries import get
from core.diary.records import Evidence
from core.evidence.blobs import BlobStore, read_blob, remove_blob, stored_files, write_error
from core.evidence.errors import EvidenceCode, EvidenceError
from core.vault.migrations import Connection


class EvidenceReader:
    """Verified plaintext chunks of one evidence file; use as a context manager and iterate."""

    def __init__(self, record: Evidence, chunks: Iterator[bytes]) -> None:
        self.record = record
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        hasher = hashlib.sha256()
        for chunk in self._chunks:
            hasher.update(chunk)
            yield chunk
        if hasher.hexdigest() != self.record.sha256:
            raise EvidenceError(EvidenceCode.HASH_MISMATCH)

    def close(self) -> None:
        """Close the blob file."""
        close = getattr(self._chunks, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> EvidenceReader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def open_evidence(conn: Connection, store: BlobStore, entry_id: int) -> EvidenceReader:
    """Open a live evidence entry's bytes for viewing or export."""
    record = get(conn, entry_id, Evidence)
    row = conn.execute("SELECT key_salt FROM evidence WHERE entry_id = ?", (entry_id,)).fetchone()
    if record.blob_id is None or row is None or row[0] is None:
        raise EvidenceError(EvidenceCode.NO_FILE)
    return EvidenceReader(record, read_blob(store, record.blob_id, bytes(row[0])))


def export_evidence(conn: Connection, store: BlobStore, entry_id: int, dest: Path) -> Path:
    """Write the evidence file to ``dest`` atomically (nothing appears there if checks fail).

    A full disk raises ``EvidenceError(DISK_FULL)``, any other write error ``WRITE_FAILED``.
    """
    try:
        with open_evidence(conn, store, entry_id) as reader, atomic_writer(Path(dest)) as out:
            for chunk in reader:
                out.write(chunk)
    except OSError as exc:
        raise write_error(exc) from exc
    return Path(dest)


def collect_garbage(conn: Connection, store: BlobStore) -> int:
    """Remove blob files no evidence row refers to, and leftover temp files; return how many.

    Call it when no import is running (when the vault is unlocked or locked).
    """
    blobs, temps = stored_files(store)
    known = {
        str(row[0]) for row in conn.execute("SELECT blob_id FROM evidence WHERE blob_id NOT NULL")
    }
    for temp in temps:
        temp.unlink(missing_ok=True)
    orphans = blobs - known
    for blob_id in orphans:
        remove_blob(store, blob_id)
    return len(temps) + len(orphans)


def purge_deleted(conn: Connection, store: BlobStore) -> PurgeResult:
    """Make every delete final (call when the diary is locked or closed): rows, search text and
    the purged evidence's blob files all go."""
    result = purge_diary(conn)
    for blob_id in result.blob_ids:
        remove_blob(store, blob_id)
    collect_garbage(conn, store)
    return result
