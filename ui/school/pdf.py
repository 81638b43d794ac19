"""A small PDF writer for tables (the chronology export): ``QTextDocument`` + ``QPdfWriter``.

The document is built with a text cursor, never from HTML, so nothing a person typed is ever
read as markup. The PDF is made in memory; the caller writes the bytes atomically.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextTableFormat,
)

from core.content.region_model import Paper

_COLUMN_WIDTHS = (17, 13, 55, 15)  # per cent: when, type, what, by
_PAGE_SIZES = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}


def _document(title: str, lines: Sequence[str], table: Sequence[Sequence[str]]) -> QTextDocument:
    doc = QTextDocument()
    font = doc.defaultFont()
    font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters: the PDF searches and copies
    doc.setDefaultFont(font)
    cursor = QTextCursor(doc)
    heading = QTextCharFormat()
    heading.setFontPointSize(16)
    heading.setFontWeight(QFont.Weight.Bold)
    cursor.insertText(title, heading)
    plain = QTextCharFormat()
    for line in lines:
        cursor.insertBlock()
        cursor.insertText(line, plain)
    cursor.insertBlock()
    if not table:
        return doc
    layout = QTextTableFormat()
    layout.setHeaderRowCount(1)
    layout.setCellPadding(3)
    layout.setCellSpacing(0)
    layout.setBorder(0.5)
    columns = len(table[0])
    widths = _COLUMN_WIDTHS if columns == len(_COLUMN_WIDTHS) else (100 / columns,) * columns
    layout.setColumnWidthConstraints(
        [QTextLength(QTextLength.Type.PercentageLength, w) for w in widths]
    )
    layout.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    text_table = cursor.insertTable(len(table), columns, layout)
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    for r, row in enumerate(table):
        for c, cell in enumerate(row):
            cell_cursor = text_table.cellAt(r, c).firstCursorPosition()
            cell_cursor.insertText(cell, bold if r == 0 else plain)
    return doc


def table_pdf(
    title: str,
    lines: Sequence[str],
    table: Sequence[Sequence[str]],
    paper: Paper = Paper.A4,
) -> bytes:
    """A PDF with a heading, some lines of text, and the table (first row as its header)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(_PAGE_SIZES[paper]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    doc = _document(title, lines, table)
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
    doc.print_(writer)
    del writer  # finishes the PDF into the buffer
    data = QByteArray(buffer.data())
    buffer.close()
    return bytes(data.data())
