"""Any change to a blob file, or to the recorded hash, is detected and nothing is exported."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from core import evidence
from core.evidence.blobs import CHUNK_SIZE, HEADER_BYTES, TAG_BYTES, BlobStore
from core.evidence.errors import EvidenceCode
from core.vault.migrations import Connection
from tests.diary.vault_fixtures import Vault

RECORD = CHUNK_SIZE + TAG_BYTES
DATA = os.urandom(3 * CHUNK_SIZE + 100)


@pytest.fixture
def store(vault: Vault) -> BlobStore:
    return evidence.open_blob_store(vault.conn, vault.folder)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def _flip_byte(blob: Path) -> None:
    raw = bytearray(blob.read_bytes())
    raw[HEADER_BYTES + RECORD + 777] ^= 0x01
    blob.write_bytes(bytes(raw))


def _cut_last_chunk(blob: Path) -> None:
    raw = blob.read_bytes()
    blob.write_bytes(raw[: HEADER_BYTES + 3 * RECORD])


def _cut_inside_a_chunk(blob: Path) -> None:
    raw = blob.read_bytes()
    blob.write_bytes(raw[: HEADER_BYTES + RECORD + 5000])


def _swap_chunks(blob: Path) -> None:
    raw = blob.read_bytes()
    first = raw[HEADER_BYTES : HEADER_BYTES + RECORD]
    second = raw[HEADER_BYTES + RECORD : HEADER_BYTES + 2 * RECORD]
    blob.write_bytes(raw[:HEADER_BYTES] + second + first + raw[HEADER_BYTES + 2 * RECORD :])


def _append(blob: Path) -> None:
    blob.write_bytes(blob.read_bytes() + b"\x00" * 32)


@pytest.mark.parametrize(
    "damage", [_flip_byte, _cut_last_chunk, _cut_inside_a_chunk, _swap_chunks, _append]
)
def test_damaged_blobs_are_refused(
    conn: Connection,
    case_id: int,
    store: BlobStore,
    out: Path,
    damage: Callable[[Path], None],
) -> None:
    record = evidence.import_bytes(conn, store, case_id, DATA, "chat.bin")
    damage(store.path(record.blob_id or ""))
    dest = out / "out.bin"
    with pytest.raises(evidence.EvidenceError) as caught:
        evidence.export_evidence(conn, store, record.id or 0, dest)
    assert caught.value.code is EvidenceCode.TAMPERED
    assert list(out.iterdir()) == []


def test_swapping_whole_blob_files_is_detected(
    conn: Connection, case_id: int, store: BlobStore, out: Path
) -> None:
    first = evidence.import_bytes(conn, store, case_id, DATA, "a.bin")
    second = evidence.import_bytes(conn, store, case_id, DATA[::-1], "b.bin")
    a, b = store.path(first.blob_id or ""), store.path(second.blob_id or "")
    a_bytes = a.read_bytes()
    a.write_bytes(b.read_bytes())
    b.write_bytes(a_bytes)
    for record in (first, second):
        with pytest.raises(evidence.EvidenceError) as caught:
            evidence.export_evidence(conn, store, record.id or 0, out / "out.bin")
        assert caught.value.code is EvidenceCode.TAMPERED


def test_a_changed_recorded_hash_is_detected(
    conn: Connection, case_id: int, store: BlobStore, out: Path
) -> None:
    record = evidence.import_bytes(conn, store, case_id, DATA, "a.bin")
    conn.execute("UPDATE evidence SET sha256 = ? WHERE entry_id = ?", ("00" * 32, record.id))
    with pytest.raises(evidence.EvidenceError) as caught:
        evidence.export_evidence(conn, store, record.id or 0, out / "out.bin")
    assert caught.value.code is EvidenceCode.HASH_MISMATCH
    assert list(out.iterdir()) == []


def test_a_missing_blob_has_its_own_code(conn: Connection, case_id: int, store: BlobStore) -> None:
    record = evidence.import_bytes(conn, store, case_id, DATA, "a.bin")
    store.path(record.blob_id or "").unlink()
    with (
        pytest.raises(evidence.EvidenceError) as caught,
        evidence.open_evidence(conn, store, record.id or 0) as reader,
    ):
        list(reader)
    assert caught.value.code is EvidenceCode.BLOB_MISSING
