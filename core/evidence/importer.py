"""Bringing evidence into the vault: files, clipboard bytes, or a description with a hash only.

The bytes are streamed in ``CHUNK_SIZE`` pieces (bounded memory for any size), hashed with
SHA-256 and encrypted as they stream, written to a temp blob that is fsynced and renamed into
place, and only then is the row committed. Cancelling or any error leaves no row, no blob and
no temp file; a crash between rename and commit leaves an orphan that ``collect_garbage`` removes.

The under-18 guard runs on the first bytes, before anything is written anywhere: when the case
is ``under18`` or the caller says images are not allowed, a picture or video (by magic bytes, or
by its name's extension) is refused with a code that lets the UI offer ``add_description``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from core.diary.cases import get_case
from core.diary.entries import get, insert_entry
from core.diary.normalise import normalise_sha256
from core.diary.records import AgeGroup, Evidence
from core.diary.validate import prepare
from core.evidence.blobs import (
    CHUNK_SIZE,
    BlobStore,
    new_blob_id,
    new_salt,
    remove_blob,
    write_blob,
)
from core.evidence.errors import EvidenceCode, EvidenceError
from core.evidence.files import open_regular_file, storable_name
from core.evidence.sniff import HEAD_BYTES, Sniffed, name_says_image_or_video, sniff
from core.vault.database import transaction
from core.vault.errors import DiskFull
from core.vault.migrations import Connection

Progress = Callable[[int, int], None]  # (bytes done, bytes expected)
_SPACE_MARGIN = 16 * 1024 * 1024


def _guard(conn: Connection, case_id: int, head: bytes, name: str, images_allowed: bool) -> Sniffed:
    found = sniff(head)
    if found.is_image_or_video or name_says_image_or_video(name):
        if get_case(conn, case_id).age_group is AgeGroup.UNDER18:
            raise EvidenceError(EvidenceCode.IMAGE_UNDER18)
        if not images_allowed:
            raise EvidenceError(EvidenceCode.IMAGE_NOT_ALLOWED)
    return found


def _read_fully(source: BinaryIO, size: int) -> bytes:
    parts: list[bytes] = []
    wanted = size
    while wanted > 0:
        part = source.read(wanted)
        if not part:
            break
        parts.append(part)
        wanted -= len(part)
    return b"".join(parts)


class _Stream:
    """Chunks of the source, hashed on the way, with cancel and progress between chunks."""

    def __init__(
        self,
        source: BinaryIO,
        head: bytes,
        expected: int,
        progress: Progress | None,
        cancel: threading.Event | None,
    ) -> None:
        self.source, self.head, self.expected = source, head, expected
        self.progress, self.cancel = progress, cancel
        self.hasher = hashlib.sha256()
        self.size = 0

    def __iter__(self) -> Iterator[bytes]:
        chunk = self.head
        while True:
            if self.cancel is not None and self.cancel.is_set():
                raise EvidenceError(EvidenceCode.CANCELLED)
            try:
                chunk += _read_fully(self.source, CHUNK_SIZE - len(chunk))
            except OSError as exc:
                raise EvidenceError(EvidenceCode.UNREADABLE) from exc
            if not chunk and self.size:
                return
            self.hasher.update(chunk)
            self.size += len(chunk)
            if self.progress is not None:
                self.progress(self.size, max(self.expected, self.size))
            yield chunk
            if len(chunk) < CHUNK_SIZE:
                return
            chunk = b""


def _store(
    conn: Connection,
    store: BlobStore,
    case_id: int,
    source: BinaryIO,
    name: str,
    expected: int,
    record: Evidence,
    images_allowed: bool,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> Evidence:
    try:
        head = _read_fully(source, HEAD_BYTES)
    except OSError as exc:
        raise EvidenceError(EvidenceCode.UNREADABLE) from exc
    found = _guard(conn, case_id, head, name, images_allowed)
    if shutil.disk_usage(store.folder).free < expected + _SPACE_MARGIN:
        raise EvidenceError(EvidenceCode.DISK_FULL)
    tidy = prepare(record, get_case(conn, case_id).region)
    blob_id, salt = new_blob_id(), new_salt()
    stream = _Stream(source, head, expected, progress, cancel)
    write_blob(store, blob_id, salt, stream)
    digest = stream.hasher.hexdigest()
    stored = dataclasses.replace(
        tidy,
        original_name=storable_name(name),
        size=stream.size,
        mime=found.mime,
        file_kind=found.kind,
        sha256=digest,
        blob_id=blob_id,
    )
    try:
        with transaction(conn):
            entry_id = insert_entry(
                conn,
                case_id,
                stored,
                extra={"key_salt": salt},
                detail=f"sha256={digest} size={stream.size}",
            )
    except DiskFull as exc:
        remove_blob(store, blob_id)
        raise EvidenceError(EvidenceCode.DISK_FULL) from exc
    except BaseException:
        remove_blob(store, blob_id)
        raise
    return get(conn, entry_id, Evidence)


def import_file(
    conn: Connection,
    store: BlobStore,
    case_id: int,
    path: Path,
    note: str | None = None,
    *,
    at: dt.datetime | None = None,
    images_allowed: bool = True,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Evidence:
    """Store a copy of the file at ``path`` as evidence in the case and return its record.

    Run it off the GUI thread; ``progress(done, expected)`` is called after each chunk and
    ``cancel.set()`` stops it cleanly. Raises ``EvidenceError`` (see ``EvidenceCode``).
    """
    fd, info = open_regular_file(Path(path))
    modified = dt.datetime.fromtimestamp(info.st_mtime, dt.UTC)
    record = Evidence(note=note, at=at, file_modified_at=modified)
    with os.fdopen(fd, "rb", buffering=0) as source:
        return _store(
            conn,
            store,
            case_id,
            source,
            os.fsdecode(Path(path).name),
            info.st_size,
            record,
            images_allowed,
            progress,
            cancel,
        )


def import_bytes(
    conn: Connection,
    store: BlobStore,
    case_id: int,
    data: bytes,
    name: str,
    note: str | None = None,
    *,
    at: dt.datetime | None = None,
    images_allowed: bool = True,
) -> Evidence:
    """Store bytes held in memory (a pasted screenshot) as evidence named ``name``."""
    record = Evidence(note=note, at=at)
    return _store(
        conn, store, case_id, io.BytesIO(data), name, len(data), record, images_allowed, None, None
    )


def add_description(
    conn: Connection,
    case_id: int,
    description: str,
    sha256: str | None = None,
    where_seen: str | None = None,
    note: str | None = None,
    at: dt.datetime | None = None,
) -> Evidence:
    """Record what a picture or file showed, and optionally its SHA-256, without any bytes."""
    digest = normalise_sha256("sha256", sha256)
    record = Evidence(description=description, where_seen=where_seen, note=note, at=at)
    with transaction(conn):
        tidy = prepare(record, get_case(conn, case_id).region)
        tidy.sha256 = digest
        detail = f"sha256={digest}" if digest else ""
        entry_id = insert_entry(conn, case_id, tidy, detail=detail)
    return get(conn, entry_id, Evidence)
