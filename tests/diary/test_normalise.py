"""Pasted values are normalised by the proper libraries, and refused with stable codes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from core.diary import normalise
from core.diary.currencies import format_money
from core.diary.errors import Code, ValidationError
from core.diary.parsing import Money, babel_locale, parse_money, parse_when


def _code(call: object, *args: object) -> Code:
    with pytest.raises(ValidationError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value.problems[0].code


@pytest.mark.parametrize(
    ("text", "region", "e164"),
    [
        ("+34 612 34 56 78", "ES", "+34612345678"),
        ("612 34 56 78", "ES", "+34612345678"),
        ("912 345 678", "PT", "+351912345678"),
        ("+351 912 345 678", None, "+351912345678"),
        ("07911 123456", "GB-WLS", "+447911123456"),
        (" 07911\n123456 ", "GB", "+447911123456"),
        ("(201) 555-0123", "US", "+12015550123"),
        ("+1 201-555-0123", "GB", "+12015550123"),
    ],
)
def test_phone_numbers_become_e164_in_the_cases_country(
    text: str, region: str | None, e164: str
) -> None:
    assert normalise.normalise_phone("phone", text, region) == e164


def test_phone_problems_have_codes() -> None:
    assert _code(normalise.normalise_phone, "phone", "123", "ES") is Code.PHONE_INVALID
    assert _code(normalise.normalise_phone, "phone", "612345678", None) is Code.PHONE_NEEDS_COUNTRY
    assert _code(normalise.normalise_phone, "phone", "call me", "GB") is Code.PHONE_INVALID


@pytest.mark.parametrize(
    ("text", "compact"),
    [
        ("ES91 2100 0418 4502 0005 1332", "ES9121000418450200051332"),
        ("PT50 0002 0123 1234 5678 9015 4", "PT50000201231234567890154"),
        ("gb82 west 1234 5698 7654 32", "GB82WEST12345698765432"),
    ],
)
def test_ibans_are_compacted(text: str, compact: str) -> None:
    assert normalise.normalise_iban("iban", text) == compact


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("GB83WEST12345698765432", Code.IBAN_CHECKSUM),
        ("ES912100041845020005133", Code.IBAN_LENGTH),
        ("XX9121000418450200051332", Code.IBAN_COUNTRY),
        ("not an iban", Code.IBAN_INVALID),
    ],
)
def test_iban_problems_have_codes(text: str, code: Code) -> None:
    assert _code(normalise.normalise_iban, "iban", text) is code


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("instagram.com/some_user", "https://instagram.com/some_user"),
        ("HTTPS://WWW.Instagram.COM/Some_User?x=1", "https://www.instagram.com/Some_User?x=1"),
        ("https://bücher.de/x", "https://xn--bcher-kva.de/x"),
        ("  https://t.me/+abc  ", "https://t.me/+abc"),
    ],
)
def test_links_are_normalised(text: str, url: str) -> None:
    assert normalise.normalise_url("profile_url", text) == url


def test_link_problems_have_codes() -> None:
    assert _code(normalise.normalise_url, "u", "javascript:alert(1)") is Code.URL_SCHEME
    assert _code(normalise.normalise_url, "u", "ftp://example.com/x") is Code.URL_SCHEME
    assert _code(normalise.normalise_url, "u", "https://exa mple.com") is Code.URL_INVALID
    assert _code(normalise.normalise_url, "u", "https://") is Code.URL_INVALID


def test_email_syntax_is_checked_without_network() -> None:
    assert normalise.normalise_email("email", " Sam@Example.COM ") == "Sam@example.com"
    assert _code(normalise.normalise_email, "email", "sam@") is Code.EMAIL_INVALID
    assert _code(normalise.normalise_email, "email", "no at sign") is Code.EMAIL_INVALID


def test_currencies_are_iso_4217_or_a_crypto_asset() -> None:
    assert normalise.normalise_currency("currency", " eur ") == "EUR"
    assert normalise.normalise_currency("currency", "GBP") == "GBP"
    assert normalise.normalise_currency("currency", "btc") == "BTC"
    assert normalise.normalise_currency("currency", "USDT") == "USDT"
    assert _code(normalise.normalise_currency, "currency", "XYZ") is Code.CURRENCY_UNKNOWN


def test_regions_are_iso_3166() -> None:
    assert normalise.normalise_region("region", "gb-wls") == "GB-WLS"
    assert normalise.normalise_region("region", "pt") == "PT"
    assert _code(normalise.normalise_region, "region", "ZZ") is Code.REGION_UNKNOWN


def test_sha256_is_tidied() -> None:
    digest = "AB" * 32
    assert normalise.normalise_sha256("sha256", f"sha256: {digest[:10]} {digest[10:]}") == (
        digest.lower()
    )
    assert _code(normalise.normalise_sha256, "sha256", "abc") is Code.SHA256_INVALID


@pytest.mark.parametrize(
    ("text", "language", "money"),
    [
        ("1.234,50", "es-ES", Money(Decimal("1234.50"), None)),
        ("€ 1.000", "es-ES", Money(Decimal("1000"), "EUR")),
        ("1,234.50", "en-GB", Money(Decimal("1234.50"), None)),
        ("£500", "en-GB", Money(Decimal("500"), "GBP")),
        ("500 EUR", "en-GB", Money(Decimal("500"), "EUR")),
        ("1 234,50 €", "pt-PT", Money(Decimal("1234.50"), "EUR")),
        ("R$ 50,00", "pt-PT", Money(Decimal("50.00"), "BRL")),
        ("£1,000.99", "cy", Money(Decimal("1000.99"), "GBP")),
        ("$20", "en-GB", Money(Decimal("20"), "USD")),
        ("0.1 usd", "en-GB", Money(Decimal("0.1"), "USD")),
        ("0.05123456 BTC", "en-GB", Money(Decimal("0.05123456"), "BTC")),
        ("0,00512 btc", "es-ES", Money(Decimal("0.00512"), "BTC")),
        ("₿0.01", "en-GB", Money(Decimal("0.01"), "BTC")),
        ("250 USDT", "pt-PT", Money(Decimal("250"), "USDT")),
    ],
)
def test_amounts_follow_the_persons_language(text: str, language: str, money: Money) -> None:
    assert parse_money("amount", text, language) == money


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        ("1,23", "en-GB", Code.AMOUNT_INVALID),
        ("1.234,50", "en-GB", Code.AMOUNT_INVALID),
        ("lots", "en-GB", Code.AMOUNT_INVALID),
        ("-5", "en-GB", Code.AMOUNT_NEGATIVE),
        ("5 XYZ", "es-ES", Code.CURRENCY_UNKNOWN),
        ("£5 EUR", "en-GB", Code.AMOUNT_INVALID),
    ],
)
def test_amount_problems_have_codes(text: str, language: str, code: Code) -> None:
    assert _code(parse_money, "amount", text, language) is code


def test_dates_follow_the_persons_language_and_keep_the_offset() -> None:
    madrid = dt.timezone(dt.timedelta(hours=1))
    when = parse_when("05/03/2024", "14:30", "es-ES", madrid)
    assert when == dt.datetime(2024, 3, 5, 14, 30, tzinfo=madrid)
    assert parse_when("5/3/24", None, "pt-PT", dt.UTC) == dt.datetime(2024, 3, 5, tzinfo=dt.UTC)
    assert parse_when(" ", None, "en-GB") is None
    with pytest.raises(ValidationError) as caught:
        parse_when("yesterday-ish", None, "en-GB")
    assert caught.value.problems[0].code is Code.DATE_INVALID


@pytest.mark.parametrize("typed", ["1:1:1", "01/01/0001", "1/1/9999"])
def test_dates_outside_any_real_diary_are_refused_calmly(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_when(typed, None, "en-GB")
    assert refused.value.problems[0].code is Code.DATE_INVALID


@pytest.mark.parametrize(
    ("amount", "currency", "language", "text"),
    [
        ("500", "EUR", "en-GB", "€500.00"),
        ("500", "EUR", "es-ES", "500,00\u00a0€"),
        ("500", "USD", "cy", "US$500.00"),
        ("500", "CHF", "en-GB", "CHF\u00a0500.00"),
        ("25000", "NGN", "en-GB", "NGN\u00a025,000.00"),
        ("1000", "XOF", "cy", "F\u202fCFA\u00a01,000"),
        ("0.05123456", "BTC", "en-GB", "BTC\u00a00.05123456"),
        ("0.05123456", "BTC", "pt-PT", "0,05123456\u00a0BTC"),
        ("0.005", "GBP", "en-GB", "£0.005"),
        ("12345.5", None, "es-ES", "12.345,5"),
    ],
)
def test_money_is_exact_and_spaced_as_the_language_writes_it(
    amount: str, currency: str | None, language: str, text: str
) -> None:
    assert format_money(Decimal(amount), currency, babel_locale(language)) == text
