"""The evidence pack: one ZIP that police can check without Harbour.

It holds ``report.pdf``, ``report.txt``, ``evidence/<files>``, ``audit.log``, ``manifest.json``
and ``SHA256SUMS`` (every other file, so ``sha256sum -c SHA256SUMS`` verifies an unpacked pack).

Two steps, so that a caller can keep the vault's connection on one thread:

- ``plan_pack(conn, store, report)`` does every database read (the audit log, each evidence
  row and its key) and returns a ``PackPlan``. It is quick.
- ``write_pack(plan, target, ...)`` touches no database: it streams each evidence file from
  its encrypted blob in 1 MiB chunks (bounded memory for any size), into a temp file beside
  ``target`` that is fsynced and renamed into place only when everything is written
  (``core.atomic``). Cancelling, an error, or a tampered blob leave no ZIP and no temp file.

The PDF comes from a callback (this module has no Qt). Under-18 cases, and organisations whose
policy keeps pictures out, never get image or video bytes: each file is sniffed again as it is
packed (the vault should not hold any, but an age can be learned after a file was saved), and
such items are listed in the manifest with their hash only.
"""

from __future__ import annotations

import errno
import hashlib
import shutil
import stat
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from core.atomic import atomic_writer
from core.diary.audit import export_audit
from core.evidence import BlobStore, EvidenceReader, open_evidence, safe_export_name
from core.evidence.sniff import HEAD_BYTES, name_says_image_or_video, sniff
from core.reports.manifest import (
    PackEntry,
    Withheld,
    build_manifest,
    manifest_bytes,
)
from core.reports.model import Report
from core.vault.migrations import Connection

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)
EVIDENCE_FOLDER = "evidence"
_SPACE_MARGIN = 16 * 1024 * 1024
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_MEDIA_KINDS = ("image", "video")


class PackCode(StrEnum):
    """Why a pack was not written; the UI puts these into words."""

    CANCELLED = "pack.cancelled"
    DISK_FULL = "pack.disk_full"
    WRITE_FAILED = "pack.write_failed"


class PackError(Exception):
    """The pack was not written (and nothing was left behind)."""

    def __init__(self, code: PackCode) -> None:
        super().__init__(code.value)
        self.code = code


@dataclass(frozen=True)
class _Source:
    entry: PackEntry
    reader: EvidenceReader | None  # None: nothing to copy (description and hash only)


@dataclass(frozen=True)
class PackPlan:
    """Everything ``write_pack`` needs, read from the vault by ``plan_pack``."""

    report: Report
    audit: tuple[str, ...]
    sources: tuple[_Source, ...]
    media_withheld: Withheld | None  # why pictures and videos stay out, or None if they may go

    @property
    def evidence_bytes(self) -> int:
        """How many evidence bytes at most will be copied."""
        return sum(s.entry.record.size or 0 for s in self.sources if s.reader is not None)


@dataclass(frozen=True)
class PackResult:
    """A written pack: where it is, what each evidence item became, and its size."""

    path: Path
    entries: tuple[PackEntry, ...]
    size: int


def unique_names(names: list[str | None], fallback: str = "evidence") -> list[str]:
    """Safe, distinct file names ("chat.png", "chat (2).png"), compared without case."""
    used: set[str] = set()
    out: list[str] = []
    for name in names:
        safe = safe_export_name(name, fallback)
        stem, dot, extension = safe.rpartition(".")
        if not dot:
            stem, extension = safe, ""
        candidate, number = safe, 1
        while candidate.casefold() in used:
            number += 1
            candidate = f"{stem} ({number}){dot}{extension}"
        used.add(candidate.casefold())
        out.append(candidate)
    return out


def plan_pack(
    conn: Connection, store: BlobStore, report: Report, *, images_allowed: bool = True
) -> PackPlan:
    """Read what the pack needs from the vault (run it where the vault's connection lives)."""
    assert report.case.id is not None
    records = report.evidence
    names = unique_names([r.original_name for r in records])
    sources = []
    for record, name in zip(records, names, strict=True):
        if record.blob_id is None or record.id is None:
            entry = PackEntry(record, None, Withheld.NO_FILE)
            sources.append(_Source(entry, None))
            continue
        reader = open_evidence(conn, store, record.id)  # reads the row now, the file when iterated
        entry = PackEntry(record, f"{EVIDENCE_FOLDER}/{name}", None)
        sources.append(_Source(entry, reader))
    return PackPlan(
        report=report,
        audit=tuple(export_audit(conn, report.case.id)),
        sources=tuple(sources),
        media_withheld=(
            Withheld.UNDER18_MEDIA
            if report.under18
            else None
            if images_allowed
            else Withheld.MEDIA_NOT_ALLOWED
        ),
    )


def _zip_info(name: str, stamp: time.struct_time, compress: int, size: int = 0) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(
        name, date_time=(stamp[0], stamp[1], stamp[2], stamp[3], stamp[4], stamp[5])
    )
    info.compress_type = compress
    info.external_attr = (stat.S_IFREG | 0o600) << 16
    info.file_size = size  # lets zipfile choose ZIP64 for files of 2 GiB and more
    return info


class _Writer:
    """Writes the pack's members and keeps their SHA-256 for ``SHA256SUMS``."""

    def __init__(
        self,
        archive: zipfile.ZipFile,
        stamp: time.struct_time,
        total: int,
        progress: Progress | None,
        cancel: threading.Event | None,
    ) -> None:
        self.archive, self.stamp, self.total = archive, stamp, total
        self.progress, self.cancel = progress, cancel
        self.sums: list[tuple[str, str]] = []
        self.done = 0

    def step(self, size: int) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise PackError(PackCode.CANCELLED)
        self.done += size
        if self.progress is not None:
            self.progress(self.done, self.total)

    def document(self, name: str, data: bytes, listed: bool = True) -> None:
        self.archive.writestr(_zip_info(name, self.stamp, zipfile.ZIP_DEFLATED), data)
        if listed:
            self.sums.append((hashlib.sha256(data).hexdigest(), name))
        self.step(len(data))

    def evidence(self, source: _Source, media_withheld: Withheld | None) -> PackEntry:
        entry, reader = source.entry, source.reader
        if reader is None or entry.path is None:
            return entry
        record = entry.record
        with reader:
            chunks: Iterator[bytes] = iter(reader)
            first = next(chunks, b"")
            media = (
                sniff(first[:HEAD_BYTES]).is_image_or_video
                or name_says_image_or_video(record.original_name)
                or record.file_kind in _MEDIA_KINDS
            )
            if media and media_withheld is not None:
                self.step(record.size or 0)
                return PackEntry(record, None, media_withheld)
            info = _zip_info(entry.path, self.stamp, zipfile.ZIP_STORED, record.size or 0)
            with self.archive.open(info, "w") as out:
                out.write(first)
                self.step(len(first))
                for chunk in chunks:  # the reader checks the SHA-256 after the last chunk
                    out.write(chunk)
                    self.step(len(chunk))
        assert record.sha256 is not None
        self.sums.append((record.sha256, entry.path))
        return entry

    def checksums(self) -> None:
        lines = "".join(f"{digest}  {name}\n" for digest, name in self.sums)
        self.document("SHA256SUMS", lines.encode("utf-8"), listed=False)


def write_pack(
    plan: PackPlan,
    target: Path,
    *,
    text: str,
    pdf: Callable[[], bytes],
    language: str,
    variant: str,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> PackResult:
    """Write the pack to ``target`` atomically; ``PackError`` or ``EvidenceError`` if not.

    ``pdf()`` renders the report as PDF; ``text`` is the plain-text report. ``progress(done,
    total)`` is called after each chunk; setting ``cancel`` stops at the next chunk.
    """
    target = Path(target)
    if cancel is not None and cancel.is_set():
        raise PackError(PackCode.CANCELLED)
    documents = {"report.pdf": pdf(), "report.txt": text.encode("utf-8")}
    audit = ("\n".join(plan.audit) + "\n").encode("utf-8")
    total = sum(len(d) for d in documents.values()) + len(audit) + plan.evidence_bytes
    try:
        if shutil.disk_usage(target.parent).free < total + _SPACE_MARGIN:
            raise PackError(PackCode.DISK_FULL)
        stamp = time.localtime(plan.report.generated_at.timestamp())
        entries: list[PackEntry] = []
        with atomic_writer(target) as raw, zipfile.ZipFile(raw, "w", allowZip64=True) as archive:
            writer = _Writer(archive, stamp, total, progress, cancel)
            writer.step(0)
            for name, data in documents.items():
                writer.document(name, data)
            for source in plan.sources:
                entries.append(writer.evidence(source, plan.media_withheld))
            writer.document("audit.log", audit)
            manifest = build_manifest(plan.report, entries, language=language, variant=variant)
            writer.document("manifest.json", manifest_bytes(manifest))
            writer.checksums()
    except OSError as exc:
        code = PackCode.DISK_FULL if exc.errno in _NO_SPACE else PackCode.WRITE_FAILED
        raise PackError(code) from exc
    return PackResult(target, tuple(entries), target.stat().st_size)
