"""Which platform an account or message belongs to, and which payment service a payment used.

The diary keeps what the person typed (``"Insta"``, ``"twitter"``, ``"Western Union"``) or the
id a form chose (``"instagram"``, ``"western_union"``). These tables recognise both, plus the
address of a profile link. They only recognise; they never guess a platform that was not named.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import urlsplit

from core.content.platforms import GENERIC, Platform

PAYMENT_SERVICES: tuple[str, ...] = (
    "western_union",
    "moneygram",
    "bank_transfer",
    "card",
    "gift_card",
    "crypto",
    "other",
)
"""Services a stop or recall request can be written for, in the order the page lists them."""

OTHER_SERVICE = "other"

_PLATFORM_ALIASES: Mapping[str, tuple[str, ...]] = {
    "facebook": ("fb", "messenger", "facebook messenger"),
    "instagram": ("insta", "ig"),
    "snapchat": ("snap",),
    "x": ("twitter", "x / twitter", "x/twitter"),
    "skype": ("teams", "microsoft teams", "ms teams"),
    "whatsapp": ("whats app",),
    "plentyoffish": ("pof", "plenty of fish", "plentyoffish.com"),
}

_PLATFORM_HOSTS: Mapping[str, str] = {
    "facebook.com": "facebook",
    "fb.com": "facebook",
    "messenger.com": "facebook",
    "instagram.com": "instagram",
    "snapchat.com": "snapchat",
    "x.com": "x",
    "twitter.com": "x",
    "tiktok.com": "tiktok",
    "wa.me": "whatsapp",
    "whatsapp.com": "whatsapp",
    "discord.com": "discord",
    "discord.gg": "discord",
    "discordapp.com": "discord",
    "youtube.com": "youtube",
    "youtu.be": "youtube",
    "t.me": "telegram",
    "telegram.me": "telegram",
    "tinder.com": "tinder",
    "bumble.com": "bumble",
    "pof.com": "plentyoffish",
    "skype.com": "skype",
    "teams.microsoft.com": "skype",
    "teams.live.com": "skype",
}

# Checked in this order, so "gift card" wins over "card" and "Western Union" over "transfer".
# Brand names, plus the everyday words of Harbour's languages for each way of paying.
_METHOD_WORDS: tuple[tuple[str, str], ...] = (
    ("western_union", "western union|westernunion|wu"),
    ("moneygram", "moneygram|money gram"),
    (
        "crypto",
        "crypto|cripto|crypto-currency|cryptocurrency|bitcoin|btc|ethereum|usdt|tether|binance"
        "|coinbase|kraken",
    ),
    (
        "gift_card",
        "gift card|gift cards|giftcard|voucher|itunes|apple gift|google play|steam|amazon"
        "|paysafecard|tarjeta regalo|cartão presente|cartao presente|vale",
    ),
    (
        "bank_transfer",
        "bank transfer|transfer|bank|iban|sepa|faster payment|bizum|mb way|transferencia"
        "|transferência|trosglwyddiad",
    ),
    ("card", "card|visa|mastercard|debit|credit|tarjeta|cartão|cartao|cerdyn"),
)


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _contains(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def platform_id_of(name: str | None, platforms: Mapping[str, Platform]) -> str | None:
    """The platform id a typed platform name means; ``GENERIC`` for an app not listed."""
    if not name or not name.strip():
        return None
    key = _key(name)
    if key in platforms:
        return key
    for pid, platform in platforms.items():
        if platform.name and key == _key(platform.name):
            return pid
    for pid, aliases in _PLATFORM_ALIASES.items():
        if key in aliases and pid in platforms:
            return pid
    return GENERIC


def platform_of_link(url: str | None, platforms: Mapping[str, Platform]) -> str | None:
    """The platform a profile link points to, if it is one Harbour knows."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").casefold()
    for known, pid in _PLATFORM_HOSTS.items():
        if (host == known or host.endswith("." + known)) and pid in platforms:
            return pid
    return None


def account_platform(
    platform: str | None, profile_url: str | None, platforms: Mapping[str, Platform]
) -> str | None:
    """Where an account lives: the platform named, else the site of its link, else unknown."""
    named = platform_id_of(platform, platforms)
    if named is not None and named != GENERIC:
        return named
    return platform_of_link(profile_url, platforms) or named


def service_of(method: str | None) -> str | None:
    """The payment service a typed method names; ``other`` if unknown, None if empty."""
    if not method or not method.strip():
        return None
    key = _key(method)
    if key in PAYMENT_SERVICES:
        return key
    for service, words in _METHOD_WORDS:
        if any(_contains(key, word) for word in words.split("|")):
            return service
    return OTHER_SERVICE
