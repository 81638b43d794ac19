"""The case's story as a list: one item per entry, kind and time above a one-line summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from core.content.catalog import Catalog
from core.diary import TimelineItem
from core.diary.records import Kind
from ui.diary.formatting import kind_name, summary, when_text
from ui.diary.search_view import ENTRY_ROLE, HTML_ROLE, KIND_ROLE, EntryList, highlight_html


def header_text(kind: Kind, at: dt.datetime | None, language: str) -> str:
    """``Demand · 5 Nov 2026, 21:40`` (plain text)."""
    moment = when_text(at, language)
    return f"{kind_name(kind)} · {moment}" if moment else kind_name(kind)


class TimelineList(EntryList):
    """The case's entries in time order, kind and time in bold above a summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("diaryTimeline", parent)

    def show_items(
        self,
        items: Sequence[TimelineItem],
        language: str,
        catalog: Catalog,
        append: bool = False,
    ) -> None:
        """Show a page of the timeline (added below what is there when ``append``)."""
        keep = self.current_entry()
        if not append:
            self.clear()
        for entry in items:
            header = header_text(entry.kind, entry.at, language)
            line = summary(entry.record, language, catalog)
            text = f"{header}\n{line}".rstrip()
            item = QListWidgetItem(text)
            item.setData(
                HTML_ROLE, f"<b>{highlight_html(header, ())}</b><br>{highlight_html(line, ())}"
            )
            item.setData(ENTRY_ROLE, entry.entry_id)
            item.setData(KIND_ROLE, entry.kind.value)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ". "))
            self.addItem(item)
            if entry.entry_id == keep:
                self.setCurrentItem(item)

    def current_entry(self) -> int | None:
        """The selected entry's id."""
        item = self.currentItem()
        return int(item.data(ENTRY_ROLE)) if item is not None else None
