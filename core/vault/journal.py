"""Checking the database's write-ahead log (``vault.db-wal``) before it is opened.

After Harbour is closed suddenly, the latest commits live only in the WAL until the next open
copies them into the database. SQLite checks each frame's checksum and treats the first bad
frame as the end of the log, so damage in the middle of the WAL would silently drop every
commit after it. ``check_journal`` reads the log the same way, and also looks past the first
bad frame: a later commit frame written in the same generation of the log (same salts) means
committed changes would be lost. A bad frame with nothing committed after it is the ordinary
end of a write the crash interrupted, and is not damage.

Format: https://www.sqlite.org/fileformat2.html#walformat (frames hold SQLCipher's encrypted
pages; the checksums cover them as written).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

HEADER_BYTES = 32
FRAME_HEADER_BYTES = 24
_MAGIC_LITTLE, _MAGIC_BIG = 0x377F0682, 0x377F0683
_MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class JournalCheck:
    """What a WAL holds: frames SQLite will use, and committed frames it would drop."""

    frames: int = 0  # frames in the file (whole ones)
    usable: int = 0  # frames up to the last valid commit: what SQLite will read back
    lost_commits: int = 0  # commit frames after the first bad frame, in this generation

    @property
    def damaged(self) -> bool:
        """True when opening would drop changes that had been committed."""
        return self.lost_commits > 0


def journal_path(database: Path) -> Path:
    """The WAL beside ``database``."""
    return database.with_name(f"{database.name}-wal")


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


def check_journal(path: Path) -> JournalCheck:
    """Read the WAL at ``path`` (missing or empty is fine) as SQLite will, and past it.

    One frame is in memory at a time, so a large log costs time (about 30 ms per MB), not
    memory; this runs only when a log was left behind.
    """
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        return JournalCheck()
    with handle:
        head = handle.read(HEADER_BYTES)
        if len(head) < HEADER_BYTES:
            return JournalCheck()
        magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", head)
        size = path.stat().st_size
        frame_bytes = FRAME_HEADER_BYTES + page_size
        frames = (size - HEADER_BYTES) // frame_bytes if page_size else 0
        big = magic == _MAGIC_BIG
        header_ok = (
            magic in (_MAGIC_LITTLE, _MAGIC_BIG)
            and page_size >= 512
            and page_size & (page_size - 1) == 0
            and _checksum(head[:24], big, 0, 0) == (c0, c1)
        )
        if not header_ok:
            # SQLite then ignores the whole log, and its salts cannot be trusted to tell old
            # frames from new: anything after a broken header counts as damage.
            return JournalCheck(frames=frames, lost_commits=1 if size > HEADER_BYTES else 0)
        s0, s1 = c0, c1
        usable, first_bad = 0, frames
        for index in range(frames):
            frame = handle.read(frame_bytes)
            _page, commit, f_salt1, f_salt2, f0, f1 = struct.unpack(
                ">6I", frame[:FRAME_HEADER_BYTES]
            )
            if (f_salt1, f_salt2) != (salt1, salt2):
                first_bad = index
                break
            s0, s1 = _checksum(frame[:8], big, s0, s1)
            s0, s1 = _checksum(frame[FRAME_HEADER_BYTES:], big, s0, s1)
            if (s0, s1) != (f0, f1):
                first_bad = index
                break
            if commit:
                usable = index + 1
        lost = 0
        for index in range(first_bad + 1, frames):
            handle.seek(HEADER_BYTES + index * frame_bytes)
            _page, commit, f_salt1, f_salt2 = struct.unpack(">4I", handle.read(16))
            lost += bool(commit) and (f_salt1, f_salt2) == (salt1, salt2)
    return JournalCheck(frames=frames, usable=usable, lost_commits=lost)
