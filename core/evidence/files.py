"""Opening files to import without trusting them, and naming files safely on export.

A file to import must be a regular file: links, folders, FIFOs, sockets and devices are refused
with a stable code before anything is read. The path is opened with ``O_NOFOLLOW | O_NONBLOCK``
(so a FIFO swapped in after the check can never block) and the open descriptor is checked again.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path

from core.evidence.errors import EvidenceCode, EvidenceError

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)
}
_FORBIDDEN = set('<>:"/\\|?*')
_MAX_NAME_BYTES = 200


def _refusal(mode: int) -> EvidenceCode | None:
    checks = (
        (stat.S_ISLNK, EvidenceCode.SYMLINK),
        (stat.S_ISDIR, EvidenceCode.DIRECTORY),
        (stat.S_ISFIFO, EvidenceCode.FIFO),
        (stat.S_ISSOCK, EvidenceCode.SOCKET),
        (stat.S_ISCHR, EvidenceCode.DEVICE),
        (stat.S_ISBLK, EvidenceCode.DEVICE),
    )
    for test, code in checks:
        if test(mode):
            return code
    return None if stat.S_ISREG(mode) else EvidenceCode.NOT_REGULAR


def open_regular_file(path: Path) -> tuple[int, os.stat_result]:
    """Open a regular file for reading; return the descriptor and its ``fstat``.

    Raises ``EvidenceError`` for anything else, or when the path changed between check and open.
    """
    try:
        before = os.lstat(path)
    except FileNotFoundError as exc:
        raise EvidenceError(EvidenceCode.NOT_FOUND) from exc
    except OSError as exc:
        raise EvidenceError(EvidenceCode.UNREADABLE) from exc
    refusal = _refusal(before.st_mode)
    if refusal is not None:
        raise EvidenceError(refusal)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        gone = not os.path.lexists(path)
        raise EvidenceError(EvidenceCode.NOT_FOUND if gone else EvidenceCode.CHANGED) from exc
    try:
        opened = os.fstat(fd)
        if _refusal(opened.st_mode) is not None or (opened.st_dev, opened.st_ino) != (
            before.st_dev,
            before.st_ino,
        ):
            raise EvidenceError(EvidenceCode.CHANGED)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd, opened


def storable_name(name: str) -> str:
    """The original name as SQLite can hold it: bytes that are not UTF-8 become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _trim_to_bytes(stem: str, limit: int) -> str:
    while len(stem.encode("utf-8")) > limit:
        stem = stem[:-1]
    return stem


def safe_export_name(name: str | None, fallback: str = "evidence") -> str:
    """A file name safe to create on Windows, macOS and Linux from any original name.

    Keeps only the last path part; drops control and format characters (including right-to-left
    overrides); replaces characters Windows forbids; avoids reserved device names, leading dots and
    trailing dots or spaces; keeps the extension when shortening to a safe length.
    """
    text = unicodedata.normalize("NFC", storable_name(name or ""))
    text = text.replace("\\", "/").rsplit("/", 1)[-1]
    kept = [
        "_" if ch in _FORBIDDEN else ch
        for ch in text
        if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")
    ]
    text = " ".join("".join(kept).split()).strip(" .")
    stem, dot, extension = text.rpartition(".")
    if not dot or not stem or len(extension.encode("utf-8")) > 16:
        stem, dot, extension = text, "", ""
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem = f"_{stem}"
    stem = _trim_to_bytes(stem, _MAX_NAME_BYTES - len(extension.encode("utf-8")) - 1).strip(" .")
    if not stem:
        stem = fallback
    return f"{stem}{dot}{extension}"
