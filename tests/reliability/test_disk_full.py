"""A real small filesystem fills up during diary writes, evidence imports, exports and backups:
Harbour answers with its disk-full code, keeps everything committed before, opens and passes its
checks (even while the disk is still full), and carries on once space is freed."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from core import diary, evidence
from core.diary.records import AgeGroup, Case, Message, Note
from core.evidence import EvidenceCode, EvidenceError
from core.vault import Vault
from core.vault.backup import list_backups
from core.vault.errors import DiskFull
from core.vault.files import VaultFiles
from tests.disks import fill_disk, small_tmpfs
from tests.reliability.crash_worker import text_sha
from tests.reliability.vault_checks import Acks, leftover_temps, unlocked_problems

pytestmark = pytest.mark.timeout(120)


class Diary:
    """An unlocked vault on the small disk, with one case and a record of what was committed."""

    def __init__(self, profile: Path) -> None:
        self.profile = profile
        self.vault, _ = Vault.create(profile, use_keyring=True)
        case = diary.add_case(self.vault.conn, Case(title="Disk", age_group=AgeGroup.ADULT))
        self.case_id = case.id or 0
        self.store = evidence.open_blob_store(self.vault.conn, profile)
        self.acks = Acks()

    def note(self, text: str) -> None:
        record = diary.add(self.vault.conn, self.case_id, Note(text=text))
        self.acks.entries[record.id or 0] = ("note", text_sha(record.text))

    def message(self, text: str) -> None:
        record = diary.add(self.vault.conn, self.case_id, Message(content=text))
        self.acks.entries[record.id or 0] = ("message", text_sha(record.content))

    def evidence(self, source: Path, **options: object) -> int:
        record = evidence.import_file(
            self.vault.conn,
            self.store,
            self.case_id,
            source,
            **options,  # type: ignore[arg-type]
        )
        self.acks.evidence[record.id or 0] = record.sha256 or ""
        return record.id or 0

    def assert_sound(self) -> None:
        assert unlocked_problems(self.vault, self.acks) == []
        assert leftover_temps(self.profile) == []

    def reopen(self) -> None:
        """Lock (a backup may not fit: that must not matter) and unlock again."""
        self.vault.lock()
        self.vault = Vault.unlock_with_keyring(self.profile)
        self.store = evidence.open_blob_store(self.vault.conn, self.profile)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_tmpfs(tmp_path / "disk", "24m") as mounted:
        yield mounted


@pytest.fixture
def book(disk: Path) -> Iterator[Diary]:
    opened = Diary(disk / "profile")
    yield opened
    opened.vault.lock(make_backup=False)


def _source(folder: Path, name: str, size: int) -> Path:
    path = folder / name
    path.write_bytes(os.urandom(size))
    return path


def _free_space(disk: Path) -> None:
    (disk / "filler").unlink(missing_ok=True)


def test_diary_writes_until_the_disk_is_full(book: Diary, disk: Path) -> None:
    for i in range(20):
        book.note(f"written before the disk filled {i}")
    fill_disk(disk, leave=64 * 1024)
    with pytest.raises(DiskFull):
        for i in range(10_000):
            (book.note if i % 2 else book.message)(f"{i} " + "the disk is filling " * 200)
    book.assert_sound()
    book.reopen()  # the disk is still full: opening only reads
    book.assert_sound()
    _free_space(disk)
    book.note("written after space was freed")
    book.reopen()
    book.assert_sound()


def test_an_import_that_fills_the_disk_leaves_nothing(
    book: Diary, disk: Path, tmp_path: Path
) -> None:
    kept = book.evidence(_source(tmp_path, "kept.bin", 300_000))

    def someone_fills_the_disk(done: int, _expected: int) -> None:
        if done >= 1 << 20 and not (disk / "filler").exists():
            fill_disk(disk)

    with pytest.raises(EvidenceError) as caught:
        book.evidence(_source(tmp_path, "big.bin", 6 << 20), progress=someone_fills_the_disk)
    assert caught.value.code is EvidenceCode.DISK_FULL
    book.assert_sound()
    _free_space(disk)
    with pytest.raises(EvidenceError) as too_big:
        book.evidence(_source(tmp_path, "larger than the disk.bin", 30 << 20))
    assert too_big.value.code is EvidenceCode.DISK_FULL
    book.evidence(_source(tmp_path, "after.bin", 2 << 20))
    book.reopen()
    book.assert_sound()
    assert kept in book.acks.evidence


def test_an_export_to_a_full_disk_leaves_nothing(book: Diary, disk: Path, tmp_path: Path) -> None:
    source = _source(tmp_path, "chat.bin", 3 << 20)
    entry_id = book.evidence(source)
    with small_tmpfs(tmp_path / "usb", "2m") as usb:
        dest = usb / "chat.bin"
        with pytest.raises(EvidenceError) as caught:
            evidence.export_evidence(book.vault.conn, book.store, entry_id, dest)
        assert caught.value.code is EvidenceCode.DISK_FULL
        assert list(usb.iterdir()) == []
    book.assert_sound()
    dest = tmp_path / "chat-exported.bin"
    evidence.export_evidence(book.vault.conn, book.store, entry_id, dest)
    assert dest.read_bytes() == source.read_bytes()


def test_a_backup_that_does_not_fit_keeps_the_old_ones(book: Diary, disk: Path) -> None:
    for i in range(50):
        book.note(f"entry {i} " + "x" * 2000)
    book.vault.backup()
    files = VaultFiles(book.profile)
    before = list_backups(files)
    book.note("one more change, so locking backs up")
    fill_disk(disk, leave=16 * 1024)
    with pytest.raises(DiskFull):
        book.vault.backup()
    assert list_backups(files) == before
    book.reopen()  # lock tries a backup too; it does not fit and must not stop the lock
    book.assert_sound()
    _free_space(disk)
    assert book.vault.backup() not in before
