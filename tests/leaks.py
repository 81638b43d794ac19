"""Searching folders for canary strings, as UTF-8 and UTF-16, to prove nothing leaks to disk."""

from __future__ import annotations

import mmap
import os
from collections.abc import Iterable
from pathlib import Path


def encodings_of(canaries: Iterable[str]) -> list[bytes]:
    """Each canary as the byte patterns a leak could take."""
    return [c.encode(enc) for c in canaries for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def find_in_files(
    folders: Iterable[Path], needles: list[bytes], since: float | None = None
) -> list[str]:
    """``path: needle`` for every regular file under ``folders`` containing any needle.

    With ``since`` (a ``time.time()`` value), only files changed since then are read: a leak made
    by the code under test is always that recent, and a shared temp folder can hold gigabytes.
    """
    found: list[str] = []
    for folder in folders:
        for top, _dirs, names in os.walk(folder):  # files vanishing mid-walk are skipped
            for name in names:
                found += _hits(Path(top) / name, needles, since)
    return found


def _hits(path: Path, needles: list[bytes], since: float | None) -> list[str]:
    try:
        if path.is_symlink() or not path.is_file():
            return []
        info = path.stat()
        if info.st_size == 0 or (since is not None and info.st_mtime < since):
            return []
        with (
            path.open("rb") as handle,
            mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data,
        ):
            return [f"{path}: {n!r}" for n in needles if data.find(n) != -1]
    except (OSError, ValueError):
        return []
