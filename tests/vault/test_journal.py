"""A write-ahead log left by a sudden close: read back whole, or its damage is found and kept.

The crash images are real: a vault is written in many transactions and its files are copied
while it is still open, exactly what a power cut leaves on disk.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.vault import Vault
from core.vault.files import VaultFiles
from core.vault.journal import FRAME_HEADER_BYTES, check_journal, journal_path
from tests.vault.crash_image import (
    COMMITS,
    crash_image,
    damage_mid_journal,
    flip,
    frame_offset,
    rows,
)


def test_a_crash_image_opens_with_every_commit(data_dir: Path, tmp_path: Path) -> None:
    image = crash_image(data_dir, tmp_path)
    check = check_journal(journal_path(VaultFiles(image).db))
    assert check.frames > COMMITS and check.usable == check.frames and not check.damaged
    vault = Vault.unlock_with_keyring(image)
    assert rows(vault) == COMMITS and vault.damaged_journal is None
    vault.lock()


def test_damage_in_the_middle_of_the_log_is_found_and_the_log_kept(
    data_dir: Path, tmp_path: Path
) -> None:
    image = crash_image(data_dir, tmp_path)
    wal = journal_path(VaultFiles(image).db)
    frames = check_journal(wal).frames
    damaged = damage_mid_journal(image)
    check = check_journal(wal)
    assert check.damaged and check.lost_commits > 0 and check.usable <= frames * 3 // 4
    vault = Vault.unlock_with_keyring(image)
    kept = vault.damaged_journal
    assert kept is not None and kept.read_bytes() == damaged, "the damaged log is kept as it was"
    assert kept.name.startswith("vault.db-wal.damaged-")
    assert 0 < rows(vault) < COMMITS, "SQLite reads back the commits before the damage"
    vault.lock()
    assert kept.exists()
    again = Vault.unlock_with_keyring(image)
    assert again.damaged_journal is None, "said once; the log is checkpointed after that"
    again.lock()


def test_a_write_cut_short_at_the_end_is_not_damage(data_dir: Path, tmp_path: Path) -> None:
    image = crash_image(data_dir, tmp_path)
    wal = journal_path(VaultFiles(image).db)
    frames = check_journal(wal).frames
    flip(wal, frame_offset(wal, frames - 1) + FRAME_HEADER_BYTES + 7)  # the last commit's page
    with wal.open("ab") as handle:
        handle.write(b"\0" * 1000)  # and half a frame after it, as a cut-off write leaves
    assert not check_journal(wal).damaged
    vault = Vault.unlock_with_keyring(image)
    assert vault.damaged_journal is None and rows(vault) == COMMITS - 1
    vault.lock()


@pytest.mark.parametrize("offset", [0, 9, 17, 25])
def test_a_broken_log_header_is_damage(data_dir: Path, tmp_path: Path, offset: int) -> None:
    image = crash_image(data_dir, tmp_path)
    wal = journal_path(VaultFiles(image).db)
    flip(wal, offset)
    assert check_journal(wal).damaged
    vault = Vault.unlock_with_keyring(image)
    assert vault.damaged_journal is not None
    vault.lock()


def test_no_log_or_an_empty_one_is_fine(tmp_path: Path) -> None:
    wal = tmp_path / "vault.db-wal"
    assert not check_journal(wal).damaged
    wal.write_bytes(b"")
    assert check_journal(wal).frames == 0 and not check_journal(wal).damaged
