"""Searching folders for canary strings, as UTF-8 and UTF-16, to prove nothing leaks to disk."""

from __future__ import annotations

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
    Links are not followed; files and folders vanishing mid-walk are skipped.
    """
    for folder in folders:
        for entry in _files(folder):
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if info.st_size and (since is None or info.st_mtime >= since):
                path = Path(entry.path)
                yield from ((path, needle) for needle in _hits(path, needles))


def _files(folder: Path | str) -> Iterator[os.DirEntry[str]]:
    """Every regular file under ``folder`` (one ``lstat`` each, for a big shared folder)."""
    try:
        with os.scandir(folder) as entries:
            listed = list(entries)
    except OSError:
        return
    for entry in listed:
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _files(entry.path)
            elif entry.is_file(follow_symlinks=False):
                yield entry
        except OSError:
            continue


def find_in_files(
    folders: Iterable[Path], needles: list[bytes], since: float | None = None
) -> list[str]:
    """``path: needle`` for every regular file under ``folders`` containing any needle.

    With ``since``, only files changed since then are read (see ``hits_in_files``).
    """
    return [f"{path}: {needle!r}" for path, needle in hits_in_files(folders, needles, since)]


def _hits(path: Path, needles: list[bytes], chunk: int = 1 << 20) -> list[bytes]:
    """The needles in ``path``, read in overlapping chunks (not mapped: a file another process
    shrinks while it is mapped would stop this one with SIGBUS)."""
    overlap = max((len(n) for n in needles), default=1) - 1
    found: set[bytes] = set()
    tail = b""
    try:
        with path.open("rb") as handle:
            while block := handle.read(chunk):
                window = tail + block
                found.update(n for n in needles if n not in found and n in window)
                tail = window[-overlap:] if overlap else b""
    except OSError:
        return []
    return [n for n in needles if n in found]
