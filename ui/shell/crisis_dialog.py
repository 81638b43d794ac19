"""Every emergency, crisis and support line for the person's region and age, with descriptions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout, QWidget

from core.content.region_model import ContactKind
from ui.controller import Controller
from ui.widgets.accessible import named, show_text
from ui.widgets.dialog import HarbourDialog
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel
from ui.widgets.sizing import scrolling

CATEGORIES = ("emergency", "crisis", "child_support", "support")
translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls


class CrisisDialog(HarbourDialog):
    """Help lines, as plain text (a shared computer's browser history stays clean)."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        named(self, "crisisDialog")
        self.heading = SafeLabel(name="crisisHeading")
        scaled(self.heading, 1.3, bold=True)
        self.listing = QWidget()
        self.rows = QVBoxLayout(self.listing)
        scroll = scrolling(self.listing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = named(
            buttons.button(QDialogButtonBox.StandardButton.Close), "crisisClose"
        )
        buttons.rejected.connect(self.reject)
        self.body.addWidget(self.heading)
        self.body.addWidget(scroll, 1)
        self.body.addWidget(buttons)
        self.resize(560, 520)
        self.retranslate()

    def retranslate(self) -> None:
        """Rebuild the list in the current language."""
        self.setWindowTitle(self.tr("Help right now"))
        self.heading.setText(self.tr("You don't have to deal with this alone"))
        show_text(self.close_button, self.tr("Close"))
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        seen: set[str] = set()
        catalog = self.controller.catalog
        for category in CATEGORIES:
            for service in self.controller.services(category):
                if service.id in seen:
                    continue
                seen.add(service.id)
                title = SafeLabel(self.controller.service_name(service))
                scaled(title, 1.1, bold=True)
                desc = SafeLabel(
                    catalog.text(service.desc_key) if catalog.has(service.desc_key) else ""
                )
                how = SafeLabel("\n".join(_contact_line(c.kind, c.value) for c in service.contacts))
                for widget in (title, desc, how):
                    self.rows.addWidget(widget)
        self.rows.addStretch(1)


def _contact_line(kind: ContactKind, value: str) -> str:
    # "dialog" is the context lupdate gave these lines (from ``dialog.tr``, which looked them
    # up as "CrisisDialog" and so never found them): the catalogues translate them there.
    labels = {
        ContactKind.PHONE: translate("dialog", "Phone: %1"),
        ContactKind.SMS: translate("dialog", "Text message: %1"),
        ContactKind.WHATSAPP: translate("dialog", "WhatsApp: %1"),
        ContactKind.URL: translate("dialog", "Website: %1"),
    }
    return labels.get(kind, translate("dialog", "Contact: %1")).replace("%1", value)
