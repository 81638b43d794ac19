"""Stable codes for everything that can go wrong with evidence; the UI turns them into words."""

from __future__ import annotations

from enum import StrEnum


class EvidenceCode(StrEnum):
    """Why a file was refused or could not be stored, read or exported."""

    NOT_FOUND = "evidence.not_found"  # no such file to import
    SYMLINK = "evidence.symlink"
    DIRECTORY = "evidence.directory"
    FIFO = "evidence.fifo"
    SOCKET = "evidence.socket"
    DEVICE = "evidence.device"
    NOT_REGULAR = "evidence.not_regular"
    CHANGED = "evidence.changed"  # the path was swapped while opening it
    UNREADABLE = "evidence.unreadable"  # permission denied or a read error
    IMAGE_UNDER18 = "evidence.image_under18"  # under-18 case: offer add_description instead
    IMAGE_NOT_ALLOWED = "evidence.image_not_allowed"  # policy/school mode: same offer
    CANCELLED = "evidence.cancelled"
    DISK_FULL = "evidence.disk_full"
    WRITE_FAILED = "evidence.write_failed"
    NO_FILE = "evidence.no_file"  # a description-only record has no bytes to open
    BLOB_MISSING = "evidence.blob_missing"
    TAMPERED = "evidence.tampered"  # a chunk failed authentication, or the file was cut short
    HASH_MISMATCH = "evidence.hash_mismatch"


class EvidenceError(Exception):
    """Raised with a stable ``code``; nothing was left half-written."""

    def __init__(self, code: EvidenceCode) -> None:
        super().__init__(code.value)
        self.code = code
