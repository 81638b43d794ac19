"""Searching folders for canary strings, as UTF-8 and UTF-16, to prove nothing leaks to disk."""

from __future__ import annotations

import mmap
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

_ASCII_RUN = re.compile(r"[A-Za-z0-9._~-]+")  # what JSON, %XX, INI and HTML escaping leave alone


def encodings_of(canaries: Iterable[str]) -> list[bytes]:
    """Each canary as the byte patterns a leak could take."""
    return [c.encode(enc) for c in canaries for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def ascii_stretches(canary: str, shortest: int = 16) -> list[str]:
    """The canary's runs of plain ASCII letters, digits and ``._~-`` of ``shortest`` or more.

    Escaping rewrites other characters (``\\u0174`` in JSON, ``%C5%B4`` in a URL, ``&#372;`` in
    HTML, Qt's INI escapes) but leaves these runs as they are, so searching for them too finds a
    non-ASCII canary that was written escaped. Make canaries with a long random ASCII part.
    """
    return [run for run in _ASCII_RUN.findall(canary) if len(run) >= shortest]


def needles_for(canaries: Iterable[str]) -> list[bytes]:
    """Byte patterns for each canary and for its long ASCII stretches, each once."""
    texts = list(canaries)
    stretches = [run for canary in texts for run in ascii_stretches(canary)]
    return list(dict.fromkeys(encodings_of([*texts, *stretches])))


def hits_in_files(
    folders: Iterable[Path], needles: list[bytes], since: float | None = None
) -> Iterator[tuple[Path, bytes]]:
    """``(path, needle)`` for every regular file under ``folders`` containing any needle.

    With ``since`` (a ``time.time()`` value), only files changed since then are read: a leak made
    by the code under test is always that recent, and a shared temp folder can hold gigabytes.
    """
    for folder in folders:
        for top, _dirs, names in os.walk(folder):  # files vanishing mid-walk are skipped
            for name in names:
                path = Path(top) / name
                yield from ((path, needle) for needle in _hits(path, needles, since))


def find_in_files(
    folders: Iterable[Path], needles: list[bytes], since: float | None = None
) -> list[str]:
    """``path: needle`` for every regular file under ``folders`` containing any needle.

    With ``since``, only files changed since then are read (see ``hits_in_files``).
    """
    return [f"{path}: {needle!r}" for path, needle in hits_in_files(folders, needles, since)]


def _hits(path: Path, needles: list[bytes], since: float | None) -> list[bytes]:
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
            return [n for n in needles if data.find(n) != -1]
    except (OSError, ValueError):
        return []
