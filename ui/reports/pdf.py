"""The report as PDF (``QTextDocument`` + ``QPdfWriter``) or on paper (``QPrinter``).

Every page gets a header ("This report contains sensitive information" and the date it was
made) and a footer ("Page 2 of 5"). Fonts are embedded by Qt's PDF engine. The document loads
no resources of any kind: the HTML has none, and ``_Document.loadResource`` refuses them anyway.

All of this is plain painting on a paged device, which Qt supports outside the GUI thread: the
Reports page runs ``render_pdf`` and ``paint_document`` in a worker (``controller.jobs``), so
the window never freezes, and a ``QGuiApplication`` is all it needs (offscreen works too).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from core.content.region_model import Paper

_BODY_FAMILIES = ("DejaVu Sans", "Noto Sans", "Arial", "Helvetica")
_BODY_POINTS = 10.0
_MARGIN_MM = QMarginsF(16, 12, 16, 12)
_RESOLUTION = 300
_LAYOUT_DPI = 96
PAGE_SIZES = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}


@dataclass(frozen=True)
class PageLabels:
    """Words on every page: the warning, the date made, and "Page {page} of {pages}"."""

    sensitive: str
    generated: str
    page: str


class _Document(QTextDocument):
    """A text document that never loads images, style sheets or anything else."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        return None


def body_font() -> QFont:
    """The font reports are set in: one with wide script coverage when the system has it."""
    installed = set(QFontDatabase.families())
    family = next((f for f in _BODY_FAMILIES if f in installed), None)
    font = QFont(family) if family else QFont()
    font.setPointSizeF(_BODY_POINTS)
    for feature in ("liga", "clig"):  # "fi" stays two letters when copied out of the PDF
        font.setFeature(QFont.Tag(feature), 0)
    return font


def _small(font: QFont, bold: bool = False) -> QFont:
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.8)
    small.setBold(bold)
    return small


Fill = Callable[[QTextDocument], None]  # writes a document's content, e.g. with a text cursor


def paint_document(device: QPagedPaintDevice, content: str | Fill, labels: PageLabels) -> int:
    """Lay ``content`` (HTML, or a function that fills the document) out on ``device``'s pages
    with header and footer; return the page count.

    The layout is made at 96 dpi, as on screen, and scaled to the device: sizes in the HTML
    mean the same on paper as in the preview.
    """
    scale = device.logicalDpiX() / _LAYOUT_DPI
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    width, height = rect.width() / scale, rect.height() / scale
    font = body_font()
    layout_device = QImage(1, 1, QImage.Format.Format_Mono)
    layout_device.setDotsPerMeterX(round(_LAYOUT_DPI / 0.0254))
    layout_device.setDotsPerMeterY(round(_LAYOUT_DPI / 0.0254))
    document = _Document()
    document.documentLayout().setPaintDevice(layout_device)
    document.setDefaultFont(font)
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    if isinstance(content, str):
        document.setHtml(content)
    else:
        content(document)
    band = QFontMetricsF(_small(font, bold=True), layout_device).height() * 2.4
    body = QSizeF(width, height - 2 * band)
    document.setPageSize(body)
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or PDF file could not be opened")
    try:
        for index in range(pages):
            if index:
                device.newPage()
            # Header and footer in device units (fonts in points); the body scaled from 96 dpi.
            page_size = (width * scale, height * scale, band * scale)
            _header_footer(painter, font, labels, index + 1, pages, *page_size)
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, band - index * body.height())
            document.drawContents(painter, QRectF(0, index * body.height(), width, body.height()))
            painter.restore()
    finally:
        painter.end()
    return pages


def _header_footer(
    painter: QPainter,
    font: QFont,
    labels: PageLabels,
    page: int,
    pages: int,
    width: float,
    height: float,
    band: float,
) -> None:
    top = QRectF(0, 0, width, band * 0.7)
    painter.setFont(_small(font, bold=True))
    painter.drawText(
        top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, labels.sensitive
    )
    painter.setFont(_small(font))
    painter.drawText(
        top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, labels.generated
    )
    painter.drawLine(QPointF(0, band * 0.75), QPointF(width, band * 0.75))
    bottom = QRectF(0, height - band * 0.7, width, band * 0.7)
    painter.drawLine(QPointF(0, height - band * 0.75), QPointF(width, height - band * 0.75))
    text = labels.page.replace("{page}", str(page)).replace("{pages}", str(pages))
    painter.drawText(bottom, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, text)


def render_pdf(content: str | Fill, labels: PageLabels, paper: Paper, title: str) -> bytes:
    """``content`` (see ``paint_document``) as PDF bytes on A4 or Letter, with Harbour's header
    and numbered footer on every page (safe to call from a worker thread)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(_RESOLUTION)
    writer.setPageSize(QPageSize(PAGE_SIZES[paper]))
    writer.setPageMargins(_MARGIN_MM, QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Harbour")
    paint_document(writer, content, labels)  # ending the painter finishes the PDF
    buffer.close()
    return bytes(data.data())
