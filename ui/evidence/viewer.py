"""Looking at evidence: pictures decoded in memory with hard limits, other files as details only.

A picture is decrypted into memory (never a temp file, never a thumbnail cache) and decoded with
``QImageReader`` under an allocation limit, after its header's dimensions have been checked, so
a decompression bomb or a 30000×30000 picture is refused before any big allocation. When the
under-18 guard is on, no picture is decoded at all.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QWidget

from core.diary.records import Evidence
from core.evidence import BlobStore, open_evidence
from core.vault.migrations import Connection
from ui.controller import Controller
from ui.diary.formatting import evidence_title, size_text, when_text
from ui.widgets.accessible import named, show_text
from ui.widgets.dialog import HarbourDialog
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel
from ui.widgets.sizing import fit_to_text

MAX_VIEW_BYTES = 64 * 1024 * 1024  # bigger files are exported, not shown
MAX_PIXELS = 40_000_000  # e.g. 8000×5000; a 30000×30000 bomb is 900 million
ALLOCATION_LIMIT_MB = 256
VIEWABLE_FORMATS = frozenset({"png", "jpeg", "jpg", "gif", "bmp", "webp"})


class ViewRefused(Exception):
    """A picture Harbour will not decode; ``code`` is a ``view.*`` message code."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def decode_image(data: bytes) -> QImage:
    """Decode picture bytes in memory, refusing anything too big before allocating for it."""
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)
    if bytes(reader.format().data()).decode("ascii", "replace").lower() not in VIEWABLE_FORMATS:
        raise ViewRefused("view.not_an_image")
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        raise ViewRefused("view.too_big")
    image = reader.read()
    if image.isNull():
        raise ViewRefused("view.unreadable")
    return image


def load_picture(conn: Connection, store: BlobStore, entry_id: int) -> QImage:
    """Decrypt a stored picture into memory and decode it (run on the diary's thread)."""
    with open_evidence(conn, store, entry_id) as reader:
        if (reader.record.size or 0) > MAX_VIEW_BYTES:
            raise ViewRefused("view.too_big")
        data = b"".join(reader)
    return decode_image(data)


class ViewerDialog(HarbourDialog):
    """A piece of evidence: its details, and the picture when there is one to show."""

    def __init__(
        self,
        controller: Controller,
        record: Evidence,
        image: QImage | None = None,
        message: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(controller, parent)
        named(self, "evidenceViewer")
        self.record = record
        self.heading = SafeLabel(name="evidenceViewerHeading")
        scaled(self.heading, 1.2, bold=True)
        self.message = SafeLabel(message, name="evidenceViewerMessage")
        self.message.setProperty("role", "warning")
        self.message.setVisible(bool(message))
        self.details = SafeLabel(name="evidenceViewerDetails")
        self.picture = QLabel()
        self.picture.setObjectName("evidenceViewerPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.picture)
        scroll.setVisible(image is not None)
        if image is not None:
            self.picture.setPixmap(QPixmap.fromImage(image))
        self.close_button = named(QPushButton(), "evidenceViewerClose")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        for widget in (self.heading, self.message, self.details):
            self.body.addWidget(widget)
        self.body.addWidget(scroll, 1)
        self.body.addLayout(row)
        self.retranslate()
        fit_to_text(self, 110)
        if image is not None:
            self.resize(self.width(), self.width() * 3 // 4)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        record, language = self.record, self.controller.language
        title = evidence_title(record)
        self.setWindowTitle(title)
        self.heading.setText(title)
        rows = [
            (self.tr("Size"), size_text(record.size, language)),
            (self.tr("Type"), record.mime or ""),
            (self.tr("Added"), when_text(record.created_at, language)),
            (self.tr("When"), when_text(record.at, language)),
            ("SHA-256", record.sha256 or ""),
            (self.tr("What it was"), record.description or ""),
            (self.tr("Where it was seen"), record.where_seen or ""),
            (self.tr("Note"), record.note or ""),
        ]
        self.details.setText("\n".join(f"{label}: {value}" for label, value in rows if value))
        self.picture.setAccessibleName(self.tr("The picture"))
        show_text(self.close_button, self.tr("Close"))
