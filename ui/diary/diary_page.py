"""The diary page: add what happened, see it in order, find it again, and the money in sums."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import diary
from core.diary.records import Evidence, Kind
from ui.controller import Controller
from ui.diary.deleting import UndoBar, ask_twice
from ui.diary.form import EntryForm
from ui.diary.formatting import kind_name, summary, totals_text
from ui.diary.forms import FORMS, open_form
from ui.diary.search_view import ENTRY_ROLE, KIND_ROLE, SearchResults
from ui.diary.timeline_view import TimelineList, header_text
from ui.widgets.accessible import named, show_text
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel
from ui.widgets.wrapping import WrapButton

PAGE_SIZE = 50
ADD_ORDER = (Kind.NOTE, Kind.PERSON, Kind.MESSAGE, Kind.DEMAND, Kind.PAYMENT, Kind.ACTION)


class DiaryPage(FollowsLanguage, QWidget):
    """Timeline, search, totals, the add buttons, and delete with undo."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "diaryPage")
        self.controller = controller
        self.shown = PAGE_SIZE
        self.heading = SafeLabel(name="diaryHeading")
        scaled(self.heading, 1.4, bold=True)
        self.intro = SafeLabel(name="diaryIntro")
        self.intro.setProperty("role", "hint")
        self.add_buttons: dict[Kind, WrapButton] = {}
        grid = QGridLayout()
        for index, kind in enumerate(ADD_ORDER):
            button = named(WrapButton(), f"diaryAdd_{kind.value}")
            button.clicked.connect(lambda _=False, k=kind: self.add_entry(k))
            self.add_buttons[kind] = button
            grid.addWidget(button, index // 3, index % 3)
        self.add_buttons[Kind.NOTE].setProperty("primary", True)

        self.search = named(QLineEdit(), "diarySearch")
        self.search.setClearButtonEnabled(True)
        self.kind_filter = named(QComboBox(), "diaryKindFilter")
        self.order = named(QComboBox(), "diaryOrder")
        tools = QHBoxLayout()
        tools.addWidget(self.search, 3)
        tools.addWidget(self.kind_filter, 1)
        tools.addWidget(self.order, 1)
        self.totals = SafeLabel(name="diaryTotals")
        scaled(self.totals, 1.05, bold=True)
        self.undo_bar = UndoBar(controller)

        self.timeline = TimelineList()
        self.results = SearchResults()
        self.empty = SafeLabel(name="diaryEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.views = QStackedWidget()
        for view in (self.timeline, self.results, self.empty):
            self.views.addWidget(view)
        self.more_button = named(WrapButton(), "diaryMore")
        self.edit_button = named(WrapButton(), "diaryEdit")
        self.delete_button = named(WrapButton(), "diaryDelete")
        self.status = SafeLabel(name="diaryStatus")
        self.status.setProperty("role", "warning")
        self.status.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.more_button)
        bottom.addStretch(1)
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.delete_button)

        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addLayout(grid)
        column.addLayout(tools)
        column.addWidget(self.totals)
        column.addWidget(self.undo_bar)
        column.addWidget(self.status)
        column.addWidget(self.views, 1)
        column.addLayout(bottom)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(200)
        self.search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_changed)
        self.kind_filter.activated.connect(self._reset_and_refresh)
        self.order.activated.connect(self._reset_and_refresh)
        self.more_button.clicked.connect(self.show_more)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        for view in (self.timeline, self.results):
            view.itemActivated.connect(self.edit_selected)
            view.currentItemChanged.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Delete, self.timeline, self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.results, self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        controller.diary.entriesChanged.connect(self.refresh)
        controller.diary.caseChanged.connect(self._reset_and_refresh)
        controller.diary.writeFailed.connect(self._write_failed)
        self.retranslate()

    # --- words -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("Your diary"))
        self.intro.setText(
            self.tr(
                "Write things down as you remember them, in any order. It stays locked on this "
                "computer. Police and platforms will ask for these details."
            )
        )
        labels = {
            Kind.NOTE: self.tr("What happened?"),
            Kind.PERSON: self.tr("Account or person"),
            Kind.MESSAGE: self.tr("Message or threat"),
            Kind.DEMAND: self.tr("What they demanded"),
            Kind.PAYMENT: self.tr("A payment"),
            Kind.ACTION: self.tr("Something I did"),
        }
        for kind, button in self.add_buttons.items():
            show_text(button, labels[kind], self.tr("Add: %1").replace("%1", labels[kind]))
        show_text(self.search, self.tr("Search your diary"), self.tr("Search your diary"))
        self.timeline.setAccessibleName(self.tr("What happened, in order"))
        self.results.setAccessibleName(self.tr("What your search found"))
        clear = self.search.findChild(QToolButton)
        if clear is not None:  # the line edit's own clear button
            named(clear, "diarySearchClear").setAccessibleName(self.tr("Clear the search"))
        self._fill_combo(
            self.kind_filter,
            [("", self.tr("Everything"))] + [(k.value, kind_name(k)) for k in Kind],
            self.tr("Show"),
        )
        self._fill_combo(
            self.order,
            [("newest", self.tr("Newest first")), ("oldest", self.tr("Oldest first"))],
            self.tr("Order"),
        )
        show_text(self.more_button, self.tr("Show more"))
        show_text(self.edit_button, self.tr("Open or change"), tip=self.tr("Shortcut: Enter"))
        show_text(self.delete_button, self.tr("Delete…"), tip=self.tr("Shortcut: Delete"))
        self.refresh()

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, str]], name: str) -> None:
        keep = combo.currentData()
        combo.clear()
        for key, text in items:
            combo.addItem(text, key)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        combo.setAccessibleName(name)

    # --- showing -----------------------------------------------------------------------------

    def _reset_and_refresh(self, *_args: object) -> None:
        self.shown = PAGE_SIZE
        self.refresh()

    def _search_changed(self, _text: str) -> None:
        self.search_timer.start()

    def refresh(self) -> None:
        """Reload the timeline or the search results, and the totals."""
        case_id = self.controller.diary.current_case_id
        language, catalog = self.controller.language, self.controller.catalog
        query = self.search.text().strip()
        if case_id is None:
            self.totals.hide()
            self._show_empty(self.tr("Nothing is written down yet. Start with what happened."))
            self.more_button.hide()
            return
        conn = self.controller.diary.conn
        sums = diary.totals(conn, case_id)
        parts = []
        if sums.demanded:
            parts.append(
                self.tr("Demanded: %1").replace("%1", totals_text(sums.demanded, language))
            )
        if sums.paid:
            parts.append(self.tr("Paid: %1").replace("%1", totals_text(sums.paid, language)))
        self.totals.setText("   ".join(parts))
        self.totals.setVisible(bool(parts))
        kind = str(self.kind_filter.currentData() or "")
        self.order.setEnabled(not query)
        if query:
            hits = [h for h in diary.search(conn, case_id, query) if not kind or h.kind == kind]
            headers = [header_text(h.kind, h.at, language) for h in hits]
            self.results.show_hits(hits, headers)
            self.more_button.hide()
            if hits:
                self.views.setCurrentWidget(self.results)
            else:
                self._show_empty(self.tr("Nothing in your diary matches that."))
        else:
            kinds = [Kind(kind)] if kind else None
            newest = self.order.currentData() != "oldest"
            items = diary.timeline(conn, case_id, self.shown, 0, newest, kinds)
            self.timeline.show_items(items, language, catalog)
            total = diary.timeline_count(conn, case_id, kinds)
            self.more_button.setVisible(total > len(items))
            if items:
                self.views.setCurrentWidget(self.timeline)
            else:
                self._show_empty(self.tr("Nothing is written down yet. Start with what happened."))
        self._update_buttons()

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.views.setCurrentWidget(self.empty)
        self._update_buttons()

    def show_more(self) -> None:
        """Show the next page of the timeline."""
        self.shown += PAGE_SIZE
        self.refresh()

    def _current_list(self) -> QListWidget | None:
        view = self.views.currentWidget()
        return view if isinstance(view, QListWidget) else None

    def _selected(self) -> tuple[int, Kind] | None:
        view = self._current_list()
        item = view.currentItem() if view is not None else None
        if item is None:
            return None
        return int(item.data(ENTRY_ROLE)), Kind(str(item.data(KIND_ROLE)))

    def _update_buttons(self, *_args: object) -> None:
        chosen = self._selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # --- acting ------------------------------------------------------------------------------

    def add_entry(self, kind: Kind) -> None:
        """Open the empty form for ``kind``."""
        form = open_form(self.controller, FORMS[kind].record_type, parent=self)
        form.exec()
        form.deleteLater()

    def edit_selected(self, *_args: object) -> None:
        """Open the selected entry in its form, filled in."""
        chosen = self._selected()
        if chosen is None:
            return
        entry_id, kind = chosen
        self.status.hide()
        if kind is Kind.EVIDENCE:
            from ui.evidence.describe import DescribeDialog

            record = diary.get(self.controller.diary.conn, entry_id, Evidence)
            dialog: EntryForm = DescribeDialog(self.controller, record, parent=self)
        else:
            record_type = FORMS[kind].record_type
            stored = diary.get(self.controller.diary.conn, entry_id, record_type)
            dialog = open_form(self.controller, record_type, stored, parent=self)
        dialog.exec()
        dialog.deleteLater()

    def delete_selected(self) -> None:
        """Ask twice, then delete the selected entry (it can be undone until the diary locks)."""
        chosen = self._selected()
        if chosen is None:
            return
        entry_id, kind = chosen
        record_type = Evidence if kind is Kind.EVIDENCE else FORMS[kind].record_type
        record = diary.get(self.controller.diary.conn, entry_id, record_type)
        text = summary(record, self.controller.language, self.controller.catalog)
        what = f"{kind_name(kind)}: {text}"
        if ask_twice(self.controller, self, what):
            self.controller.diary.delete_entry(entry_id)

    def _write_failed(self, _exc: object) -> None:
        self.status.setText(
            self.tr("That could not be done. Everything saved before is safe. Please try again.")
        )
        self.status.show()
