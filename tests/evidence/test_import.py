"""Files go in streamed and encrypted, come back out verified, and odd names are kept as given."""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from pathlib import Path

import pytest

from core import diary, evidence
from core.diary.records import Evidence
from core.evidence.blobs import CHUNK_SIZE, BlobStore
from core.vault.migrations import Connection
from tests.diary.vault_fixtures import Vault

PDF = b"%PDF-1.7\n" + b"just a document\n" * 100


@pytest.fixture
def store(vault: Vault) -> BlobStore:
    return evidence.open_blob_store(vault.conn, vault.folder)


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _export(conn: Connection, store: BlobStore, entry_id: int, folder: Path) -> bytes:
    dest = folder / "exported.bin"
    evidence.export_evidence(conn, store, entry_id, dest)
    return dest.read_bytes()


@pytest.mark.parametrize(
    "size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE + 12345]
)
def test_files_round_trip_byte_for_byte(
    conn: Connection, case_id: int, store: BlobStore, tmp_path: Path, size: int
) -> None:
    data = os.urandom(size)
    source = _write(tmp_path, "chat-export.bin", data)
    done: list[tuple[int, int]] = []
    record = evidence.import_file(
        conn,
        store,
        case_id,
        source,
        note="from the chat",
        progress=lambda d, t: done.append((d, t)),
    )
    assert record.sha256 == hashlib.sha256(data).hexdigest()
    assert (record.size, record.original_name, record.note) == (
        size,
        "chat-export.bin",
        "from the chat",
    )
    assert done[-1] == (size, size)
    assert _export(conn, store, record.id or 0, tmp_path) == data
    with evidence.open_evidence(conn, store, record.id or 0) as reader:
        assert b"".join(reader) == data
    blob = store.path(record.blob_id or "")
    assert blob.stat().st_mode & 0o777 == 0o600
    assert size < 64 or data[:64] not in blob.read_bytes()


def test_metadata_comes_from_the_bytes_not_the_name(
    conn: Connection, case_id: int, store: BlobStore, tmp_path: Path
) -> None:
    source = _write(tmp_path, "holiday.txt", PDF)
    os.utime(source, (1_700_000_000, 1_700_000_000))
    record = evidence.import_file(conn, store, case_id, source)
    assert (record.mime, record.file_kind) == ("application/pdf", "document")
    assert record.file_modified_at is not None
    assert record.file_modified_at.timestamp() == 1_700_000_000
    assert record.created_at is not None
    assert diary.get(conn, record.id or 0, Evidence) == record
    assert [h.entry_id for h in diary.search(conn, case_id, "holiday")] == [record.id]
    assert diary.timeline(conn, case_id)[0].record == record


@pytest.mark.parametrize(
    "name",
    [
        "invoice\u202efdp.exe",
        "..\\..\\evil.pdf",
        "a" * 250 + ".pdf",
        "tab\tand\nnewline.pdf",
        "CON",
        "ŵyr acción informação.pdf",
    ],
)
def test_any_name_is_stored_as_given_and_exported_safely(
    conn: Connection, case_id: int, store: BlobStore, name: str
) -> None:
    record = evidence.import_bytes(conn, store, case_id, PDF, name)
    assert record.original_name == name
    safe = evidence.safe_export_name(record.original_name)
    assert safe and "/" not in safe and "\\" not in safe and "\u202e" not in safe
    assert all(ch.isprintable() for ch in safe) and len(safe.encode()) <= 200
    assert not safe.startswith(".") and safe.upper() != "CON"


def test_clipboard_bytes_are_evidence_too(
    conn: Connection, case_id: int, store: BlobStore, tmp_path: Path
) -> None:
    record = evidence.import_bytes(conn, store, case_id, PDF, "pasted.pdf", note="pasted")
    assert record.sha256 == hashlib.sha256(PDF).hexdigest() and record.size == len(PDF)
    assert _export(conn, store, record.id or 0, tmp_path) == PDF


def test_only_note_description_and_time_can_change(
    conn: Connection, case_id: int, store: BlobStore
) -> None:
    record = evidence.import_bytes(conn, store, case_id, PDF, "a.pdf")
    record.note, record.sha256, record.original_name = "new note", "00" * 32, "b.pdf"
    changed = diary.update(conn, record)
    assert changed.note == "new note"
    assert (changed.sha256, changed.original_name) == (hashlib.sha256(PDF).hexdigest(), "a.pdf")
    with pytest.raises(TypeError):
        diary.add(conn, case_id, Evidence(note="no bytes"))


def test_a_description_keeps_no_bytes(conn: Connection, case_id: int, store: BlobStore) -> None:
    digest = hashlib.sha256(b"picture").hexdigest()
    record = evidence.add_description(
        conn, case_id, "A photo of me, sent on Instagram", sha256=digest.upper(), where_seen="DM"
    )
    assert (record.sha256, record.blob_id, record.where_seen) == (digest, None, "DM")
    with pytest.raises(evidence.EvidenceError) as caught:
        evidence.open_evidence(conn, store, record.id or 0)
    assert caught.value.code is evidence.EvidenceCode.NO_FILE
    assert list(store.folder.iterdir()) == []


def _assert_nothing_left(conn: Connection, store: BlobStore, case_id: int) -> None:
    assert list(store.folder.iterdir()) == []
    assert diary.list_entries(conn, case_id, Evidence, include_deleted=True) == []
    assert diary.verify_audit(conn) is None


def test_a_cancelled_import_leaves_nothing(
    conn: Connection, case_id: int, store: BlobStore, tmp_path: Path
) -> None:
    source = _write(tmp_path, "big.bin", os.urandom(5 * CHUNK_SIZE))
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 2 * CHUNK_SIZE:
            cancel.set()

    with pytest.raises(evidence.EvidenceError) as caught:
        evidence.import_file(conn, store, case_id, source, progress=progress, cancel=cancel)
    assert caught.value.code is evidence.EvidenceCode.CANCELLED
    _assert_nothing_left(conn, store, case_id)


def test_a_full_disk_leaves_nothing(
    conn: Connection,
    case_id: int,
    store: BlobStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The blob's temp file is created as usual, but its bytes go to /dev/full (real ENOSPC)."""
    real_mkstemp = tempfile.mkstemp

    def mkstemp_on_full_disk(prefix: str, suffix: str, dir: Path) -> tuple[int, str]:
        fd, name = real_mkstemp(prefix=prefix, suffix=suffix, dir=dir)
        os.close(fd)
        return os.open("/dev/full", os.O_WRONLY), name

    monkeypatch.setattr("core.evidence.blobs.tempfile.mkstemp", mkstemp_on_full_disk)
    source = _write(tmp_path, "doc.pdf", PDF * 2000)
    with pytest.raises(evidence.EvidenceError) as caught:
        evidence.import_file(conn, store, case_id, source)
    assert caught.value.code is evidence.EvidenceCode.DISK_FULL
    _assert_nothing_left(conn, store, case_id)


def test_a_failed_commit_removes_the_blob(
    conn: Connection, case_id: int, store: BlobStore, tmp_path: Path
) -> None:
    conn.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON evidence BEGIN SELECT RAISE(ABORT, 'x'); END"
    )
    with pytest.raises(Exception, match="x"):
        evidence.import_bytes(conn, store, case_id, PDF, "a.pdf")
    _assert_nothing_left(conn, store, case_id)


def test_garbage_from_a_crash_is_collected(
    conn: Connection, case_id: int, store: BlobStore
) -> None:
    kept = evidence.import_bytes(conn, store, case_id, PDF, "kept.pdf")
    (store.folder / ("ab" * 16)).write_bytes(b"orphan blob renamed before the commit")
    (store.folder / f".{'cd' * 16}.x1y2.tmp").write_bytes(b"half-written")
    (store.folder / "README").write_text("not ours")
    assert evidence.collect_garbage(conn, store) == 2
    assert sorted(p.name for p in store.folder.iterdir()) == sorted(["README", kept.blob_id or ""])


def test_purging_deleted_evidence_removes_its_blob(
    conn: Connection, case_id: int, store: BlobStore
) -> None:
    gone = evidence.import_bytes(conn, store, case_id, PDF, "gone.pdf")
    kept = evidence.import_bytes(conn, store, case_id, PDF, "kept.pdf")
    diary.delete_entry(conn, gone.id or 0)
    assert store.path(gone.blob_id or "").exists()
    result = evidence.purge_deleted(conn, store)
    assert result.blob_ids == (gone.blob_id,)
    assert [p.name for p in store.folder.iterdir()] == [kept.blob_id]
