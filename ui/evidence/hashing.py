"""Working out a file's SHA-256 without keeping the file (for hash-only evidence records).

The file is opened as safely as an import opens it (no links, FIFOs or devices), read in chunks
and forgotten: no byte of it is stored anywhere.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

CHUNK = 1 << 20


class HashCancelled(Exception):
    """The person stopped the hashing."""


def hash_file(
    path: Path,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> str:
    """The SHA-256 of the file at ``path`` as 64 hex digits (``EvidenceError`` if unsuitable)."""
    from core.evidence.files import open_regular_file

    fd, info = open_regular_file(path)
    hasher = hashlib.sha256()
    done = 0
    with os.fdopen(fd, "rb", buffering=0) as source:
        while True:
            if cancel is not None and cancel.is_set():
                raise HashCancelled
            chunk = source.read(CHUNK)
            if not chunk:
                break
            hasher.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, max(done, info.st_size))
    return hasher.hexdigest()
