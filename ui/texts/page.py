"""Ready-to-send texts: a report for an app or site, or a stop-or-recall request for a payment.

Harbour writes each text from the diary; the person reads it, fills any [gaps], copies or saves
it, and can keep their own version in the diary.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.controller import Controller
from ui.texts.tabs import PaymentTab, PlatformTab
from ui.widgets.accessible import named
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel
from ui.widgets.sizing import scrolling
from ui.widgets.tabs import WrapTabWidget


class TextsPage(FollowsLanguage, QWidget):
    """Two tabs: apps and sites, and banks and payment services."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "textsPage")
        self.controller = controller
        self.heading = SafeLabel(name="textsHeading")
        scaled(self.heading, 1.4, bold=True)
        self.intro = SafeLabel(name="textsIntro")
        self.platform_tab = PlatformTab(controller)
        self.payment_tab = PaymentTab(controller)
        self.tabs = named(WrapTabWidget(), "textsTabs")
        self.tabs.addTab(self.platform_tab, "")
        self.tabs.addTab(self.payment_tab, "")
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addWidget(self.tabs, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner))  # large fonts on a small screen scroll, never overlap
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("Texts ready to send"))
        self.intro.setText(
            self.tr(
                "Harbour writes these from your diary. Anything in [square brackets] is missing. "
                "Fill it in, or delete that line, before you send."
            )
        )
        self.tabs.setTabText(0, self.tr("For an app or site"))
        self.tabs.setTabText(1, self.tr("For your bank or payment service"))
        self.tabs.setAccessibleName(self.tr("Kind of text"))

    def show_platform(self, platform_id: str | None = None) -> None:
        """Open the app-or-site tab, on ``platform_id`` when given."""
        self.tabs.setCurrentWidget(self.platform_tab)
        self.platform_tab.choose(platform_id)
        self.platform_tab.chooser.setFocus()

    def show_payment(self, service: str | None = None) -> None:
        """Open the payment tab, on ``service`` or else the latest payment's service."""
        self.tabs.setCurrentWidget(self.payment_tab)
        if service:
            self.payment_tab.choose(service)
        else:
            self.payment_tab.open_on_latest_payment()
        self.payment_tab.chooser.setFocus()
