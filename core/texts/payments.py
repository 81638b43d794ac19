"""A request to a bank or money-transfer service to stop or recall a payment, from the diary.

``payment_text(facts, "western_union", catalog)`` lists the payments made that way (amount,
date and time, method, reference or MTCN, receiver), asks to stop or recall them, to flag the
receiver and to keep records for the police, and gives the police reference when there is
one. Missing facts are marked gaps.
"""

from __future__ import annotations

from core.content.catalog import Catalog
from core.diary.records import Payment
from core.texts.facts import CaseFacts
from core.texts.matching import PAYMENT_SERVICES, service_of
from core.texts.writer import Paragraph, Writer, assemble


def payments_for(facts: CaseFacts, service: str) -> list[Payment]:
    """Payments made through ``service``; failing that, those whose method was not recorded."""
    made = [p for p in facts.payments if service_of(p.method) == service]
    return made or [p for p in facts.payments if service_of(p.method) is None]


def suggested_service(facts: CaseFacts) -> str | None:
    """The service of the latest payment with a recorded method, to open the page on."""
    services = [service_of(p.method) for p in facts.payments]
    known = [s for s in services if s is not None]
    return known[-1] if known else None


def _recipient(facts: CaseFacts, payment: Payment) -> str | None:
    if payment.recipient:
        return payment.recipient
    person = facts.account(payment.person_id)
    if person is None:
        return None
    return person.iban or person.wallet or person.payment_account


def _method(writer: Writer, service: str, payment: Payment | None) -> str:
    typed = payment.method if payment is not None else None
    if typed and typed.strip().casefold() not in PAYMENT_SERVICES:
        return typed
    return writer.text(f"bank.services.{service}.label")


def _payment_block(
    writer: Writer, facts: CaseFacts, service: str, payment: Payment | None, title: str
) -> Paragraph:
    keys = f"bank.services.{service}"
    amount = writer.money(payment.amount, payment.currency) if payment else None
    reference = payment.reference if payment else None
    recipient = _recipient(facts, payment) if payment else None
    return [
        title,
        writer.text("bank.amount", value=amount or writer.gap("amount")),
        writer.text("bank.when", value=writer.when(payment.at if payment else None, "when")),
        writer.text("bank.method", value=_method(writer, service, payment)),
        writer.text(f"{keys}.reference", value=reference or writer.gap("reference")),
        writer.text(f"{keys}.recipient", value=recipient or writer.gap("recipient")),
    ]


def payment_text(facts: CaseFacts, service: str, catalog: Catalog) -> str:
    """The stop-or-recall request for one service (``KeyError`` for an unknown service)."""
    if service not in PAYMENT_SERVICES:
        raise KeyError(service)
    writer = Writer(catalog)
    keys = f"bank.services.{service}"
    intro = [writer.text("bank.intro"), writer.text(f"{keys}.paid")]
    if facts.under_18:
        intro.append(writer.text("bank.under18"))
    payments: list[Payment | None] = list(payments_for(facts, service)) or [None]
    if len(payments) == 1:
        blocks = [_payment_block(writer, facts, service, payments[0], writer.text("bank.payment"))]
    else:
        blocks = [
            _payment_block(
                writer, facts, service, p, writer.text("bank.payment_number", number=number)
            )
            for number, p in enumerate(payments, start=1)
        ]
    asks = [
        writer.text("bank.asks"),
        writer.item(writer.text(f"{keys}.ask_stop")),
        writer.item(writer.text(f"{keys}.ask_flag")),
        writer.item(writer.text("bank.ask_records")),
    ]
    return assemble(
        [
            [writer.text("bank.subject")],
            intro,
            [writer.text("bank.my_name", name=writer.gap("your_name"))],
            *blocks,
            asks,
            [writer.police_line(facts.police_reference)],
            [writer.text("common.thanks")],
        ]
    )
