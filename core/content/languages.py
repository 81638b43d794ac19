"""The languages Harbour speaks and how a system locale maps onto them."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en-GB", "es-ES", "pt-PT", "cy")
DEFAULT_LANGUAGE = "en-GB"


def language_for_locale(locale_name: str | None) -> str:
    """Pick the closest supported language for a locale such as ``es_ES.UTF-8`` or ``cy-GB``."""
    if not locale_name:
        return DEFAULT_LANGUAGE
    code = locale_name.split(".")[0].replace("_", "-").lower()
    prefix = code.split("-")[0]
    for lang in LANGUAGES:
        if lang.lower() == code:
            return lang
    for lang in LANGUAGES:
        if lang.lower().split("-")[0] == prefix:
            return lang
    return DEFAULT_LANGUAGE
