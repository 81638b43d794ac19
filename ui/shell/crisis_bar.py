"""Emergency and crisis numbers for the person's region, on every screen."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from core.content.region_model import ContactKind, Service
from ui.controller import Controller
from ui.shell.crisis_dialog import CrisisDialog
from ui.theme.theme import icon
from ui.widgets.accessible import named, show_text
from ui.widgets.follows_language import FollowsLanguage
from ui.widgets.safe_label import SafeLabel

SPOKEN = (ContactKind.PHONE,)


def first_number(service: Service) -> str:
    """The first phone number of a service, or its first contact of any kind."""
    for contact in service.contacts:
        if contact.kind in SPOKEN:
            return contact.value
    return service.contacts[0].value if service.contacts else ""


class CrisisBar(FollowsLanguage, QFrame):
    """ "In danger now? Call 999 · Samaritans 116 123 · More help"."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "crisisBar")
        self.controller = controller
        self.text = SafeLabel(name="crisisText")
        self.text.setWordWrap(True)
        self.more = named(QPushButton(), "crisisMore")
        self.more.setIcon(icon("phone"))
        self.more.clicked.connect(self.open_help)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(self.text, 1)
        row.addWidget(self.more)
        for signal in (
            controller.regionChanged,
            controller.languageChanged,
            controller.ageGroupChanged,
        ):
            signal.connect(lambda _=None: self.retranslate())
        self.retranslate()

    def emergency_number(self) -> str:
        """The emergency number shown, straight from the region pack."""
        pack = self.controller.region_pack
        return pack.emergency[0].value if pack.emergency else ""

    def retranslate(self) -> None:
        """Rebuild the line for the current region, age and language."""
        parts = []
        number = self.emergency_number()
        if number:
            parts.append(self.tr("In danger now? Call %1").replace("%1", number))
        else:
            parts.append(self.tr("In danger now? Call your local emergency number"))
        crisis = [s for s in self.controller.services("crisis") if first_number(s)]
        crisis.sort(key=lambda s: s.audience.value != "any")  # lines for everyone first
        if crisis:
            name, number = self.controller.service_name(crisis[0]), first_number(crisis[0])
            parts.append(name if number in name else f"{name} {number}")  # "Línea 024" once
        self.text.setText("  ·  ".join(parts))
        self.text.setAccessibleName(self.text.text())
        show_text(self.more, self.tr("More help"), self.tr("More help and crisis lines"))

    def open_help(self) -> None:
        """Show every emergency, crisis and support line for the region."""
        CrisisDialog(self.controller, self.window()).exec()
