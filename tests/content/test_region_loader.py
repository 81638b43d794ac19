"""Loading packs: clear errors for broken or unknown packs, the intl fallback, locale guesses."""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from core.content.region_model import RegionError
from core.content.region_schema import parse_pack
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


def with_value(data: Any, path: tuple[str | int, ...], value: object) -> Any:
    """A copy of parsed TOML ``data`` with ``value`` at ``path``; a text step in a list of
    services picks the service by id."""
    if not path:
        return value
    step, rest = path[0], path[1:]
    if isinstance(data, dict):
        return {**data, step: with_value(data.get(step), rest, value)}
    index = (
        next(i for i, s in enumerate(data) if s.get("id") == step)
        if isinstance(step, str)
        else step
    )
    return [*data[:index], with_value(data[index], rest, value), *data[index + 1 :]]


POLICE = ("services", "police_101")
P = "services.police_101"


@pytest.mark.parametrize(
    ("path", "value", "field", "words"),
    [
        (("paper",), "A3", "paper", "is not one of: A4, Letter"),
        (("covered",), "yes", "covered", "must be true or false"),
        (("report_variant",), "uk_999", "report_variant", "not one of"),
        (("locales", 0), "english", "locales", "not a locale"),
        (("colour",), "blue", "colour", "unknown field"),
        (("emergency",), [], "emergency", "at least one emergency"),
        (("emergency", 0, "number"), "", "emergency[0].number", "non-empty text"),
        ((*POLICE, "categories"), ["polce"], f"{P}.categories", "is not one of"),
        ((*POLICE, "categories"), [], f"{P}.categories", "at least one"),
        ((*POLICE, "categories"), ["police", "police"], f"{P}.categories", "twice"),
        ((*POLICE, "audience"), "teens", f"{P}.audience", "not one of"),
        ((*POLICE, "contacts", 0, "value"), "call us", f"{P}.contacts[0].value", "phone number"),
        ((*POLICE, "contacts", 0, "kind"), "fax", f"{P}.contacts[0].kind", "not one of"),
        ((*POLICE, "checked"), "2026-11-01", f"{P}.checked", "must be a date"),
        ((*POLICE, "checked"), datetime(2026, 11, 1, 10), f"{P}.checked", "must be a date"),
        ((*POLICE, "checked"), date(1999, 12, 31), f"{P}.checked", "plausible"),
        ((*POLICE, "source"), "http://www.police.uk/", f"{P}.source", "https://"),
        ((*POLICE, "id"), "emergency", "services.emergency.id", "reserved"),
        (("services", "ceop", "id"), "childline", "services.childline", "used twice"),
        (("services", "ceop", "desc"), "ceop.desc", "services.ceop.desc", "expected form"),
        (("services", "childline", "name_key"), "regions.x", "services.childline.name", "one of"),
    ],
)
def test_schema_errors_name_the_field(
    path: tuple[str | int, ...], value: object, field: str, words: str
) -> None:
    data = with_value(tomllib.loads(pack_text("uk")), path, value)
    with pytest.raises(RegionError) as excinfo:
        parse_pack(data, "regions/uk.toml", "uk")
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
