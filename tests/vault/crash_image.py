"""Real crash images for tests: a vault written in many transactions, copied while still open
(what a power cut leaves on disk), and ways to damage its write-ahead log."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

from core.vault import Vault
from core.vault.files import VaultFiles
from core.vault.journal import FRAME_HEADER_BYTES, HEADER_BYTES, check_journal, journal_path

COMMITS = 20


def crash_image(data_dir: Path, tmp_path: Path) -> Path:
    """A profile as a sudden close leaves it: the last COMMITS commits only in the WAL.

    ``data_dir`` holds the vault that was written (locked again afterwards)."""
    vault, _ = Vault.create(data_dir, use_keyring=True)
    for i in range(COMMITS):
        with vault.transaction() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (f"row{i}", "x" * 3000))
    image = tmp_path / "image"
    shutil.copytree(data_dir, image)
    vault.lock()
    assert journal_path(VaultFiles(image).db).stat().st_size > HEADER_BYTES
    return image


def rows(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'row%'").fetchone()[0])


def frame_offset(wal: Path, frame: int) -> int:
    with wal.open("rb") as handle:
        (page_size,) = struct.unpack(">I", handle.read(12)[8:12])
    return HEADER_BYTES + frame * (FRAME_HEADER_BYTES + int(page_size))


def flip(path: Path, offset: int) -> None:
    """Change the lowest bit of the byte at ``offset`` in place."""
    with path.open("r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([byte[0] ^ 0x01]))


def damage_mid_journal(profile: Path) -> bytes:
    """Flip one byte in a frame three quarters into the profile's WAL; the damaged log's bytes."""
    wal = journal_path(VaultFiles(profile).db)
    frames = check_journal(wal).frames
    flip(wal, frame_offset(wal, frames * 3 // 4) + FRAME_HEADER_BYTES + 100)
    return wal.read_bytes()
