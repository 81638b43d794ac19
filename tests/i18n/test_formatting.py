"""Money, numbers and dates as each language writes them (babel), on screen and in the report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from core.content.catalog import load_catalog
from core.reports.formatting import Formatter
from core.texts.writer import Writer
from ui.app import HarbourApp
from ui.diary.formatting import date_text, day_text, money_text, time_text, when_text
from ui.tour_screens import example_diary, settle_work

NBSP = "\u00a0"
WHEN = dt.datetime(2026, 11, 26, 21, 40, tzinfo=dt.timezone(dt.timedelta(hours=1)))

# language: (€1234.50, £1234.50, 1234.5 with no currency, medium day, short day, moment)
EXPECTED = {
    "en-GB": (
        "€1,234.50",
        "£1,234.50",
        "1,234.5",
        "26 Nov 2026",
        "26/11/2026",
        "26 Nov 2026, 21:40",
    ),
    "es-ES": (
        f"1.234,50{NBSP}€",
        f"1.234,50{NBSP}GBP",
        "1.234,5",
        "26 nov 2026",
        "26/11/2026",
        "26 nov 2026, 21:40",
    ),
    "pt-PT": (
        f"1{NBSP}234,50{NBSP}€",
        f"1{NBSP}234,50{NBSP}£",
        f"1{NBSP}234,5",
        "26/11/2026",
        "26/11/2026",
        "26/11/2026, 21:40",
    ),
    "cy": ("€1,234.50", "£1,234.50", "1,234.5", "26 Tach 2026", "26/11/2026", "26 Tach 2026 21:40"),
}


@pytest.mark.parametrize("language", EXPECTED)
def test_the_diary_writes_money_and_dates_the_languages_way(language: str) -> None:
    euros, pounds, plain, day, short, moment = EXPECTED[language]
    amount = Decimal("1234.50")
    assert money_text(amount, "EUR", language) == euros
    assert money_text(amount, "GBP", language) == pounds
    assert money_text(Decimal("1234.5"), None, language) == plain
    assert day_text(WHEN, language) == day
    assert date_text(WHEN, language) == short
    assert when_text(WHEN, language) == moment
    assert time_text(WHEN, language) == "21:40"


@pytest.mark.parametrize("language", EXPECTED)
def test_the_report_and_the_texts_write_them_the_same_way(language: str) -> None:
    euros, pounds, plain, day, _short, moment = EXPECTED[language]
    fmt = Formatter(language)
    assert fmt.money(Decimal("1234.50"), "EUR") == euros
    assert fmt.date(WHEN) == day
    assert fmt.when(WHEN) == f"{moment} GMT+01:00", "the offset is always said"
    writer = Writer(load_catalog(language))
    assert writer.money(Decimal("1234.50"), "GBP") == pounds
    assert writer.money(Decimal("1234.5"), None) == plain


@pytest.mark.parametrize("language", EXPECTED)
def test_amounts_are_never_rounded(language: str) -> None:
    tiny = Decimal("0.005")
    for shown in (
        money_text(tiny, "EUR", language),
        Formatter(language).money(tiny, "EUR"),
        Writer(load_catalog(language)).money(tiny, "EUR"),
    ):
        assert shown is not None and ("0.005" in shown or "0,005" in shown), shown


def test_a_live_language_change_reformats_the_diary_and_the_report(
    make_app: Callable[..., HarbourApp],
) -> None:
    app = make_app(language="es-ES", region="es")
    example_diary(app)
    window = app.window
    window.show_page("diary")
    totals = window.page("diary").findChild(QLabel, "diaryTotals")
    window.show_page("reports")
    settle_work(app)
    preview = window.page("reports").findChild(QPlainTextEdit, "reportsPreviewText")
    assert isinstance(totals, QLabel) and isinstance(preview, QPlainTextEdit)
    for language, money, day in (
        ("es-ES", f"500,00{NBSP}€", "13 mar 2026"),
        ("pt-PT", f"500,00{NBSP}€", "13/03/2026"),
        ("cy", "€500.00", "13 Maw 2026"),
        ("en-GB", "€500.00", "13 Mar 2026"),
    ):
        app.controller.set_language(language)
        settle_work(app)
        assert money in totals.text(), language
        report = preview.toPlainText()  # the plain-text report uses ordinary spaces
        assert money.replace(NBSP, " ") in report and day in report, language
