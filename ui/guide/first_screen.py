"""What the guide's first screen adds: the region it shows help for, and a way back to a saved
walk when the diary is locked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from core.content.regions import FALLBACK_MESSAGE_KEY, available_regions, region_or_fallback
from ui.controller import Controller
from ui.widgets.accessible import named, show_text
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.safe_label import SafeLabel
from ui.widgets.wrapping import WrapButton


class RegionLine(FollowsLanguage, QWidget):
    """ "Showing help for the United Kingdom — Change", with a quick chooser.

    Changing the region updates the services on every step and the crisis bar at once. When
    the organisation's policy fixes the region, there is nothing to change.
    """

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "guideRegion")
        self.controller = controller
        self.showing = SafeLabel(name="guideRegionShowing")
        self.change_button = WrapButton(name="guideRegionChange")
        self.change_button.setVisible(controller.session.policy.region is None)
        self.change_button.clicked.connect(self._open_chooser)
        self.chooser = named(QComboBox(), "guideRegionChooser")
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chooser.hide()
        self.chooser.activated.connect(self._chosen)
        self.notice = SafeLabel(name="guideRegionNotice")
        self.notice.setProperty("role", "hint")
        row = QHBoxLayout()
        row.addWidget(self.showing, 1)
        row.addWidget(self.change_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.chooser, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.notice)
        controller.regionChanged.connect(lambda _code: self.retranslate())
        controller.languageChanged.connect(lambda _lang: self.retranslate())
        self.retranslate()

    def _region_name(self, code: str) -> str:
        catalog = self.controller.catalog
        key = f"regions.names.{code}"
        return catalog.text(key) if catalog.has(key) else code

    def retranslate(self) -> None:
        """Show the current region and its notice in the current language."""
        pack, error = region_or_fallback(self.controller.region)
        name = self._region_name(pack.code)
        self.showing.setText(self.tr("Showing help for: %1").replace("%1", name))
        show_text(self.change_button, self.tr("Change"), self.tr("Change the country or region"))
        self.chooser.setAccessibleName(self.tr("Country or region"))
        self.chooser.clear()
        for code in available_regions():
            self.chooser.addItem(self._region_name(code), code)
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(pack.code)))
        catalog = self.controller.catalog
        notices = [catalog.text(FALLBACK_MESSAGE_KEY)] if error else []
        if not pack.covered and pack.notice_key and catalog.has(pack.notice_key):
            notices.append(catalog.text(pack.notice_key))  # "no local services yet" belongs here
        self.notice.setText("\n\n".join(notices))
        self.notice.setVisible(bool(notices))

    def _open_chooser(self) -> None:
        self.chooser.setVisible(not self.chooser.isVisible())
        if self.chooser.isVisible():
            self.chooser.setFocus()

    def _chosen(self, index: int) -> None:
        self.chooser.hide()
        self.change_button.setFocus()
        self.controller.set_region(str(self.chooser.itemData(index)))


class ResumeOffer(FollowsLanguage, QWidget):
    """While the diary is locked: "Unlock your diary to carry on where you left off"."""

    unlockRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "guideResumeOffer")
        self.explain = SafeLabel(name="guideResumeExplain")
        self.explain.setProperty("role", "hint")
        self.unlock_button = WrapButton(name="guideResumeUnlock")
        self.unlock_button.clicked.connect(self.unlockRequested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.explain, 1)
        row.addWidget(self.unlock_button)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.explain.setText(
            self.tr("If you used this guide before, your diary remembers where you were.")
        )
        show_text(self.unlock_button, self.tr("Unlock my diary"))
