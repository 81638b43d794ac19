"""Stop-or-recall requests from the diary's payments: amounts, MTCN, receiver, gaps, honesty."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from core import diary
from core.diary.records import AgeGroup, Case, Payment
from core.texts.facts import CaseFacts, gather_facts
from core.texts.matching import PAYMENT_SERVICES, service_of
from core.texts.payments import payment_text, payments_for, suggested_service
from core.vault.migrations import Connection
from tests.texts.diary_data import (
    EN,
    MTCN,
    POLICE_REF,
    RECEIVER,
    TXID,
    TZ,
    WALLET,
    digits_outside_gaps,
    fill_case,
)


def _text(conn: Connection, case_id: int, service: str) -> str:
    return payment_text(gather_facts(conn, case_id), service, EN)


def test_every_service_has_a_text_with_every_placeholder_filled(
    conn: Connection, case_id: int
) -> None:
    fill_case(conn, case_id)
    facts = gather_facts(conn, case_id)
    assert PAYMENT_SERVICES == (
        "western_union", "moneygram", "bank_transfer", "card", "gift_card", "crypto", "other",
    )  # fmt: skip
    for service in PAYMENT_SERVICES:
        for case_facts in (facts, CaseFacts(), CaseFacts(under_18=True)):
            text = payment_text(case_facts, service, EN)
            assert "{" not in text and "}" not in text, service
            assert text.startswith("Urgent: please stop or recall a payment."), service
            assert EN.text(f"texts.bank.services.{service}.ask_stop") in text
            assert EN.text("texts.bank.ask_records") in text


def test_western_union_text_has_amount_date_mtcn_receiver_and_police_reference(
    conn: Connection, case_id: int
) -> None:
    fill_case(conn, case_id)
    text = _text(conn, case_id, "western_union")
    assert "The payment:\nAmount: £200.00\nDate and time: 4 March 2026, 15:30" in text
    assert "Sent by: WU" in text, "the method is quoted as the person wrote it"
    assert f"MTCN (tracking number): {MTCN}" in text
    assert f"Receiver: {RECEIVER}" in text
    assert f"Police reference: {POLICE_REF}" in text
    assert "Please stop this transfer if it has not been collected yet." in text
    assert "Please flag the receiver as involved in fraud." in text
    assert TXID not in text, "the crypto payment belongs in the crypto text"
    assert "My name: [add your full name]" in text


def test_crypto_text_takes_the_receiver_from_the_linked_wallet(
    conn: Connection, case_id: int
) -> None:
    fill_case(conn, case_id)
    text = _text(conn, case_id, "crypto")
    assert "Amount: €150.00" in text
    assert f"Transaction ID (hash): {TXID}" in text
    assert f"Wallet address I sent it to: {WALLET}" in text
    assert MTCN not in text


def test_missing_payment_facts_are_gaps_and_nothing_is_invented(
    conn: Connection, case_id: int
) -> None:
    text = _text(conn, case_id, "bank_transfer")
    for gap in ("amount", "when", "reference", "recipient", "your_name", "police"):
        assert EN.text(f"texts.gaps.{gap}") in text, gap
    assert "Sent by: Bank transfer" in text
    assert digits_outside_gaps(text) == []


def test_payments_without_a_method_are_offered_to_every_service(
    conn: Connection, case_id: int
) -> None:
    diary.add(
        conn,
        case_id,
        Payment(
            at=dt.datetime(2026, 3, 4, tzinfo=TZ),
            amount=Decimal("50"),
            currency="GBP",
            reference="R1",
        ),
    )
    text = _text(conn, case_id, "moneygram")
    assert "Amount: £50.00" in text
    assert "Date and time: 4 March 2026\n" in text, "no time was given, so none is shown"
    assert "Reference number: R1" in text
    assert "Receiver: [add who you paid]" in text


def test_several_payments_are_numbered(conn: Connection, case_id: int) -> None:
    for amount in ("100", "250"):
        diary.add(
            conn,
            case_id,
            Payment(amount=Decimal(amount), currency="EUR", method="Bizum", recipient="ES12"),
        )
    text = _text(conn, case_id, "bank_transfer")
    assert "Payment 1:\nAmount: €100.00" in text
    assert "Payment 2:\nAmount: €250.00" in text
    assert "The payment:" not in text


def test_under_18_line_only_for_under_18_cases(conn: Connection, case_id: int) -> None:
    line = EN.text("texts.bank.under18")
    assert line not in _text(conn, case_id, "card")
    child = diary.add_case(conn, Case(age_group=AgeGroup.UNDER18))
    assert child.id is not None
    assert line in _text(conn, child.id, "card")


def test_html_typed_in_a_payment_comes_out_verbatim(conn: Connection, case_id: int) -> None:
    diary.add(conn, case_id, Payment(method="gift cards", reference="<i>XXXX-1234</i> & {code}"))
    assert "Gift card numbers: <i>XXXX-1234</i> & {code}" in _text(conn, case_id, "gift_card")


@pytest.mark.parametrize(
    ("typed", "service"),
    [
        ("Western Union", "western_union"),
        ("WU", "western_union"),
        ("western_union", "western_union"),
        ("MoneyGram", "moneygram"),
        ("Steam gift card", "gift_card"),
        ("Amazon vouchers", "gift_card"),
        ("tarjeta regalo", "gift_card"),
        ("Visa debit card", "card"),
        ("Bitcoin", "crypto"),
        ("USDT on Binance", "crypto"),
        ("Bizum", "bank_transfer"),
        ("transferência", "bank_transfer"),
        ("bank transfer", "bank_transfer"),
        ("PayPal", "other"),
        ("  ", None),
        (None, None),
    ],
)
def test_methods_as_people_type_them(typed: str | None, service: str | None) -> None:
    assert service_of(typed) == service


def test_the_page_opens_on_the_latest_payment(conn: Connection, case_id: int) -> None:
    assert suggested_service(gather_facts(conn, case_id)) is None
    fill_case(conn, case_id)
    facts = gather_facts(conn, case_id)
    assert suggested_service(facts) == "crypto"
    assert [p.reference for p in payments_for(facts, "western_union")] == [MTCN]


def test_unknown_service_is_refused() -> None:
    with pytest.raises(KeyError):
        payment_text(CaseFacts(), "cash", EN)
