"""Dates, money, counts and file sizes written the way the report's language writes them (babel).

Times keep the UTC offset the person entered them with and always show it (``GMT+01:00``), so a
reader in another time zone is never misled. Amounts are never rounded: a payment of
0.0012 BTC stays 0.0012.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date, format_time, get_datetime_format, get_timezone_gmt
from babel.numbers import format_decimal
from babel.units import format_unit

from core.diary.currencies import format_money
from core.diary.parsing import babel_locale

_KILO = 1000


class Formatter:
    """Locale-aware formatting for one report language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.locale = babel_locale(language)

    def date(self, value: dt.datetime | dt.date) -> str:
        """A date such as "14 Mar 2026"."""
        return format_date(value, "medium", locale=self.locale)

    def when(self, value: dt.datetime) -> str:
        """Date, time and offset, such as "14 Mar 2026, 21:40 GMT+01:00"."""
        aware = value if value.tzinfo is not None else value.astimezone()
        pattern = str(get_datetime_format("medium", locale=self.locale))
        time = format_time(aware, "short", tzinfo=aware.tzinfo, locale=self.locale)
        joined = pattern.replace("{1}", self.date(aware)).replace("{0}", time)
        return f"{joined} {get_timezone_gmt(aware, 'long', locale=self.locale)}"

    def money(self, amount: Decimal | None, currency: str | None) -> str:
        """An exact amount with its currency ("€500.00", "500,00 €"); just the code if no amount."""
        if amount is None:
            return currency or ""
        return format_money(amount, currency, self.locale)

    def number(self, value: int | Decimal) -> str:
        """A number with the locale's separators, never rounded."""
        return str(format_decimal(value, locale=self.locale, decimal_quantization=False))

    def size(self, size: int) -> str:
        """An exact byte count, plus a rounded size when it helps ("48,213 bytes (48 kB)")."""
        exact = str(format_unit(size, "digital-byte", length="long", locale=self.locale))
        for unit, scale in (("gigabyte", _KILO**3), ("megabyte", _KILO**2), ("kilobyte", _KILO)):
            if size >= scale:
                rounded = format_unit(
                    size / scale,
                    f"digital-{unit}",
                    length="short",
                    locale=self.locale,
                    format="#,##0.#",
                )
                return f"{exact} ({rounded})"
        return exact
