"""Showing diary values in the person's language: dates, money, platforms, one-line summaries.

Everything here returns plain text for ``SafeLabel`` and item views; nothing is rich text.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from decimal import Decimal

from babel.dates import format_date, format_time, get_date_format
from PySide6.QtCore import QCoreApplication, QLocale

from core.content.catalog import Catalog
from core.content.platforms import load_platforms
from core.diary.currencies import format_money
from core.diary.parsing import babel_locale
from core.diary.records import (
    Action,
    Demand,
    EntryRecord,
    Evidence,
    Kind,
    Message,
    Note,
    Payment,
    Person,
)

translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls

SUMMARY_CHARS = 280


# --- dates and times -------------------------------------------------------------------------


def date_pattern(language: str) -> str:
    """The short date pattern with a four-digit year (``dd/MM/yyyy``), as forms show it."""
    pattern = get_date_format("short", locale=babel_locale(language)).pattern
    return re.sub(r"y+", "yyyy", pattern)


def date_text(value: dt.datetime | dt.date, language: str) -> str:
    """A date as the person types it in their language (``05/11/2026``)."""
    return str(format_date(value, date_pattern(language), locale=babel_locale(language)))


def time_text(value: dt.datetime, language: str) -> str:
    """A time as the person types it (``21:40``)."""
    return str(format_time(value, "short", locale=babel_locale(language)))


def day_text(value: dt.date, language: str) -> str:
    """A day for lists and summaries (``5 Nov 2026``)."""
    return str(format_date(value, "medium", locale=babel_locale(language)))


def when_text(value: dt.datetime | None, language: str) -> str:
    """A moment for lists and summaries (``5 Nov 2026, 21:40``)."""
    if value is None:
        return ""
    locale = babel_locale(language)
    day, moment = day_text(value, language), format_time(value, "short", locale=locale)
    return str(locale.datetime_formats["medium"]).replace("{1}", day).replace("{0}", moment)


# --- money and sizes -------------------------------------------------------------------------


def money_text(amount: Decimal | None, currency: str | None, language: str) -> str:
    """An exact amount with its currency in the person's language (``£1,234.50``,
    ``1.234,50 €``); never rounded (``€0.005`` stays so)."""
    if amount is None:
        return ""
    return format_money(amount, currency or None, babel_locale(language))


def amount_text(amount: Decimal | None, language: str) -> str:
    """An amount without currency, as the person would type it (``1.234,50`` in Spain)."""
    if amount is None:
        return ""
    locale = babel_locale(language)
    symbols = locale.number_symbols.get("latn", locale.number_symbols)
    text = format(amount, "f")
    return text.replace(".", str(symbols.get("decimal", ".")))


def totals_text(sums: Mapping[str, Decimal], language: str) -> str:
    """Sums per currency, joined (``£500.00 · €200.00``)."""
    return " · ".join(money_text(sums[c], c, language) for c in sorted(sums))


def size_text(size: int | None, language: str) -> str:
    """A file size in the person's language (``2.4 MB``)."""
    if size is None:
        return ""
    locale = QLocale(language.replace("-", "_"))
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


# --- names -----------------------------------------------------------------------------------

_INVISIBLE = ("Cc", "Cf", "Zl", "Zp")


def visible_text(text: str | None) -> str:
    """Text with control and direction-changing characters made visible (``⟨U+202E⟩``).

    A file name such as ``invoice<U+202E>gnp.exe`` would otherwise show as ``invoiceexe.png``.
    """
    if not text:
        return ""
    return "".join(
        f"⟨U+{ord(ch):04X}⟩" if unicodedata.category(ch) in _INVISIBLE else ch for ch in text
    )


def platform_name(platform: str | None, catalog: Catalog) -> str:
    """The name of a platform id (``instagram`` -> ``Instagram``); other text as typed."""
    if not platform:
        return ""
    known = load_platforms().get(platform)
    if known is None:
        return platform
    if known.name:
        return known.name
    return catalog.text(known.name_key) if known.name_key else known.id


def kind_name(kind: Kind) -> str:
    """What the timeline calls an entry kind."""
    return {
        Kind.PERSON: translate("DiaryText", "Account or person"),
        Kind.MESSAGE: translate("DiaryText", "Message"),
        Kind.DEMAND: translate("DiaryText", "Demand"),
        Kind.PAYMENT: translate("DiaryText", "Payment"),
        Kind.ACTION: translate("DiaryText", "Something I did"),
        Kind.NOTE: translate("DiaryText", "Note"),
        Kind.EVIDENCE: translate("DiaryText", "Evidence"),
    }[kind]


def action_name(kind: str) -> str:
    """What was done, in words (an ``ActionKind`` value)."""
    return {
        "blocked": translate("DiaryText", "Blocked them"),
        "reported_platform": translate("DiaryText", "Reported them to the platform"),
        "police_report": translate("DiaryText", "Reported it to the police"),
        "bank_contacted": translate("DiaryText", "Contacted the bank or money service"),
        "removal_request": translate("DiaryText", "Asked for images to be removed"),
        "account_secured": translate("DiaryText", "Made my accounts safer"),
        "told_someone": translate("DiaryText", "Told someone I trust"),
    }.get(kind, kind)


# --- summaries -------------------------------------------------------------------------------


def _join(parts: list[str]) -> str:
    text = " · ".join(p for p in parts if p)
    text = " ".join(text.split())
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


def _labelled(label: str, value: str | None) -> str:
    return f"{label} {value}" if value else ""


def summary(record: EntryRecord, language: str, catalog: Catalog) -> str:
    """One short line saying what an entry holds."""
    platform = platform_name(getattr(record, "platform", None), catalog)
    if isinstance(record, Person):
        who = record.username or record.display_name or record.phone or record.email
        return _join(
            [
                who or "",
                platform,
                record.profile_url or "",
                record.phone or "" if who != record.phone else "",
                record.email or "" if who != record.email else "",
                record.iban or record.payment_account or record.wallet or "",
            ]
        )
    if isinstance(record, Message):
        way = (
            translate("DiaryText", "They wrote")
            if record.direction.value == "incoming"
            else translate("DiaryText", "I wrote")
        )
        threat = _labelled(translate("DiaryText", "Threat:"), record.threat)
        return _join([platform, f"{way}: {record.content}" if record.content else way, threat])
    if isinstance(record, Demand):
        deadline = _labelled(
            translate("DiaryText", "by"), when_text(record.deadline, language) or None
        )
        return _join(
            [
                money_text(record.amount, record.currency, language),
                record.method or "",
                deadline,
                _labelled(translate("DiaryText", "to"), record.destination),
            ]
        )
    if isinstance(record, Payment):
        return _join(
            [
                money_text(record.amount, record.currency, language),
                record.method or "",
                _labelled(translate("DiaryText", "to"), record.recipient),
                _labelled(translate("DiaryText", "reference"), record.reference),
            ]
        )
    if isinstance(record, Action):
        return _join(
            [action_name(record.kind.value), platform, record.reference or "", record.notes or ""]
        )
    if isinstance(record, Note):
        return _join([record.text or ""])
    if isinstance(record, Evidence):
        return _join([evidence_title(record), size_text(record.size, language), record.note or ""])
    return ""


def evidence_title(record: Evidence) -> str:
    """A stored file's name (controls made visible), or the description of a hash-only record."""
    if record.original_name:
        return visible_text(record.original_name)
    return _labelled(translate("DiaryText", "Described:"), record.description) or translate(
        "DiaryText", "Described"
    )
