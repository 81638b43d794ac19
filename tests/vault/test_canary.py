"""Unique strings written through the vault never appear in plaintext on disk."""

from __future__ import annotations

import tempfile
import time
import uuid
from pathlib import Path

from core.vault import Vault
from tests.leaks import encodings_of, find_in_files


def test_canaries_never_reach_disk_in_plaintext(data_dir: Path) -> None:
    canaries = [f"CANARY-{uuid.uuid4().hex}", f"Ŵyn-ñandú-{uuid.uuid4().hex[:8]}"]
    needles = encodings_of(canaries)
    places = [data_dir, Path(tempfile.gettempdir())]
    start = time.time() - 1
    vault, _ = Vault.create(data_dir, use_keyring=True)
    with vault.transaction() as conn:
        for i, canary in enumerate(canaries):
            conn.execute("INSERT INTO meta VALUES (?, ?)", (f"c{i}", canary * 50))
    assert (
        find_in_files(places, needles, since=start) == []
    )  # while unlocked: the WAL holds the newest pages
    vault.backup()
    vault.lock()
    assert find_in_files(places, needles, since=start) == []
