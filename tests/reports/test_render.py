"""What a person typed comes out as text in every output, in any script, in every form."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

from core import diary
from core.content.region_model import REPORT_VARIANTS
from core.content.regions import available_regions, load_region
from core.diary.records import AgeGroup, Case, Message, Note, Payment, Person
from core.evidence import BlobStore
from core.reports import VARIANTS, compose, render_text
from core.reports.formatting import Formatter
from core.vault.migrations import Connection
from tests.reports.cases import (
    ARABIC,
    HEBREW,
    HOSTILE,
    HOSTILE_HTML,
    PORTUGUESE,
    WELSH,
    fill_case,
    outputs,
    report_of,
)


def test_typed_markup_comes_out_as_text(conn: Connection, store: BlobStore, case_id: int) -> None:
    diary.update_case(conn, Case(id=case_id, title=HOSTILE, age_group=AgeGroup.ADULT))
    fill_case(conn, store, case_id, HOSTILE)
    html, text = outputs(conn, case_id)
    for raw in ("<script", "<b>bold", "</script>"):
        assert raw not in html
    assert "49" not in text and "49" not in html
    assert "&lt;" not in text and "&amp;amp;" not in text
    # Every verbatim copy in the text is one escaped copy in the HTML, and there are many:
    # title, accounts, message, demand, payments, action, notes, evidence, statement.
    assert text.count(HOSTILE) == html.count(HOSTILE_HTML) >= 40
    assert html.count("<script") == 0 and "<style>" in html  # the only markup is ours


def test_every_field_of_every_kind_is_shown(
    conn: Connection, store: BlobStore, case_id: int
) -> None:
    diary.update_case(conn, Case(id=case_id, title=HOSTILE, age_group=AgeGroup.ADULT))
    fill_case(conn, store, case_id, HOSTILE)
    _html, text = outputs(conn, case_id)
    labelled = {line.split(": ", 1)[0].strip() for line in text.splitlines() if HOSTILE in line}
    for label in (
        "Platform or app",
        "Username",
        "Name shown",
        "Payment account",
        "Crypto wallet",
        "Notes",
        "What was said",
        "Threat",
        "How to pay",
        "Where to send the money",
        "Paid to",
        "Reference",
        "Note",
        "Description",
        "Where it was seen",
        "File name",
        "Case",
        "Police reference",
    ):
        assert label in labelled, label


@pytest.mark.parametrize("name", [WELSH, PORTUGUESE, ARABIC, HEBREW])
def test_names_in_any_script_survive(conn: Connection, case_id: int, name: str) -> None:
    diary.add(conn, case_id, Person(display_name=name, username=f"{name}.1"))
    diary.add(conn, case_id, Note(text=f"{name} wrote first."))
    html, text = outputs(conn, case_id)
    assert f"Name shown: {name}" in text and f"{name} wrote first." in text
    assert f"<bdi>\u2068{name}\u2069</bdi>" in html
    assert f"<bdi>\u2068{name}.1\u2069</bdi>" in html


def test_direction_overrides_cannot_reorder_the_report(conn: Connection, case_id: int) -> None:
    diary.add(conn, case_id, Person(username="abc\u202edef\u0007"))
    html, text = outputs(conn, case_id)
    assert "Username: abcdef" in text
    assert "\u202e" not in html + text and "\u0007" not in html + text


def _headings(text: str) -> list[str]:
    lines = text.splitlines()
    return [lines[i - 1] for i, line in enumerate(lines) if i and re.fullmatch(r"=+", line)]


def test_each_form_has_its_own_order_and_headings(
    conn: Connection, store: BlobStore, case_id: int
) -> None:
    fill_case(conn, store, case_id, "text")
    report = report_of(conn, case_id)
    seen: dict[tuple[str, ...], str] = {}
    for code, form in VARIANTS.items():
        view = compose(report, language="en-GB", variant_code=code)
        headings = _headings(render_text(view))
        assert [s.id for s in view.sections] == [s.value for s in form.sections]
        assert headings == [s.heading for s in view.sections]
        assert len(headings) == 9
        assert tuple(headings) not in seen, f"{code} looks like {seen.get(tuple(headings))}"
        seen[tuple(headings)] = code
    us = [s.id for s in compose(report, language="en-GB", variant_code="us_ic3").sections]
    assert us[1:5] == ["victim", "accounts", "money", "statement"]  # IC3's field order


def test_every_region_pack_has_its_form() -> None:
    assert set(VARIANTS) == set(REPORT_VARIANTS)
    for code in available_regions():
        pack = load_region(code)
        form = VARIANTS[pack.report_variant]
        assert form.region == code
        known = {s.id for s in pack.services}
        for line in form.guidance:
            assert set(line.services) <= known, (code, line.name)


def _where(conn: Connection, case_id: int, variant: str) -> str:
    text = render_text(compose(report_of(conn, case_id), language="en-GB", variant_code=variant))
    return text.split("Where to take this report", 1)[1].split("\n\n\n", 1)[0]


def test_guidance_follows_age_and_payment(conn: Connection, case_id: int) -> None:
    where = _where(conn, case_id, "uk_101")
    assert "call 999" in where and "101" in where
    assert "CEOP" not in where and "Report Fraud" not in where
    diary.update_case(conn, Case(id=case_id, age_group=AgeGroup.UNDER18, region="GB"))
    diary.add(conn, case_id, Payment(amount=Decimal(50), currency="GBP"))
    where = _where(conn, case_id, "uk_101")
    assert "https://www.ceop.police.uk/Safety-Centre/" in where
    assert "Report Fraud: Call 0300 123 2040" in where
    us = _where(conn, case_id, "us_ic3")
    assert "CyberTipline" in us and "call 911" in us
    assert "local emergency number" in _where(conn, case_id, "intl_generic")


def test_dates_and_money_follow_the_language() -> None:
    when = dt.datetime(2026, 3, 14, 21, 40, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    british, spanish = Formatter("en-GB"), Formatter("es-ES")
    assert british.when(when) == "14 Mar 2026, 21:40 GMT+01:00"
    assert spanish.when(when).startswith("14 mar 2026")
    assert british.money(Decimal("1234.5"), "EUR") == "€1,234.50"
    assert spanish.money(Decimal("1234.5"), "EUR") == "1.234,50\xa0€"
    assert Formatter("pt-PT").money(Decimal("500"), "EUR") == "500,00\xa0€"
    assert british.money(Decimal("0.00012"), "BTC") == "BTC\u00a00.00012"  # never rounded away
    assert british.size(48213) == "48,213 bytes (48.2 kB)"
    assert Formatter("cy").size(10) == "10 beitiau"  # Welsh plural forms come from CLDR


def test_times_entered_without_a_time_say_so(conn: Connection, case_id: int) -> None:
    diary.add(conn, case_id, Message(content="undated"))
    _html, text = outputs(conn, case_id)
    assert "(when I wrote it down) — Message or contact from them" in text
