"""Loading packs: clear errors for broken or unknown packs, the intl fallback, locale guesses."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.content.region_model import RegionError
from core.content.regions import (
    FALLBACK_REGION,
    load_region,
    parse_region_text,
    region_for_locale,
    region_or_fallback,
)
from tests.content.conftest import pack_text


def problems_of(excinfo: pytest.ExceptionInfo[RegionError]) -> set[tuple[str, str]]:
    return {(p.file, p.field) for p in excinfo.value.problems}


def test_broken_pack_names_file_and_field_and_the_app_falls_back(regions_dir: Path) -> None:
    text = pack_text("uk").replace('number = "999"', 'number = ""')
    (regions_dir / "uk.toml").write_text(text, encoding="utf-8")
    with pytest.raises(RegionError) as excinfo:
        load_region("uk", regions_dir)
    assert ("regions/uk.toml", "emergency[0].number") in problems_of(excinfo)
    assert "regions/uk.toml: emergency[0].number" in str(excinfo.value)
    pack, error = region_or_fallback("uk", regions_dir)
    assert pack.code == FALLBACK_REGION
    assert error is not None and error.problems == excinfo.value.problems


def test_unknown_region_falls_back_to_intl(regions_dir: Path) -> None:
    pack, error = region_or_fallback("xx", regions_dir)
    assert pack.code == "intl"
    assert error is not None
    assert str(error) == "regions/xx.toml: (file): no pack for this region"


def test_a_good_region_loads_without_error(regions_dir: Path) -> None:
    pack, error = region_or_fallback("pt", regions_dir)
    assert (pack.code, error) == ("pt", None)


@pytest.mark.parametrize("code", ["../uk", "UK", "", "u k", "ük", "uk.toml"])
def test_codes_that_are_not_region_codes_never_reach_the_disk(code: str) -> None:
    with pytest.raises(RegionError, match="is not a region code"):
        load_region(code)


def test_file_that_is_not_toml(regions_dir: Path) -> None:
    (regions_dir / "ie.toml").write_text("code = \n[[services]", encoding="utf-8")
    with pytest.raises(RegionError) as excinfo:
        load_region("ie", regions_dir)
    assert problems_of(excinfo) == {("regions/ie.toml", "(toml)")}


def test_file_that_is_not_utf8(regions_dir: Path) -> None:
    (regions_dir / "ie.toml").write_bytes(b'code = "ie"\n\xff\xfe')
    with pytest.raises(RegionError, match="not UTF-8"):
        load_region("ie", regions_dir)


def test_code_must_match_file_name(regions_dir: Path) -> None:
    (regions_dir / "ie.toml").write_text(pack_text("uk"), encoding="utf-8")
    with pytest.raises(RegionError, match="does not match the file name 'ie'"):
        load_region("ie", regions_dir)


@pytest.mark.parametrize(
    ("old", "new", "field", "words"),
    [
        ('paper = "A4"', 'paper = "A3"', "paper", "is not one of: A4, Letter"),
        ("covered = true", 'covered = "yes"', "covered", "must be true or false"),
        ('report_variant = "uk_101"', 'report_variant = "uk_999"', "report_variant", "not one of"),
        ('locales = ["en_GB"', 'locales = ["english"', "locales", "not a locale"),
        ('code = "uk"', 'code = "uk"\ncolour = "blue"', "colour", "unknown field"),
        ("emergency = [", "emergency = []\nold = [", "emergency", "at least one emergency"),
        (
            'categories = ["police"]',
            'categories = ["polce"]',
            "services.police_101.categories",
            "is not one of",
        ),
        (
            'categories = ["police"]',
            "categories = []",
            "services.police_101.categories",
            "at least one",
        ),
        (
            'categories = ["police"]',
            'categories = ["police", "police"]',
            "services.police_101.categories",
            "twice",
        ),
        ('audience = "any"', 'audience = "teens"', "services.police_101.audience", "not one of"),
        ('id = "police_101"', 'id = "emergency"', "services.emergency.id", "reserved"),
        ('id = "ceop"', 'id = "childline"', "services.childline", "used twice"),
        (
            'name = "Childline"',
            'name = "Childline"\nname_key = "regions.x"',
            "services.childline.name",
            "exactly one",
        ),
        (
            'desc = "regions.services.ceop.desc"',
            'desc = "ceop.desc"',
            "services.ceop.desc",
            "expected form",
        ),
        (
            'source = "https://stopncii.org/"',
            'source = "http://stopncii.org/"',
            "services.stopncii.source",
            "https://",
        ),
        (
            'value = "101"',
            'value = "call us"',
            "services.police_101.contacts[0].value",
            "phone number",
        ),
        (
            'kind = "phone", value = "101"',
            'kind = "fax", value = "101"',
            "services.police_101.contacts[0].kind",
            "not one of",
        ),
        (
            'checked = 2026-11-01\ncontacts = [\n  { kind = "phone", value = "101"',
            'checked = "2026-11-01"\ncontacts = [\n  { kind = "phone", value = "101"',
            "services.police_101.checked",
            "must be a date",
        ),
        (
            'checked = 2026-11-01\ncontacts = [\n  { kind = "phone", value = "101"',
            'checked = 2026-11-01T10:00:00\ncontacts = [\n  { kind = "phone", value = "101"',
            "services.police_101.checked",
            "must be a date",
        ),
        (
            'checked = 2026-11-01\ncontacts = [\n  { kind = "phone", value = "101"',
            'checked = 1999-12-31\ncontacts = [\n  { kind = "phone", value = "101"',
            "services.police_101.checked",
            "plausible",
        ),
    ],
)
def test_schema_errors_name_the_field(old: str, new: str, field: str, words: str) -> None:
    text = pack_text("uk")
    assert old in text
    with pytest.raises(RegionError) as excinfo:
        parse_region_text(text.replace(old, new, 1), "regions/uk.toml", "uk")
    matching = [p for p in excinfo.value.problems if p.field == field and words in p.message]
    assert matching, excinfo.value.problems
    assert all(p.file == "regions/uk.toml" for p in excinfo.value.problems)


def test_a_pack_must_offer_removal_for_under_18s() -> None:
    text = pack_text("uk").replace('categories = ["removal_child"]', 'categories = ["support"]')
    with pytest.raises(RegionError, match="no removal_child service for audience under18"):
        parse_region_text(text, "regions/uk.toml")


def test_a_covered_pack_must_name_the_police() -> None:
    text = pack_text("au").replace('categories = ["police"]', 'categories = ["support"]')
    text = text.replace('["police", "fraud"]', '["fraud"]').replace(
        '"child_protection", "police"', '"child_protection"'
    )
    with pytest.raises(RegionError, match="no police service for audience adult"):
        parse_region_text(text, "regions/au.toml")


@pytest.mark.parametrize(
    ("locale", "region"),
    [
        ("es_ES.UTF-8", "es"),
        ("ca_ES.UTF-8", "es"),
        ("gl_ES", "es"),
        ("eu_ES", "es"),
        ("en_GB.UTF-8", "uk"),
        ("cy_GB", "uk"),
        ("cy-GB", "uk"),
        ("gd_GB.UTF-8", "uk"),
        ("en_GB@euro", "uk"),
        ("en_IE.UTF-8", "ie"),
        ("ga_IE", "ie"),
        ("pt_PT.UTF-8", "pt"),
        ("pt_BR.UTF-8", "intl"),
        ("pt", "intl"),
        ("en_US.UTF-8", "us"),
        ("es_US", "us"),
        ("en_CA", "ca"),
        ("fr_CA.UTF-8", "ca"),
        ("en_AU.UTF-8", "au"),
        ("es_MX.UTF-8", "intl"),
        ("fr_FR.UTF-8", "intl"),
        ("de_DE", "intl"),
        ("en", "intl"),
        ("C", "intl"),
        ("C.UTF-8", "intl"),
        ("POSIX", "intl"),
        ("", "intl"),
        (None, "intl"),
    ],
)
def test_region_for_locale(locale: str | None, region: str) -> None:
    assert region_for_locale(locale) == region


def test_locale_guess_skips_a_broken_pack(regions_dir: Path) -> None:
    (regions_dir / "pt.toml").write_text("code = 'pt'", encoding="utf-8")
    assert region_for_locale("pt_PT.UTF-8", regions_dir) == "intl"
    assert region_for_locale("es_ES.UTF-8", regions_dir) == "es"
