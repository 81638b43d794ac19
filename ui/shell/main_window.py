"""The main window: neutral title, crisis numbers and Quick exit always there, pages beside."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import APP_NAME
from core.session import VaultState
from ui.controller import Controller
from ui.shell.crisis_bar import CrisisBar
from ui.shell.pages import PageSpec
from ui.shell.start_diary_page import StartDiaryPage
from ui.theme.theme import icon
from ui.vault.messages import vault_message
from ui.vault.setup_dialog import CreateVaultDialog
from ui.vault.unlock_page import UnlockPage
from ui.widgets.accessible import named, show_text
from ui.widgets.confirm import tell
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.fonts import scaled
from ui.widgets.quick_exit import QuickExitButton
from ui.widgets.safe_label import SafeLabel


class MainWindow(FollowsLanguage, QMainWindow):
    """Header (name, crisis bar, lock, Quick exit), navigation, and one page at a time."""

    def __init__(self, controller: Controller, pages: Sequence[PageSpec]) -> None:
        super().__init__()
        named(self, "mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("harbour"))
        self.controller = controller
        self.specs = {spec.page_id: spec for spec in pages}
        self.built: dict[str, QWidget] = {}
        self.current = pages[0].page_id
        self._after_unlock: Callable[[], None] | None = None

        header = named(QFrame(), "shellHeader")
        self.app_name = SafeLabel(APP_NAME, name="appName")
        scaled(self.app_name, 1.2, bold=True)
        self.crisis_bar = CrisisBar(controller)
        self.lock_button = named(QPushButton(), "lockButton")
        self.lock_button.setIcon(icon("lock"))
        self.lock_button.clicked.connect(controller.lock)
        self.quick_exit_button = QuickExitButton(controller)
        row = QHBoxLayout(header)
        row.addWidget(self.app_name)
        row.addWidget(self.crisis_bar, 1)
        row.addWidget(self.lock_button)
        row.addWidget(self.quick_exit_button)

        nav = named(QFrame(), "shellNav")
        nav_column = QVBoxLayout(nav)
        self.nav_group = QButtonGroup(self)
        self.nav_buttons: dict[str, QToolButton] = {}
        for index, spec in enumerate(pages, start=1):
            button = named(QToolButton(), f"nav_{spec.page_id}")
            button.setCheckable(True)
            button.setIcon(icon(spec.icon))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _=False, pid=spec.page_id: self.show_page(pid))
            QShortcut(
                QKeySequence(f"Ctrl+{index}"), self, lambda pid=spec.page_id: self.show_page(pid)
            )
            self.nav_group.addButton(button)
            self.nav_buttons[spec.page_id] = button
            nav_column.addWidget(button)
        nav_column.addStretch(1)

        self.stack = named(QStackedWidget(), "pageStack")
        self.unlock_page = UnlockPage(controller)
        self.start_page = StartDiaryPage()
        self.start_page.startRequested.connect(lambda: self.with_vault(lambda: None))
        self.stack.addWidget(self.unlock_page)
        self.stack.addWidget(self.start_page)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(nav)
        body.addWidget(self.stack, 1)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(header)
        column.addLayout(body, 1)
        self.setCentralWidget(central)

        controller.vaultStateChanged.connect(self._vault_state_changed)
        controller.vaultNotice.connect(self._vault_notice)
        self.retranslate()
        self.show_page(self.current)

    # --- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        for page_id, button in self.nav_buttons.items():
            show_text(button, self.specs[page_id].title())
        show_text(self.lock_button, self.tr("Lock"), self.tr("Lock my diary"))
        self.setWindowTitle(APP_NAME)

    def _vault_notice(self, code: str) -> None:
        """Tell the person, calmly, something they need to know about their diary."""
        texts = (self.tr("About your diary"), vault_message(code), self.tr("OK"))
        QTimer.singleShot(0, lambda: tell(self.controller, self, texts, "vaultNotice"))

    # --- pages -----------------------------------------------------------------------------

    def page(self, page_id: str) -> QWidget:
        """The built widget for ``page_id`` (building it now if needed)."""
        if page_id not in self.built:
            widget = self.specs[page_id].build(self.controller)
            self.built[page_id] = widget
            self.stack.addWidget(widget)
        return self.built[page_id]

    def show_page(self, page_id: str) -> None:
        """Switch to ``page_id``; diary pages show the start or unlock screen until unlocked."""
        self.current = page_id
        self.nav_buttons[page_id].setChecked(True)
        state = self.controller.vault_state
        if self.specs[page_id].needs_vault and state is not VaultState.UNLOCKED:
            target: QWidget = self.unlock_page if state is VaultState.LOCKED else self.start_page
        else:
            target = self.page(page_id)
        self.stack.setCurrentWidget(target)
        self.lock_button.setVisible(state is VaultState.UNLOCKED)

    def _vault_state_changed(self, _state: str) -> None:
        if self.controller.vault_state is not VaultState.UNLOCKED:
            for page_id in [p for p in self.built if self.specs[p].needs_vault]:
                widget = self.built.pop(page_id)  # forget what the diary pages showed
                self.stack.removeWidget(widget)
                widget.deleteLater()
        else:
            self.unlock_page.refresh()
            then, self._after_unlock = self._after_unlock, None
            if then is not None:
                then()
        self.show_page(self.current)

    def with_vault(self, then: Callable[[], None]) -> None:
        """Run ``then`` once the diary exists and is unlocked (creating or unlocking it first)."""
        state = self.controller.vault_state
        if state is VaultState.UNLOCKED:
            then()
        elif state is VaultState.NONE:
            dialog = CreateVaultDialog(self.controller, self)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            dialog.deleteLater()  # a declined dialog must not answer the next creation too
            if accepted and self.controller.vault_state is VaultState.UNLOCKED:
                self.show_page(self.current)
                then()
        else:
            self._after_unlock = then
            self.stack.setCurrentWidget(self.unlock_page)
