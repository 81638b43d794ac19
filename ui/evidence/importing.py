"""Bringing files, pasted pictures and dropped files into the evidence store off the GUI thread.

An ``ImportRun`` streams its sources one after another on the diary's write thread, reports
bytes done and expected after each chunk, and stops cleanly when cancelled (the file being
stored leaves nothing behind; files finished before stay). The under-18 guard is core's:
``images_allowed`` is passed on, and a picture on the clipboard is never even read when
pictures are not allowed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMimeData,
    QObject,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QImage, QImageWriter

from ui.controller import Controller

if TYPE_CHECKING:
    from core.diary.records import Evidence
    from core.evidence import BlobStore
    from core.vault.migrations import Connection


POLL_MS = 50  # how often the progress bar catches up with the worker


@dataclass(frozen=True)
class Source:
    """One thing to import: a file on disk, or bytes in memory (a pasted picture)."""

    name: str
    path: Path | None = None
    data: bytes | None = None


@dataclass
class Outcome:
    """What an import run did: stored records, refusals as ``(name, code)``, and a cancel."""

    added: list[Evidence] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False


class ImportRun(QObject):
    """One batch of imports on the diary's write thread, with progress and cancel.

    The worker only records how far it got; a timer on the GUI thread reads that and emits
    ``progressed`` (no signal is emitted from the worker, once per chunk or otherwise).
    """

    progressed = Signal(int, int, object, object)  # index, count, bytes done, bytes expected
    finished = Signal(object)  # Outcome
    failed = Signal(object)  # an unexpected exception

    def __init__(self, controller: Controller, sources: list[Source]) -> None:
        super().__init__(controller.diary)  # lives as long as the diary, not the page
        self.controller = controller
        self.sources = sources
        self.cancel_flag = controller.diary.cancellable()
        self._latest: tuple[int, int, int] | None = None  # written by the worker
        self._shown: tuple[int, int, int] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)

    def start(self) -> None:
        """Queue the batch (call on the GUI thread)."""
        case_id = self.controller.diary.ensure_case()
        store = self.controller.session.require_blobs()
        allowed = self.controller.session.images_allowed
        self.timer.start()
        self.controller.diary.write(
            lambda conn: self._work(conn, store, case_id, allowed), self._done, self._failed
        )

    def _poll(self) -> None:
        latest = self._latest
        if latest is not None and latest != self._shown:
            self._shown = latest
            index, done, expected = latest
            self.progressed.emit(index, len(self.sources), done, expected)

    def cancel(self) -> None:
        """Stop after the current chunk; the file being stored leaves nothing behind."""
        self.cancel_flag.set()

    def _work(self, conn: Connection, store: BlobStore, case_id: int, allowed: bool) -> Outcome:
        from core.evidence import EvidenceCode, EvidenceError, import_bytes, import_file

        outcome = Outcome()
        for index, source in enumerate(self.sources):
            if self.cancel_flag.is_set():
                outcome.cancelled = True
                break

            def progress(done: int, expected: int, index: int = index) -> None:
                self._latest = (index, done, expected)

            try:
                if source.path is not None:
                    record = import_file(
                        conn,
                        store,
                        case_id,
                        source.path,
                        images_allowed=allowed,
                        progress=progress,
                        cancel=self.cancel_flag,
                    )
                else:
                    record = import_bytes(
                        conn,
                        store,
                        case_id,
                        source.data or b"",
                        source.name,
                        images_allowed=allowed,
                    )
            except EvidenceError as exc:
                if exc.code is EvidenceCode.CANCELLED:
                    outcome.cancelled = True
                    break
                outcome.refused.append((source.name, exc.code.value))
            else:
                outcome.added.append(record)
        return outcome

    def _end(self) -> None:
        self.timer.stop()
        self._poll()
        self.controller.diary.finished(self.cancel_flag)
        self.deleteLater()

    def _done(self, outcome: Outcome) -> None:
        self._end()
        self.finished.emit(outcome)

    def _failed(self, exc: Exception) -> None:
        self._end()
        self.failed.emit(exc)


def file_sources(paths: list[Path]) -> list[Source]:
    """Sources for files chosen in a dialog or dropped."""
    return [Source(path.name, path=path) for path in paths]


def _local_paths(urls: list[QUrl]) -> list[Path]:
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]


def _text_paths(text: str) -> list[Path]:
    paths = []
    for line in text.splitlines():
        line = line.strip()
        url = QUrl(line)
        if url.isLocalFile():
            paths.append(Path(url.toLocalFile()))
        elif line.startswith("/") and Path(line).is_file():
            paths.append(Path(line))
    return paths


def png_bytes(image: QImage) -> bytes:
    """A picture as PNG bytes, in memory only."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    buffer.close()
    return bytes(data.data())


def mime_sources(mime: QMimeData, images_blocked: bool) -> tuple[list[Source], bool]:
    """What a paste or drop holds: files, or a picture. The flag says a picture was refused.

    When pictures are not allowed, a picture's bytes are never read, converted or kept.
    """
    if mime.hasUrls():
        paths = _local_paths(list(mime.urls()))
        if paths:
            return file_sources(paths), False
    if mime.hasImage():
        if images_blocked:
            return [], True
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            stamp = dt.datetime.now().strftime("%Y-%m-%d %H.%M.%S")
            name = QCoreApplication.translate("EvidenceImport", "Pasted picture %1.png")
            return [Source(name.replace("%1", stamp), data=png_bytes(image))], False
    if mime.hasText():
        return file_sources(_text_paths(mime.text())), False
    return [], False


def can_take(mime: QMimeData) -> bool:
    """True when a drag carries files or a picture."""
    return mime.hasUrls() or mime.hasImage()
