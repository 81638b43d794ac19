"""The currencies a demand or payment can be in.

ISO 4217 (babel's list), and the crypto-assets blackmailers ask for, which have no ISO code
but are written the same way (``0.05 BTC``). Amounts are Decimal and never rounded, so the
eight decimal places of a bitcoin amount are kept.
"""

from __future__ import annotations

from functools import cache

from babel.numbers import list_currencies

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
