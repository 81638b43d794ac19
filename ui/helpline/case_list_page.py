"""The helpline's case list: every call with its number and status, search across all cases,
a new call, and the record of cases purged after the retention period."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.diary.records import CaseStatus
from core.modes.staff import setup_warnings
from ui.controller import Controller
from ui.diary.formatting import day_text, when_text
from ui.helpline.controller import helpline_of
from ui.widgets.accessible import named, show_text
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel

CALL_PAGE = "call"
ACTIVE = frozenset({CaseStatus.OPEN, CaseStatus.FOLLOW_UP})
FILTERS: tuple[frozenset[CaseStatus] | None, ...] = (
    ACTIVE,
    None,
    frozenset({CaseStatus.OPEN}),
    frozenset({CaseStatus.FOLLOW_UP}),
    frozenset({CaseStatus.CLOSED}),
)


def _day(value: dt.datetime | None, language: str) -> str:
    return when_text(value.astimezone(), language) if value is not None else ""


class CaseListPage(FollowsLanguage, QWidget):
    """Find a case, open it, or start a new call."""

    def __init__(self, controller: Controller) -> None:
        super().__init__()
        named(self, "caseListPage")
        self.controller = controller
        self.helpline = helpline_of(controller)
        self.heading = SafeLabel(name="caseListHeading")
        scaled(self.heading, 1.3, bold=True)
        self.warnings = SafeLabel(name="caseListWarnings")
        self.warnings.setProperty("role", "hint")
        self.search = named(QLineEdit(), "caseSearch")
        self.status_filter = named(QComboBox(), "caseStatusFilter")
        self.new_call_button = named(QPushButton(), "newCallButton")
        self.new_call_button.setProperty("primary", True)
        self.open_button = named(QPushButton(), "openCaseButton")
        self.cases = named(QTreeWidget(), "caseList")
        self.cases.setRootIsDecorated(False)
        self.cases.setColumnCount(6)
        self.cases.setUniformRowHeights(True)
        named(self.cases.header(), "caseListHeader")
        self.empty = SafeLabel(name="caseListEmpty")
        self.purged_box = QGroupBox()
        self.purged = named(QTreeWidget(), "purgedCases")
        self.purged.setRootIsDecorated(False)
        self.purged.setColumnCount(3)
        named(self.purged.header(), "purgedCasesHeader")
        QVBoxLayout(self.purged_box).addWidget(self.purged)

        row = QHBoxLayout()
        row.addWidget(self.search, 2)
        row.addWidget(self.status_filter, 1)
        row.addWidget(self.new_call_button)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.warnings)
        column.addLayout(row)
        column.addWidget(self.cases, 3)
        column.addWidget(self.empty)
        column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.purged_box, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.status_filter.activated.connect(lambda _: self.refresh())
        self.new_call_button.clicked.connect(self._new_call)
        self.open_button.clicked.connect(self._open_selected)
        self.cases.itemActivated.connect(lambda item, _col: self._open(item))
        self.cases.itemSelectionChanged.connect(self._selection_changed)
        self.helpline.casesChanged.connect(self.refresh)
        controller.diary.entriesChanged.connect(self.refresh)
        controller.languageChanged.connect(lambda _: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("Cases"))
        show_text(self.search, self.tr("Search every case: names, numbers, notes, messages"))
        show_text(
            self.new_call_button, self.tr("New call"), tip=self.tr("Start a case for a new call")
        )
        show_text(self.open_button, self.tr("Open case"))
        self.status_filter.setAccessibleName(self.tr("Show cases"))
        index = max(0, self.status_filter.currentIndex())
        self.status_filter.clear()
        for label in (
            self.tr("Open and follow-up"),
            self.tr("All cases"),
            self.tr("Open"),
            self.tr("Follow-up"),
            self.tr("Closed"),
        ):
            self.status_filter.addItem(label)
        self.status_filter.setCurrentIndex(index)
        self.cases.setHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Title"),
                self.tr("Status"),
                self.tr("Opened"),
                self.tr("Last written"),
                self.tr("Found"),
            ]
        )
        show_text(self.cases, self.tr("Cases"))
        show_text(self.cases.header(), self.tr("Columns of the case list"))
        self.purged_box.setTitle(self.tr("Cases removed after the retention period"))
        self.purged.setHeaderLabels([self.tr("Case"), self.tr("Closed"), self.tr("Removed")])
        show_text(self.purged, self.tr("Cases removed for good"))
        show_text(self.purged.header(), self.tr("Columns of the removed cases"))
        catalog = self.controller.catalog
        session = self.controller.session
        found = setup_warnings(session.policy, session.profile)
        self.warnings.setText("\n".join(catalog.text(f"helpline.setup.{w.value}") for w in found))
        self.warnings.setVisible(bool(found))
        self.refresh()

    def refresh(self) -> None:
        """List the cases that fit the search and filter, and the purge records."""
        from core.session import VaultState

        self.cases.clear()
        self.purged.clear()
        if self.controller.vault_state is not VaultState.UNLOCKED:
            return
        catalog, language = self.controller.catalog, self.controller.language
        statuses = FILTERS[max(0, self.status_filter.currentIndex())]
        current = self.controller.diary.current_case_id
        for row in self.helpline.rows(self.search.text(), statuses):
            item = QTreeWidgetItem(
                [
                    row.label,
                    row.case.title or "",
                    catalog.text(f"helpline.status.{row.case.status.value}"),
                    _day(row.case.created_at, language),
                    _day(row.last_activity, language),
                    row.snippet.text if row.snippet else "",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.case_id)
            self.cases.addTopLevelItem(item)
            if row.case_id == current:
                self.cases.setCurrentItem(item)
        for record in self.helpline.purge_records():
            closed = day_text(record.closed_on, language) if record.closed_on else ""
            self.purged.addTopLevelItem(
                QTreeWidgetItem([record.case_label, closed, _day(record.purged_at, language)])
            )
        self.purged_box.setVisible(self.purged.topLevelItemCount() > 0)
        searching = bool(self.search.text().strip())
        self.empty.setText(
            self.tr("No case matches your search.") if searching else self.tr("No cases yet.")
        )
        self.empty.setVisible(self.cases.topLevelItemCount() == 0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.cases.currentItem() is not None)

    def _open(self, item: QTreeWidgetItem) -> None:
        self.helpline.open_case(int(item.data(0, Qt.ItemDataRole.UserRole)))
        self._show_call_page()

    def _open_selected(self) -> None:
        item = self.cases.currentItem()
        if item is not None:
            self._open(item)

    def _new_call(self) -> None:
        self.helpline.new_call()
        self._show_call_page()

    def _show_call_page(self) -> None:
        from ui.shell.main_window import MainWindow

        window = self.window()
        if isinstance(window, MainWindow) and CALL_PAGE in window.specs:
            window.show_page(CALL_PAGE)
