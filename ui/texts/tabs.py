"""One tab of the texts page: choose a platform (or payment service), see and adjust its text.

``PlatformTab`` and ``PaymentTab`` differ only in what can be chosen, how the text is built and
what is said beside it; the rest (keeping edits while switching, following diary changes,
keeping a version in the diary) is ``TextTab``'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from core.session import VaultState
from ui.controller import Controller
from ui.texts.draft_box import DraftBox
from ui.texts.keeping import keep_in_diary
from ui.widgets.accessible import named, show_text
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel

if TYPE_CHECKING:
    from core.texts.facts import CaseFacts


class TextTab(FollowsLanguage, QWidget):
    """A chooser, notes about the choice, and the text in a ``DraftBox``."""

    prefix = "texts"

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, f"{self.prefix}Tab")
        self.controller = controller
        self._edits: dict[str, str] = {}  # the person's changes per choice, in memory only
        self._boxed: str | None = None  # the choice whose text the box holds
        self.chooser_label = SafeLabel(name=f"{self.prefix}ChooserLabel")
        self.chooser = named(QComboBox(), f"{self.prefix}Chooser")
        self.chooser_label.setBuddy(self.chooser)
        self.note = SafeLabel(name=f"{self.prefix}Note")
        self.note.setProperty("role", "hint")
        self.kept_button = named(QPushButton(), f"{self.prefix}UseKept")
        self.kept_button.hide()
        self.box = DraftBox(controller, f"{self.prefix}Draft", can_keep=True)
        self.extra = QVBoxLayout()

        self.chooser_label.setWordWrap(False)
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        row = QHBoxLayout()
        row.addWidget(self.chooser_label)
        row.addWidget(self.chooser)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.note)
        column.addLayout(self.extra)
        column.addWidget(self.kept_button)
        column.addWidget(self.box, 1)

        self.chooser.currentIndexChanged.connect(self._changed)
        self.box.keepRequested.connect(self._keep)
        self.box.resetRequested.connect(self._forget_edit)
        self.kept_button.clicked.connect(self._use_kept)
        # Bound methods, not lambdas: Qt drops them when a locked diary's page is deleted.
        controller.diary.entriesChanged.connect(self._changed)
        controller.diary.caseChanged.connect(self._changed)
        controller.ageGroupChanged.connect(self._changed)

    # --- what subclasses say ----------------------------------------------------------------

    def choices(self) -> list[tuple[str, str]]:
        """(id, label) for each thing a text can be written for."""
        raise NotImplementedError

    def build(self, facts: CaseFacts, choice: str) -> str:
        """The text for ``choice``."""
        raise NotImplementedError

    def describe(self, choice: str, facts: CaseFacts) -> None:
        """Update the notes beside the text for ``choice``."""

    def header(self, label: str) -> str:
        """The first line of a kept version's diary note."""
        raise NotImplementedError

    def file_name(self, choice: str) -> str:
        """The file name offered by Save."""
        raise NotImplementedError

    # --- behaviour --------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Relist the choices in the current language and rebuild the text."""
        self._store_edit()
        current = self.choice()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for choice, label in self.choices():
            self.chooser.addItem(label, choice)
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(current)))
        self.chooser.blockSignals(False)
        self.chooser.setAccessibleName(self.chooser_label.text())
        show_text(self.kept_button, self.tr("Use the version I kept"))
        self.refresh()

    def choice(self) -> str | None:
        """The id chosen now."""
        data = self.chooser.currentData()
        return str(data) if data is not None else None

    def choose(self, choice: str | None) -> None:
        """Show the text for ``choice`` (ignored when it is not one of the choices)."""
        index = self.chooser.findData(choice) if choice else -1
        if index >= 0:
            self.chooser.setCurrentIndex(index)

    def facts(self) -> CaseFacts:
        """What the diary holds for the current case."""
        from core.texts.facts import CaseFacts, gather_facts

        under_18 = self.controller.age_group == "under18"
        if self.controller.vault_state is not VaultState.UNLOCKED:
            return CaseFacts(under_18=under_18)
        diary = self.controller.diary
        return gather_facts(diary.conn, diary.current_case_id, under_18=under_18)

    def _changed(self, *_: object) -> None:
        self.refresh()

    def _forget_edit(self) -> None:
        self._edits.pop(self.choice() or "", None)

    def _store_edit(self) -> None:
        if self._boxed is not None and self.box.is_edited():
            self._edits[self._boxed] = self.box.text()

    def refresh(self) -> None:
        """Rebuild the text from the diary; the person's changes are never overwritten."""
        choice = self.choice()
        if choice is None:
            return
        self._store_edit()
        facts = self.facts()
        self.describe(choice, facts)
        self.box.suggested_name = self.file_name(choice)
        before = self.box.generated if self._boxed == choice else None
        text = self.build(facts, choice)
        self.box.show_generated(text, self._edits.get(choice))
        self._boxed = choice
        if choice in self._edits and before is not None and before != text:
            self.box.say(
                self.tr("Your diary has changed. Press Start again to use the new details.")
            )
        self.kept_button.setVisible(self._kept() is not None)

    def _kept(self) -> str | None:
        if self.controller.vault_state is not VaultState.UNLOCKED:
            return None
        from core.texts.facts import kept_body, kept_version

        diary = self.controller.diary
        header = self.header(self.chooser.currentText())
        note = kept_version(diary.conn, diary.current_case_id, header)
        return kept_body(note, header) if note is not None else None

    def _use_kept(self) -> None:
        kept = self._kept()
        if kept is not None:
            self.box.editor.setPlainText(kept)
            self.box.say(self.tr("This is the version you kept."))

    def _keep(self) -> None:
        keep_in_diary(self.box, self.controller, self.header(self.chooser.currentText()))


class PlatformTab(TextTab):
    """Reports for an app or site, with where to find its Report button."""

    prefix = "textsPlatform"

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.where_title = SafeLabel(name="textsPlatformWhereTitle")
        scaled(self.where_title, 1.0, bold=True)
        self.where = SafeLabel(name="textsPlatformWhere")
        self.link = SafeLabel(name="textsPlatformLink")
        self.link.setProperty("role", "hint")
        self.under18 = SafeLabel(name="textsPlatformUnder18")
        self.under18.setProperty("role", "warning")
        for widget in (self.under18, self.where_title, self.where, self.link):
            self.extra.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.chooser_label.setText(self.tr("App or site"))
        super().retranslate()

    def choices(self) -> list[tuple[str, str]]:
        """Every platform Harbour knows, then "another app or site"."""
        from core.content.platforms import load_platforms
        from core.texts.platform import platform_ids

        platforms, catalog = load_platforms(), self.controller.catalog
        return [
            (pid, platforms[pid].name or catalog.text(f"platforms.{pid}.name"))
            for pid in platform_ids()
        ]

    def build(self, facts: CaseFacts, choice: str) -> str:
        """The report text for the platform."""
        from core.texts.platform import platform_text

        return platform_text(facts, choice, self.controller.catalog)

    def describe(self, choice: str, facts: CaseFacts) -> None:
        """Where to report on the platform, and the under-18 reminder."""
        from core.content.platforms import load_platforms

        catalog = self.controller.catalog
        platform = load_platforms()[choice]
        self.note.setText(catalog.text("texts.platform.note"))
        self.under18.setText(catalog.text("texts.platform.note_under18"))
        self.under18.setVisible(facts.under_18)
        self.where_title.setText(
            catalog.text("texts.platform.where", platform=self.chooser.currentText())
        )
        self.where.setText(catalog.text(platform.note_key("report")))
        self.link.setText(platform.url or "")
        self.link.setVisible(bool(platform.url))
        self.link.setAccessibleName(
            self.tr("Help page address: %1").replace("%1", platform.url or "")
        )

    def header(self, label: str) -> str:
        """The diary note's first line."""
        return self.tr("My report text for %1").replace("%1", label)

    def file_name(self, choice: str) -> str:
        """For example ``report-instagram.txt``."""
        return f"report-{choice}.txt"


class PaymentTab(TextTab):
    """Stop-or-recall requests for a bank or money-transfer service."""

    prefix = "textsPayment"

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.chooser_label.setText(self.tr("How you paid"))
        super().retranslate()

    def choices(self) -> list[tuple[str, str]]:
        """Every payment service a request can be written for."""
        from core.texts.matching import PAYMENT_SERVICES

        catalog = self.controller.catalog
        return [(s, catalog.text(f"texts.bank.services.{s}.label")) for s in PAYMENT_SERVICES]

    def build(self, facts: CaseFacts, choice: str) -> str:
        """The request text for the service."""
        from core.texts.payments import payment_text

        return payment_text(facts, choice, self.controller.catalog)

    def describe(self, choice: str, facts: CaseFacts) -> None:
        """The honest note: a recall is not always possible, and speed matters."""
        self.note.setText(self.controller.catalog.text("texts.bank.note"))

    def header(self, label: str) -> str:
        """The diary note's first line."""
        return self.tr("My message about a payment by %1").replace("%1", label)

    def file_name(self, choice: str) -> str:
        """For example ``message-western-union.txt``."""
        return f"message-{choice.replace('_', '-')}.txt"

    def open_on_latest_payment(self) -> None:
        """Choose the service of the latest payment in the diary, if it names one."""
        from core.texts.payments import suggested_service

        self.choose(suggested_service(self.facts()))
