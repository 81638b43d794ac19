"""Search results with the matched words highlighted, rendered safely.

The rich text is built here, character by character: everything the person typed is HTML-escaped
and only Harbour's own ``<span>`` marks the matches, so a diary entry containing ``<script>`` or
``<img src=...>`` shows those characters and never becomes markup. Screen readers and tests read
the plain text (the item's display text); only painting uses the rich text.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from core.diary import SearchHit
from ui.widgets.accessible import named

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
# A highlighter pen: the same dark-on-yellow in light and dark themes, readable in both.
MARK_STYLE = "background-color:#ffe08a;color:#1f2a30;font-weight:bold"

Index = QModelIndex | QPersistentModelIndex


def highlight_html(text: str, matches: Sequence[tuple[int, int]]) -> str:
    """Rich text for ``text`` with each ``(start, end)`` range marked; all of ``text`` escaped."""
    parts: list[str] = []
    position = 0
    for start, end in sorted(matches):
        start, end = max(start, position), min(end, len(text))
        if start >= end:
            continue
        parts.append(html.escape(text[position:start]))
        parts.append(f'<span style="{MARK_STYLE}">{html.escape(text[start:end])}</span>')
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts)


class HighlightDelegate(QStyledItemDelegate):
    """Paints an item's ``HTML_ROLE`` rich text (already escaped) inside the normal item frame."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(6)
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        width = option.rect.width() or 400
        document.setTextWidth(width)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Draw the item frame and selection, then the rich text."""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, item.palette.color(role))
        painter.save()
        painter.translate(item.rect.topLeft())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """As tall as the wrapped rich text."""
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))


class EntryList(QListWidget):
    """A list of diary entries: plain item text, painted from ``HTML_ROLE`` rich text."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name)
        self.setItemDelegate(HighlightDelegate(self))
        self.setWordWrap(True)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSpacing(2)


class SearchResults(EntryList):
    """The entries that matched, newest first, each with its highlighted snippet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("diarySearchResults", parent)

    def show_hits(self, hits: Sequence[SearchHit], headers: Sequence[str]) -> None:
        """Show ``hits``; ``headers`` holds each hit's kind and time as plain text."""
        self.clear()
        for hit, header in zip(hits, headers, strict=True):
            item = QListWidgetItem(f"{header}\n{hit.snippet.text}")
            item.setData(ENTRY_ROLE, hit.entry_id)
            item.setData(KIND_ROLE, hit.kind.value)
            snippet = highlight_html(hit.snippet.text, hit.snippet.matches)
            rich = f"<b>{highlight_html(header, ())}</b><br>{snippet}"
            item.setData(HTML_ROLE, rich)
            self.addItem(item)
