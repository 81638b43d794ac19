"""Parts of a guide step: who can help, where to click on each app, and the step's buttons."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from babel.dates import format_date
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.content.platforms import NOTE_FIELDS, NOTICE_KEY, Platform
from core.content.region_model import ContactKind, Service
from core.content.regions import CONTACT_KEYS, LAST_CHECKED_KEY, STALE_KEY, stale_before
from core.flow.model import ActionRef
from ui.guide.controller import GuideController
from ui.widgets.accessible import named, show_text
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel
from ui.widgets.wrapping import WrapButton

DISCARDED = "discarded"
"""Property set on widgets ``clear`` removed, which Qt deletes only later."""


def clear(layout: QLayout) -> None:
    """Remove and delete every widget and sub-layout in ``layout``."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setProperty(DISCARDED, True)
            widget.deleteLater()
        elif (inner := item.layout()) is not None:
            clear(inner)
            inner.deleteLater()


def discarded(widget: QWidget) -> bool:
    """True for a widget ``clear`` removed (or one inside it)."""
    here: QWidget | None = widget
    while here is not None:
        if here.property(DISCARDED):
            return True
        here = here.parentWidget()
    return False


class ScrollContent(QWidget):
    """What a scroll area holds: as tall as its text needs at its width, no taller.

    Its layout's own minimum adds up each wrapped label's height at its narrowest, which would
    make every step taller than its words and show a scroll bar on screens that fit.
    """

    def minimumSizeHint(self) -> QSize:
        """The layout's minimum width; the height follows from ``heightForWidth``."""
        return QSize(super().minimumSizeHint().width(), 0)


def scroller(name: str, content: ScrollContent) -> QScrollArea:
    """A frameless area that scrolls ``content`` up and down, never sideways (text wraps)."""
    area = named(QScrollArea(), name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


def card(name: str) -> tuple[QFrame, QVBoxLayout]:
    """A framed box and its column."""
    frame = named(QFrame(), name)
    frame.setProperty("card", True)
    return frame, QVBoxLayout(frame)


def long_date(day: date, lang: str) -> str:
    """``day`` written out in the person's language, e.g. "1 November 2026"."""
    return str(format_date(day, format="long", locale=lang.replace("-", "_")))


BREAK_AFTER = "/.-?&=_#"
"""Characters after which a web address may wrap onto the next line."""


def breakable(address: str) -> str:
    """``address`` with invisible break points after ``/ . - ? & = _ #``, so a long link wraps
    instead of running off the screen at large text sizes (only for showing, never copying)."""
    return "".join(ch + "\u200b" if ch in BREAK_AFTER else ch for ch in address)


class LinkRow(QWidget):
    """A web address as plain text that wraps, and a button that copies it exactly.

    Harbour never opens a browser; the clipboard is cleared again after 30 seconds.
    """

    def __init__(self, guide: GuideController, address: str, name: str) -> None:
        super().__init__()
        named(self, name)
        self.address = address
        self.link_text = SafeLabel(breakable(address), name=f"{name}Text")
        self.link_text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.link_text.setAccessibleName(address)
        self.copy_button = WrapButton(name=f"{name}Copy")
        show_text(
            self.copy_button,
            self.tr("Copy link"),
            self.tr("Copy the link %1").replace("%1", address),
        )
        self.copy_button.clicked.connect(lambda: self._copy(guide))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.link_text, 1)
        row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)

    def _copy(self, guide: GuideController) -> None:
        guide.controller.clipboard.copy(self.address)
        show_text(self.copy_button, self.tr("Copied"), self.tr("Link copied"))


def oldest_check(services: tuple[Service, ...]) -> date | None:
    """The oldest date on which any of these services or their contacts was checked."""
    dates = [s.checked for s in services] + [c.checked for s in services for c in s.contacts]
    return min(dates) if dates else None


class ServicesBox(QWidget):
    """The region's services for a step: name, numbers and links as plain text, what each does,
    and when those facts were last checked (with a warning once that is over 12 months ago)."""

    def __init__(self, guide: GuideController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "guideServices")
        self.guide = guide
        self.frame, self.rows = card("guideServicesCard")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.frame)

    def show_services(self, services: tuple[Service, ...]) -> None:
        """Rebuild the list for ``services`` (hidden when there are none)."""
        clear(self.rows)
        self.setVisible(bool(services))
        if not services:
            return
        guide = self.guide
        heading = SafeLabel(self.tr("Who can help"), name="guideServicesHeading")
        scaled(heading, 1.2, bold=True)
        self.rows.addWidget(heading)
        for index, service in enumerate(services):
            if index:
                self.rows.addSpacing(self.fontMetrics().height() // 2)
            name = SafeLabel(guide.controller.service_name(service), name=f"service_{service.id}")
            scaled(name, 1.1, bold=True)
            self.rows.addWidget(name)
            calls = [c for c in service.contacts if c.kind is not ContactKind.URL]
            if calls:
                ways = "\n".join(guide.text(CONTACT_KEYS[c.kind], number=c.value) for c in calls)
                self.rows.addWidget(SafeLabel(ways, name=f"serviceContacts_{service.id}"))
            for index, link in enumerate(service.contacts_of(ContactKind.URL)):
                self.rows.addWidget(LinkRow(guide, link.value, f"serviceLink_{service.id}_{index}"))
            catalog = guide.controller.catalog
            if catalog.has(service.desc_key):
                desc = SafeLabel(catalog.text(service.desc_key), name=f"serviceDesc_{service.id}")
                desc.setProperty("role", "hint")
                self.rows.addWidget(desc)
        checked = oldest_check(services)
        if checked is not None:
            stale = checked < stale_before(guide.clock())
            when = long_date(checked, guide.controller.language)
            line = SafeLabel(
                guide.text(STALE_KEY if stale else LAST_CHECKED_KEY, date=when),
                name="guideServicesChecked",
            )
            line.setProperty("role", "warning" if stale else "hint")
            self.rows.addWidget(line)
        pack = guide.controller.region_pack
        about_reporting = {"police", "fraud"} & set(guide.view().services)
        if pack.covered and about_reporting and pack.notice_key:  # e.g. Scotland's own police
            notice = SafeLabel(guide.text(pack.notice_key), name="guideServicesNotice")
            notice.setProperty("role", "hint")
            self.rows.addWidget(notice)


class PlatformNotes(FollowsLanguage, QWidget):
    """Pick the app; see how to block, report and keep your own account there."""

    def __init__(self, guide: GuideController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "guidePlatforms")
        self.guide = guide
        self.platforms: tuple[Platform, ...] = ()
        frame, column = card("guidePlatformsCard")
        self.heading = SafeLabel(name="guidePlatformsHeading")
        scaled(self.heading, 1.2, bold=True)
        self.picker = named(QComboBox(), "guidePlatformPicker")
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.picker.activated.connect(self._picked)
        self.notes = QVBoxLayout()
        self.notice = SafeLabel(name="guidePlatformsNotice")
        self.notice.setProperty("role", "hint")
        column.addWidget(self.heading)
        column.addWidget(self.picker, 0, Qt.AlignmentFlag.AlignLeft)
        column.addLayout(self.notes)
        column.addWidget(self.notice)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.heading.setText(self.tr("Where to click on each app"))
        self.picker.setAccessibleName(self.tr("Which app did they contact you on?"))
        self.picker.setPlaceholderText(self.tr("Choose the app"))
        self.show_platforms(self.platforms)

    def show_platforms(self, platforms: tuple[Platform, ...]) -> None:
        """List ``platforms`` in the picker (hidden when there are none)."""
        self.platforms = platforms
        self.setVisible(bool(platforms))
        self.picker.clear()
        for platform in platforms:
            self.picker.addItem(self._name(platform), platform.id)
        self.picker.setCurrentIndex(self.picker.findData(self.guide.platform))
        self.notice.setText(self.guide.text(NOTICE_KEY) if platforms else "")
        self._show_notes()

    def _name(self, platform: Platform) -> str:
        return platform.name or self.guide.text(platform.name_key or "")

    def _picked(self, index: int) -> None:
        self.guide.choose_platform(str(self.picker.itemData(index)))
        self._show_notes()

    def _show_notes(self) -> None:
        clear(self.notes)
        chosen = next((p for p in self.platforms if p.id == self.guide.platform), None)
        if chosen is None:
            chosen = next((p for p in self.platforms if p.name is None), None)  # generic notes
        if chosen is None:
            return
        headings = {
            "block": self.tr("To block them"),
            "report": self.tr("To report them"),
            "account": self.tr("Your own account"),
        }
        for field in NOTE_FIELDS:
            title = SafeLabel(headings[field], name=f"platformNoteTitle_{field}")
            scaled(title, 1.0, bold=True)
            self.notes.addWidget(title)
            self.notes.addWidget(
                SafeLabel(self.guide.text(chosen.note_key(field)), name=f"platformNote_{field}")
            )
        if chosen.url:
            title = SafeLabel(self.tr("Their help pages"), name="platformNoteTitle_help")
            scaled(title, 1.0, bold=True)
            self.notes.addWidget(title)
            self.notes.addWidget(LinkRow(self.guide, chosen.url, "platformHelpPage"))


def action_buttons(
    guide: GuideController,
    actions: tuple[ActionRef, ...],
    available: Callable[[str], bool],
    run: Callable[[ActionRef], None],
) -> list[WrapButton]:
    """One button per action that has a handler; actions without one are left out, so the
    guide never shows a button that does nothing."""
    buttons = []
    for index, action in enumerate(actions):
        if not available(action.name):
            continue
        button = WrapButton(name=f"action_{index}_{action.name.replace('.', '_')}")
        button.setProperty("action", action.name)
        show_text(button, guide.text(action.label_key))
        button.clicked.connect(lambda _=False, a=action: run(a))
        buttons.append(button)
    return buttons
