"""Links, folders, FIFOs, sockets and devices are refused with codes, and nothing ever hangs."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from core import evidence
from core.evidence import files
from core.evidence.errors import EvidenceCode
from tests.diary.vault_fixtures import Vault


@pytest.fixture
def store(vault: Vault) -> evidence.BlobStore:
    return evidence.open_blob_store(vault.conn, vault.folder)


def _refused(vault: Vault, case_id: int, store: evidence.BlobStore, path: Path) -> EvidenceCode:
    with pytest.raises(evidence.EvidenceError) as caught:
        evidence.import_file(vault.conn, store, case_id, path)
    assert list(store.folder.iterdir()) == []
    return caught.value.code


@pytest.mark.timeout(20)
def test_odd_files_are_refused(
    vault: Vault, case_id: int, store: evidence.BlobStore, tmp_path: Path
) -> None:
    target = tmp_path / "real.pdf"
    target.write_bytes(b"%PDF-1.7")
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    sock_path = tmp_path / "sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(sock_path))
    try:
        assert _refused(vault, case_id, store, link) is EvidenceCode.SYMLINK
        assert _refused(vault, case_id, store, tmp_path) is EvidenceCode.DIRECTORY
        assert _refused(vault, case_id, store, fifo) is EvidenceCode.FIFO
        assert _refused(vault, case_id, store, sock_path) is EvidenceCode.SOCKET
        assert _refused(vault, case_id, store, Path("/dev/zero")) is EvidenceCode.DEVICE
        assert _refused(vault, case_id, store, tmp_path / "none") is EvidenceCode.NOT_FOUND
    finally:
        server.close()


@pytest.mark.timeout(20)
def test_a_fifo_swapped_in_after_the_check_cannot_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The path looked like a regular file when checked, then became a FIFO with no writer."""
    regular = tmp_path / "regular"
    regular.write_bytes(b"x")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    looked_regular = os.lstat(regular)
    monkeypatch.setattr("core.evidence.files.os.lstat", lambda _path: looked_regular)
    with pytest.raises(evidence.EvidenceError) as caught:
        files.open_regular_file(fifo)
    assert caught.value.code is EvidenceCode.CHANGED


def test_a_file_replaced_after_the_check_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.write_bytes(b"a")
    second.write_bytes(b"b")
    seen = os.lstat(first)
    monkeypatch.setattr("core.evidence.files.os.lstat", lambda _path: seen)
    with pytest.raises(evidence.EvidenceError) as caught:
        files.open_regular_file(second)
    assert caught.value.code is EvidenceCode.CHANGED
