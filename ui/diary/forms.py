"""One form per kind of diary entry, with the words that make each quick to fill while upset."""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtWidgets import QHBoxLayout, QWidget

from core import diary
from core.diary.errors import ValidationError
from core.diary.records import (
    Action,
    ActionKind,
    Demand,
    EntryRecord,
    Kind,
    Message,
    Note,
    Payment,
    Person,
)
from ui.controller import Controller
from ui.diary.form import EntryForm
from ui.diary.formatting import action_name
from ui.widgets.accessible import named, show_text
from ui.widgets.safe_label import SafeLabel
from ui.widgets.wrapping import WrapButton

Texts = dict[str, tuple[str, str]]


class PersonForm(EntryForm):
    """An account or person: whatever identifies them, pasted as it appeared."""

    record_type = Person
    prefix = "personForm"
    required_any = ("username", "profile_url", "display_name", "phone", "email", "iban")

    def build(self) -> None:
        """Who they are and where they can be found."""
        self.role = self.add_choice("role")
        self.add_platform()
        for name in ("username", "profile_url", "display_name", "phone", "email", "iban"):
            self.add_line(name)
        self.add_line("payment_account")
        self.add_line("wallet")
        self.add_when()
        self.add_text("notes")

    def texts(self) -> Texts:
        """Words for this form."""
        self.role.set_choices(
            [
                ("offender", self.tr("The person blackmailing me")),
                ("other", self.tr("Someone else involved")),
            ]
        )
        return {
            "heading": (self.tr("An account or person"), ""),
            "edit": (self.tr("Change this account or person"), ""),
            "intro": (
                self.tr(
                    "Write down anything you can see. Paste it just as it appears. "
                    "One thing is enough to start."
                ),
                "",
            ),
            "role": (self.tr("Who is this?"), ""),
            "platform": (self.tr("App or website"), ""),
            "username": (self.tr("Username"), self.tr("For example @name")),
            "profile_url": (
                self.tr("Link to their profile"),
                self.tr("Copy the address of their profile page"),
            ),
            "display_name": (self.tr("Name they show"), ""),
            "phone": (self.tr("Phone number"), self.tr("With the country code if you can")),
            "email": (self.tr("E-mail address"), ""),
            "iban": (self.tr("Bank account (IBAN)"), ""),
            "payment_account": (
                self.tr("Other payment account"),
                self.tr("PayPal, Revolut, Western Union name, gift-card shop…"),
            ),
            "wallet": (self.tr("Crypto wallet address"), ""),
            "at": (self.tr("When did you first see it?"), ""),
            "notes": (self.tr("Anything else"), ""),
        }


class MessageForm(EntryForm):
    """A message, call or threat: when, where, and what was said."""

    record_type = Message
    prefix = "messageForm"
    required_any = ("content", "threat")

    def build(self) -> None:
        """When, where, which way, who, and the words."""
        self.add_when()
        self.add_platform()
        self.direction = self.add_choice("direction")
        self.add_person()
        self.add_text("content")
        self.add_text("threat")

    def texts(self) -> Texts:
        """Words for this form."""
        self.direction.set_choices(
            [
                ("incoming", self.tr("They contacted me")),
                ("outgoing", self.tr("I wrote to them")),
            ]
        )
        return {
            "heading": (self.tr("A message or threat"), ""),
            "edit": (self.tr("Change this message"), ""),
            "intro": (
                self.tr("Paste the words as they were written. You don't need to reply to them."),
                "",
            ),
            "at": (self.tr("When"), ""),
            "platform": (self.tr("App or website"), ""),
            "direction": (self.tr("Who wrote"), ""),
            "person_id": (self.tr("Which account"), ""),
            "content": (self.tr("What was said"), self.tr("Paste or type the message")),
            "threat": (
                self.tr("What did they threaten?"),
                self.tr("For example: to send a video to my friends"),
            ),
        }


class DemandForm(EntryForm):
    """What they asked for: how much, how, where to, and by when."""

    record_type = Demand
    prefix = "demandForm"
    required_any = ("amount", "method", "destination")

    def build(self) -> None:
        """Amount, method, destination, deadline."""
        self.add_when()
        self.add_money()
        self.add_line("method")
        self.add_line("destination")
        self.add_when("deadline")
        self.add_person()

    def texts(self) -> Texts:
        """Words for this form."""
        return {
            "heading": (self.tr("What they demanded"), ""),
            "edit": (self.tr("Change this demand"), ""),
            "intro": (
                self.tr(
                    "Please don't pay. Paying does not get images deleted, and the demands "
                    "usually grow. Writing the demand down helps the police."
                ),
                "",
            ),
            "at": (self.tr("When did they ask?"), ""),
            "amount": (self.tr("How much"), ""),
            "method": (
                self.tr("How they want it paid"),
                self.tr("Bank transfer, Western Union, gift cards, Bitcoin…"),
            ),
            "destination": (
                self.tr("Where to send it"),
                self.tr("The account, IBAN, wallet or name they gave"),
            ),
            "deadline": (self.tr("By when"), ""),
            "person_id": (self.tr("Which account"), ""),
        }


class PaymentForm(EntryForm):
    """Money that was paid: still evidence, and the bank may be able to stop it."""

    record_type = Payment
    prefix = "paymentForm"
    required_any = ("amount",)

    def build(self) -> None:
        """Amount, method, recipient, reference."""
        self.add_when()
        self.add_money()
        self.add_line("method")
        self.add_line("recipient")
        self.add_line("reference")
        self.add_person()

    def texts(self) -> Texts:
        """Words for this form."""
        return {
            "heading": (self.tr("A payment you made"), ""),
            "edit": (self.tr("Change this payment"), ""),
            "intro": (
                self.tr(
                    "This is not your fault. A payment is still evidence. Your bank may be able "
                    "to stop or recall it, so tell them soon."
                ),
                "",
            ),
            "at": (self.tr("When did you pay?"), ""),
            "amount": (self.tr("How much"), ""),
            "method": (self.tr("How you paid"), self.tr("Bank transfer, card, gift cards…")),
            "recipient": (self.tr("Who or where it went to"), ""),
            "reference": (
                self.tr("Payment reference"),
                self.tr("The reference or transaction number on your receipt"),
            ),
            "person_id": (self.tr("Which account"), ""),
        }


class ActionForm(EntryForm):
    """Something done to get safe: blocked, reported, told the bank or the police."""

    record_type = Action
    prefix = "actionForm"

    def build(self) -> None:
        """What, when, where and any reference number."""
        self.kind = self.add_choice("kind")
        self.add_when()
        self.add_platform()
        self.add_line("reference")
        self.add_text("notes")

    def texts(self) -> Texts:
        """Words for this form."""
        self.kind.set_choices([(k.value, action_name(k.value)) for k in ActionKind])
        return {
            "heading": (self.tr("Something you did"), ""),
            "edit": (self.tr("Change this step"), ""),
            "intro": (self.tr("Each step you take counts. Write it down so you can show it."), ""),
            "kind": (self.tr("What did you do?"), ""),
            "at": (self.tr("When"), ""),
            "platform": (self.tr("App or website"), ""),
            "reference": (
                self.tr("Reference number"),
                self.tr("For example the police crime reference or the report number"),
            ),
            "notes": (self.tr("Notes"), ""),
        }


class NoteForm(EntryForm):
    """The one "what happened?" note, in the person's own words; parts can be split out."""

    record_type = Note
    prefix = "noteForm"
    required_any = ("text",)

    def build(self) -> None:
        """When, the words, and the split helper."""
        self.add_when()
        self.text = self.add_text("text")
        self.text.lines = 12
        self.split_hint = SafeLabel(name="noteFormSplitHint")
        self.split_hint.setProperty("role", "hint")
        self.split_message = named(WrapButton(), "noteFormSplitMessage")
        self.split_demand = named(WrapButton(), "noteFormSplitDemand")
        self.split_message.clicked.connect(self._split_message)
        self.split_demand.clicked.connect(self._split_demand)
        row = QHBoxLayout()
        row.addWidget(self.split_message)
        row.addWidget(self.split_demand)
        row.addStretch(1)
        self.layout_form.addRow(self.split_hint)
        self.layout_form.addRow(row)

    def texts(self) -> Texts:
        """Words for this form."""
        self.split_hint.setText(
            self.tr(
                "You can select words in your note and turn them into a separate message or demand."
            )
        )
        show_text(self.split_message, self.tr("Selected words → message"))
        show_text(self.split_demand, self.tr("Selected words → demand"))
        return {
            "heading": (self.tr("What happened?"), ""),
            "edit": (self.tr("Change this note"), ""),
            "intro": (
                self.tr("Write it in your own words, in any order. There is no wrong way."),
                "",
            ),
            "at": (self.tr("When"), ""),
            "text": (self.tr("What happened?"), self.tr("Start anywhere")),
        }

    def _split_message(self) -> None:
        self._split(MessageForm)

    def _split_demand(self) -> None:
        self._split(DemandForm)

    def _split(self, form: type[EntryForm]) -> None:
        selected = self.text.textCursor().selectedText().replace("\u2029", "\n").strip()
        if not selected:
            self.summary.setText(self.tr("Select some words in the note first."))
            self.summary.show()
            return
        self.summary.hide()
        prefill = split_prefill(form, selected, self.language)
        at = self.record.at if self.record is not None else None
        if at is not None:
            prefill["at"] = at.isoformat()
        child = open_form(self.controller, form.record_type, None, prefill, self)
        child.exec()
        child.deleteLater()


_MONEY = re.compile(r"[£€$]\s?\d[\d.,\s]*\d|\d[\d.,\s]*\d?\s?(?:[£€$]|[A-Z]{3}\b)|[£€$]\s?\d")


def split_prefill(form: type[EntryForm], selected: str, language: str) -> dict[str, str]:
    """What a message or demand split out of a note starts with."""
    if form is MessageForm:
        return {"content": selected}
    for match in _MONEY.finditer(selected):
        try:
            if diary.parse_money("amount", match.group(0), language) is not None:
                return {"amount": match.group(0).strip()}
        except ValidationError:
            continue
    return {}


FORMS: Mapping[Kind, type[EntryForm]] = {
    Kind.PERSON: PersonForm,
    Kind.MESSAGE: MessageForm,
    Kind.DEMAND: DemandForm,
    Kind.PAYMENT: PaymentForm,
    Kind.ACTION: ActionForm,
    Kind.NOTE: NoteForm,
}


def open_form(
    controller: Controller,
    record_type: type[EntryRecord],
    record: EntryRecord | None = None,
    prefill: Mapping[str, str] | None = None,
    parent: QWidget | None = None,
) -> EntryForm:
    """The form for a kind of entry: empty, filled with ``record`` to edit, or prefilled."""
    form = next(f for f in FORMS.values() if f.record_type is record_type)
    return form(controller, record, prefill, parent)
