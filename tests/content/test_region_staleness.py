"""Staleness: facts checked more than 12 months before an injected ``today``."""

from __future__ import annotations

from datetime import date

import pytest

from core.content.region_model import RegionPack
from core.content.regions import (
    facts,
    last_checked,
    load_region,
    parse_region_text,
    stale_before,
    stale_facts,
)
from tests.content.conftest import pack_text

SAMARITANS_PHONE = (
    '{ kind = "phone", value = "116 123", '
    'source = "https://www.samaritans.org/", checked = 2026-11-01 }'
)


def uk_with_samaritans_checked(day: str) -> RegionPack:
    text = pack_text("uk")
    assert SAMARITANS_PHONE in text
    return parse_region_text(
        text.replace(SAMARITANS_PHONE, SAMARITANS_PHONE.replace("2026-11-01", day)), "uk.toml"
    )


def test_fact_checked_in_october_2025_is_stale_in_late_november_2026() -> None:
    pack = uk_with_samaritans_checked("2025-10-01")
    (stale,) = stale_facts(pack, date(2026, 11, 26))
    assert stale.where == "services.samaritans.contacts[0]"
    assert (stale.value, stale.checked) == ("116 123", date(2025, 10, 1))
    assert stale.source == "https://www.samaritans.org/"
    assert last_checked(pack) == date(2025, 10, 1)


def test_facts_checked_in_november_2026_are_fresh() -> None:
    for code in ("uk", "ie", "es", "pt", "us", "ca", "au", "intl"):
        pack = load_region(code)
        assert stale_facts(pack, date(2026, 11, 26)) == []
        assert last_checked(pack) == date(2026, 11, 1)


def test_everything_goes_stale_after_twelve_months() -> None:
    pack = load_region("es")
    assert stale_facts(pack, date(2027, 11, 1)) == []
    assert len(stale_facts(pack, date(2027, 11, 2))) == len(facts(pack))


@pytest.mark.parametrize(
    ("today", "cutoff"),
    [
        (date(2026, 11, 26), date(2025, 11, 26)),
        (date(2026, 1, 15), date(2025, 1, 15)),
        (date(2028, 2, 29), date(2027, 2, 28)),
        (date(2027, 3, 31), date(2026, 3, 31)),
    ],
)
def test_stale_before_is_the_same_day_a_year_earlier(today: date, cutoff: date) -> None:
    assert stale_before(today) == cutoff


def test_exactly_twelve_months_is_not_yet_stale() -> None:
    pack = uk_with_samaritans_checked("2025-11-26")
    assert stale_facts(pack, date(2026, 11, 26)) == []
    assert len(stale_facts(pack, date(2026, 11, 27))) == 1


def test_every_number_link_and_service_is_a_fact() -> None:
    pack = load_region("ie")
    where = {fact.where for fact in facts(pack)}
    assert {
        "emergency[0]",
        "emergency[1]",
        "services.hotline_ie",
        "services.hotline_ie.contacts[0]",
    } <= where
    count = len(pack.emergency) + sum(1 + len(s.contacts) for s in pack.services)
    assert len(facts(pack)) == count
