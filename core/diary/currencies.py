"""The currencies a demand or payment can be in.

ISO 4217 (babel's list), and the crypto-assets blackmailers ask for, which have no ISO code
but are written the same way (``0.05 BTC``). Amounts are Decimal and never rounded, so the
eight decimal places of a bitcoin amount are kept. ``format_money`` is the one place amounts
become text, for the diary, the reports and the ready-to-send texts.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.numbers import format_currency, format_decimal, get_currency_symbol, list_currencies

# Code -> name (proper names, the same in every language Harbour speaks).
CRYPTO_CURRENCIES = {
    "BTC": "Bitcoin",
    "ETH": "Ether",
    "USDT": "Tether",
    "USDC": "USD Coin",
    "LTC": "Litecoin",
    "XMR": "Monero",
    "SOL": "Solana",
    "TRX": "TRON",
    "BNB": "BNB",
    "DOGE": "Dogecoin",
}
CRYPTO_SYMBOLS = {"₿": "BTC", "Ξ": "ETH", "₮": "USDT"}


@cache
def known_currencies() -> frozenset[str]:
    """Every code Harbour accepts: ISO 4217 and the crypto-assets above."""
    return frozenset(list_currencies()) | frozenset(CRYPTO_CURRENCIES)


NBSP = "\u00a0"


def _letter_like(char: str) -> bool:
    """CLDR's currency-spacing test: not a symbol (``€``, ``$``) and not a space."""
    return unicodedata.category(char)[0] not in "SZ"


def format_money(amount: Decimal, currency: str | None, locale: Locale) -> str:
    """An exact amount in ``locale``'s format with its currency (``£1,234.50``, ``500,00 €``,
    ``BTC 0.05123456``), or just the number when the currency is unknown; never rounded.

    Babel leaves out CLDR's currency spacing, so a code or a symbol ending in a letter is kept
    apart from the digits by a no-break space (``CHF 500.00``, not ``CHF500.00``).
    """
    if currency is None:
        return str(format_decimal(amount, locale=locale, decimal_quantization=False))
    text = str(format_currency(amount, currency, locale=locale, decimal_quantization=False))
    symbol = str(get_currency_symbol(currency, locale=locale))
    number_after, number_before = text[len(symbol) :], text[: -len(symbol)]
    if text.startswith(symbol) and number_after[:1].isdigit() and _letter_like(symbol[-1]):
        return f"{symbol}{NBSP}{number_after}"
    if text.endswith(symbol) and number_before[-1:].isdigit() and _letter_like(symbol[0]):
        return f"{number_before}{NBSP}{symbol}"
    return text
