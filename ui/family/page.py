"""Prepare your family and friends: whether, whom and how to tell, message drafts, and a part
for the person told. Works without a diary; only "Keep my version" needs one.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.content.catalog import Catalog
from core.session import VaultState
from core.texts import family
from ui.controller import Controller
from ui.texts.draft_box import DraftBox
from ui.texts.keeping import keep_in_diary
from ui.widgets.accessible import named, show_text
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel
from ui.widgets.sizing import scrolling
from ui.widgets.tabs import WrapTabWidget


class GuidanceTab(QWidget):
    """Should I tell, who, how, and if I am scared of the reaction: titled plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "familyGuidance")
        inner = QWidget()
        column = QVBoxLayout(inner)
        self.titles: list[SafeLabel] = []
        self.bodies: list[SafeLabel] = []
        for topic in family.TOPICS:
            title = SafeLabel(name=f"familyGuidance_{topic}_title")
            scaled(title, 1.15, bold=True)
            body = SafeLabel(name=f"familyGuidance_{topic}")
            column.addWidget(title)
            column.addWidget(body)
            column.addSpacing(body.fontMetrics().lineSpacing() // 2)
            self.titles.append(title)
            self.bodies.append(body)
        column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner))

    def show_for(self, catalog: Catalog, age: str) -> None:
        """Fill in the guidance for the age group."""
        for section, title, body in zip(
            family.guidance(catalog, age), self.titles, self.bodies, strict=True
        ):
            title.setText(section.title)
            body.setText(section.body)


class FamilyPage(FollowsLanguage, QWidget):
    """Guidance, drafts and the helper's part, in the age group the person chooses."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "familyPage")
        self.controller = controller
        self._edits: dict[tuple[str, str, str], str] = {}  # in memory only
        self._boxed: tuple[str, str, str] | None = None
        self.heading = SafeLabel(name="familyHeading")
        scaled(self.heading, 1.4, bold=True)
        self.intro = SafeLabel(name="familyIntro")
        self.age_label = SafeLabel(name="familyAgeLabel")
        self.age = named(QComboBox(), "familyAge")
        self.age.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.age_label.setBuddy(self.age)
        self.age.setEnabled(not controller.session.policy.under_18_rules)

        self.guidance = GuidanceTab()
        self.recipient_label = SafeLabel(name="familyRecipientLabel")
        self.recipient = named(QComboBox(), "familyRecipient")
        self.recipient_label.setBuddy(self.recipient)
        self.tone_label = SafeLabel(name="familyToneLabel")
        self.short = named(QRadioButton(), "familyToneShort")
        self.detailed = named(QRadioButton(), "familyToneDetailed")
        self.short.setChecked(True)
        self.tones = QButtonGroup(self)
        self.tones.addButton(self.short)
        self.tones.addButton(self.detailed)
        self.draft = DraftBox(controller, "familyDraft", can_print=True, can_keep=True)
        messages = QWidget()
        named(messages, "familyMessages")
        for label in (self.age_label, self.recipient_label, self.tone_label):
            label.setWordWrap(False)
        # Who a message is for can take many words: the box takes the row, not their width.
        self.recipient.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.recipient.setMinimumContentsLength(16)
        pick = QHBoxLayout()
        pick.addWidget(self.recipient_label)
        pick.addWidget(self.recipient, 1)
        length = QHBoxLayout()
        length.addWidget(self.tone_label)
        length.addWidget(self.short)
        length.addWidget(self.detailed)
        length.addStretch(1)
        message_column = QVBoxLayout(messages)
        message_column.addLayout(pick)
        message_column.addLayout(length)
        message_column.addWidget(self.draft, 1)

        helper = QWidget()
        named(helper, "familyHelper")
        self.helper_intro = SafeLabel(name="familyHelperIntro")
        self.helper_intro.setProperty("role", "hint")
        self.helper = DraftBox(controller, "familyHelperText", editable=False, can_print=True)
        self.helper.suggested_name = "for-the-person-you-tell.txt"
        helper_column = QVBoxLayout(helper)
        helper_column.addWidget(self.helper_intro)
        helper_column.addWidget(self.helper, 1)

        self.tabs = named(WrapTabWidget(), "familyTabs")
        for tab in (self.guidance, messages, helper):
            self.tabs.addTab(tab, "")
        age_row = QHBoxLayout()
        age_row.addWidget(self.age_label)
        age_row.addWidget(self.age)
        age_row.addStretch(1)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addLayout(age_row)
        column.addWidget(self.tabs, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner))  # large fonts on a small screen scroll, never overlap

        self.age.currentIndexChanged.connect(self._refresh)
        self.recipient.currentIndexChanged.connect(self._show_draft)
        self.tones.buttonToggled.connect(self._tone_toggled)
        self.draft.keepRequested.connect(self._keep)
        self.draft.resetRequested.connect(self._forget_edit)
        controller.ageGroupChanged.connect(self._follow_age)
        controller.languageChanged.connect(self._refresh)
        controller.regionChanged.connect(self._refresh)
        controller.vaultStateChanged.connect(self._vault_changed)
        self.retranslate()
        self._follow_age()

    # --- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("Prepare your family and friends"))
        self.intro.setText(
            self.tr(
                "The person blackmailing you may contact people you know. Getting them ready "
                "takes away some of that power. You decide who to tell, and when."
            )
        )
        self.age_label.setText(self.tr("Wording for"))
        current = self.age.currentData()
        self.age.blockSignals(True)
        self.age.clear()
        self.age.addItem(self.tr("Someone 18 or over"), "adult")
        self.age.addItem(self.tr("Someone under 18"), "under18")
        self.age.setCurrentIndex(max(0, self.age.findData(current)))
        self.age.blockSignals(False)
        self.age.setAccessibleName(self.tr("Wording for"))
        self.recipient_label.setText(self.tr("Message for"))
        self.recipient.setAccessibleName(self.tr("Who the message is for"))
        self.tone_label.setText(self.tr("Length"))
        show_text(self.short, self.tr("Short"), self.tr("Short message"))
        show_text(self.detailed, self.tr("Detailed"), self.tr("Detailed message"))
        self.tabs.setTabText(0, self.tr("Should I tell?"))
        self.tabs.setTabText(1, self.tr("Write a message"))
        self.tabs.setTabText(2, self.tr("For the person you tell"))
        self.tabs.setAccessibleName(self.tr("Parts of this page"))
        self.helper_intro.setText(
            self.tr(
                "You can give this to the person you tell. It explains what is happening and "
                "how they can help."
            )
        )
        self.refresh()

    # --- content ----------------------------------------------------------------------------

    def age_group(self) -> str:
        """``under18`` or ``adult``: the wording shown."""
        if self.controller.session.policy.under_18_rules:
            return "under18"
        return str(self.age.currentData() or "adult")

    def _follow_age(self, *_: object) -> None:
        wanted = family.age_group(self.controller.age_group)
        self.age.setCurrentIndex(max(0, self.age.findData(wanted)))

    def refresh(self) -> None:
        """Show guidance, drafts and the helper's part for the chosen age group."""
        catalog, age = self.controller.catalog, self.age_group()
        self.guidance.show_for(catalog, age)
        chosen = self.recipient.currentData()
        self.recipient.blockSignals(True)
        self.recipient.clear()
        for recipient in family.RECIPIENTS:
            self.recipient.addItem(family.recipient_label(catalog, age, recipient), recipient)
        self.recipient.setCurrentIndex(max(0, self.recipient.findData(chosen)))
        self.recipient.blockSignals(False)
        self.helper.show_generated(family.helper_text(catalog, age, self.controller.region_pack))
        self._show_draft()

    def _key(self) -> tuple[str, str, str]:
        tone = "detailed" if self.detailed.isChecked() else "short"
        return (self.age_group(), str(self.recipient.currentData() or "parent"), tone)

    def _refresh(self, *_: object) -> None:
        self.refresh()

    def _forget_edit(self) -> None:
        self._edits.pop(self._key(), None)

    def _show_draft(self, *_: object) -> None:
        if self._boxed is not None and self.draft.is_edited():
            self._edits[self._boxed] = self.draft.text()
        key = self._key()
        age, recipient, tone = key
        self.draft.suggested_name = f"message-{recipient}.txt"
        text = family.draft(self.controller.catalog, age, recipient, tone)
        self.draft.show_generated(text, self._edits.get(key))
        self._boxed = key

    def _tone_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._show_draft()

    def _vault_changed(self, _state: str) -> None:
        if self.controller.vault_state is VaultState.LOCKED:  # locking hides what was typed
            self._edits.clear()
            self._boxed = None
            self._show_draft()

    def _keep(self) -> None:
        age, recipient, _tone = self._key()
        label = family.recipient_label(self.controller.catalog, age, recipient)
        header = self.tr("My message for: %1").replace("%1", label)
        keep_in_diary(self.draft, self.controller, header)
