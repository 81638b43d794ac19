"""Locale-aware reading of amounts and dates as people type or paste them.

``parse_money("€ 1.000", "es-ES")`` gives 1000 EUR; ``parse_money("1,234.50", "en-GB")`` gives
1234.50 with no currency. Numbers follow the person's language (babel's CLDR data); an amount that
does not fit it exactly is refused rather than guessed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.dates import parse_date, parse_time
from babel.numbers import NumberFormatError, parse_decimal

from core.diary.currencies import CRYPTO_SYMBOLS, known_currencies
from core.diary.errors import Code, ValidationError
from core.diary.normalise import clean_line


@dataclass(frozen=True)
class Money:
    """An exact amount and, when the text named one, its currency (ISO 4217 or crypto)."""

    amount: Decimal
    currency: str | None


def babel_locale(language: str) -> Locale:
    """babel's locale for a Harbour language tag such as ``es-ES`` or ``cy``."""
    try:
        return Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en_GB")


def _currency_for(token: str, locale: Locale) -> str | None:
    code = token.upper()
    if code in known_currencies():
        return code
    if token in CRYPTO_SYMBOLS:
        return CRYPTO_SYMBOLS[token]
    for source in (locale, Locale.parse("en")):
        for currency, symbol in source.currency_symbols.items():
            if symbol == token:
                return str(currency)
    return None


def _split_currency(text: str) -> tuple[str, str, str]:
    start = 0
    while start < len(text) and not (text[start].isdigit() or text[start] in "+-"):
        start += 1
    end = len(text)
    while end > start and not text[end - 1].isdigit():
        end -= 1
    return text[:start].strip(), text[start:end].strip(), text[end:].strip()


def parse_money(field: str, text: str | None, language: str) -> Money | None:
    """Read ``£500``, ``500 EUR``, ``€ 1.000`` or ``1.234,50`` in the person's language."""
    raw = clean_line(text)
    if raw is None:
        return None
    locale = babel_locale(language)
    before, number, after = _split_currency(raw)
    if not number or (before and after):
        raise ValidationError.single(field, Code.AMOUNT_INVALID)
    token = before or after
    currency = _currency_for(token, locale) if token else None
    if token and currency is None:
        raise ValidationError.single(field, Code.CURRENCY_UNKNOWN)
    group = locale.number_symbols.get("latn", locale.number_symbols).get("group", ",")
    if group.isspace():
        number = group.join(number.split())
    try:
        amount = parse_decimal(number, locale=locale, strict=True)
    except NumberFormatError as exc:
        raise ValidationError.single(field, Code.AMOUNT_INVALID) from exc
    if not amount.is_finite():
        raise ValidationError.single(field, Code.AMOUNT_INVALID)
    if amount < 0:
        raise ValidationError.single(field, Code.AMOUNT_NEGATIVE)
    return Money(amount, currency)


EARLIEST_YEAR, LATEST_YEAR = 1900, 2200  # any date a diary entry can really have


def parse_when(
    date_text: str | None,
    time_text: str | None,
    language: str,
    zone: dt.tzinfo | None = None,
) -> dt.datetime | None:
    """A date (and optional time) typed in the person's language, in their time zone.

    ``zone`` defaults to the computer's current offset; the offset is kept with the value.
    """
    raw_date = clean_line(date_text)
    if raw_date is None:
        return None
    locale = babel_locale(language)
    try:
        day = parse_date(raw_date, locale=locale, format="short")
    except (ValueError, IndexError) as exc:
        raise ValidationError.single("date", Code.DATE_INVALID) from exc
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:  # "1:1:1" reads as the year 1
        raise ValidationError.single("date", Code.DATE_INVALID)
    raw_time = clean_line(time_text)
    moment = dt.time(0, 0)
    if raw_time is not None:
        try:
            moment = parse_time(raw_time, locale=locale, format="short")
        except (ValueError, IndexError) as exc:
            raise ValidationError.single("time", Code.TIME_INVALID) from exc
    naive = dt.datetime.combine(day, moment)
    if zone is None:
        return naive.astimezone()
    return naive.replace(tzinfo=zone)
