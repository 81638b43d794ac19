"""A 1 GiB file is imported and read back with bounded memory."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from core import evidence
from tests.diary.vault_fixtures import Vault
from tests.evidence.rss import peak_rss_growth

GIB = 1 << 30
LIMIT = 64 * 1024 * 1024


@pytest.mark.slow
def test_one_gib_streams_in_and_out_with_bounded_memory(
    vault: Vault, case_id: int, tmp_path: Path
) -> None:
    source = tmp_path / "screen-recording.bin"
    with source.open("wb") as handle:  # sparse: a hole with some real bytes at both ends
        handle.write(b"start of the recording" * 1000)
        handle.truncate(GIB)
        handle.seek(GIB - 100)
        handle.write(b"e" * 100)
    store = evidence.open_blob_store(vault.conn, vault.folder)
    record, growth = peak_rss_growth(
        lambda: evidence.import_file(vault.conn, store, case_id, source)
    )
    assert growth < LIMIT, f"import grew RSS by {growth / 2**20:.1f} MiB"
    assert record.size == GIB
    expected = hashlib.sha256()
    with source.open("rb") as reading:
        while block := reading.read(1 << 22):
            expected.update(block)
    assert record.sha256 == expected.hexdigest()

    def read_back() -> str:
        digest = hashlib.sha256()
        with evidence.open_evidence(vault.conn, store, record.id or 0) as reader:
            for chunk in reader:
                digest.update(chunk)
        return digest.hexdigest()

    digest, growth = peak_rss_growth(read_back)
    assert growth < LIMIT and digest == record.sha256
