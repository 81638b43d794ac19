"""The chronology export as PDF, through the reports' writer (same header, footer and fonts).

The document is built with a text cursor, never from HTML, so nothing a person typed is ever
read as markup. The PDF is made in memory; the caller writes the bytes atomically.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import (
    QFont,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextTableFormat,
)

from core.content.region_model import Paper
from ui.reports.pdf import PageLabels, render_pdf

_COLUMN_WIDTHS = (15, 23, 48, 14)  # per cent: when, type, what, by


def _fill(
    title: str, lines: Sequence[str], table: Sequence[Sequence[str]], doc: QTextDocument
) -> None:
    cursor = QTextCursor(doc)
    heading = QTextCharFormat()
    heading.setFontPointSize(doc.defaultFont().pointSizeF() * 1.6)
    heading.setFontWeight(QFont.Weight.Bold)
    cursor.insertText(title, heading)
    plain = QTextCharFormat()
    for line in lines:
        cursor.insertBlock()
        cursor.insertText(line, plain)
    cursor.insertBlock()
    if not table:
        return
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


def table_pdf(
    title: str,
    lines: Sequence[str],
    table: Sequence[Sequence[str]],
    labels: PageLabels,
    paper: Paper = Paper.A4,
) -> bytes:
    """A PDF with a heading, some lines of text, and the table (first row as its header)."""
    return render_pdf(lambda doc: _fill(title, lines, table, doc), labels, paper, title)
