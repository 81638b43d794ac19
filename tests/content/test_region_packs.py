"""The bundled region packs: they validate, and carry exactly the facts of CONTENT.md's table."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from core.content.catalog import placeholders, read_language
from core.content.region_model import (
    NO_EMERGENCY_KEY,
    Audience,
    Category,
    Contact,
    ContactKind,
    Paper,
    RegionPack,
    Service,
)
from core.content.regions import (
    CONTACT_KEYS,
    FALLBACK_MESSAGE_KEY,
    LAST_CHECKED_KEY,
    STALE_KEY,
    available_regions,
    load_region,
    services,
)

COVERED = ("uk", "ie", "es", "pt", "us", "ca", "au")

# Every number in shared/CONTENT.md's "Region packs" table (gathered November 2026), per region.
CONTENT_MD_NUMBERS = {
    "uk": {"999", "101", "0300 123 2040", "0800 1111", "0808 800 5000", "0345 6000 459", "116 123"},
    "ie": {"112", "999", "1800 66 66 66", "116 123"},
    "es": {"112", "091", "062", "900 20 20 10", "616 172 204", "017", "024"},
    "pt": {"112", "116 111", "800 21 90 90", "116 006", "808 24 24 24"},
    "us": {"911", "1-800-CALL-FBI", "1-800-843-5678", "988"},
    "ca": {"911", "1-888-495-8501", "1-866-658-9022", "1-800-668-6868", "9-8-8"},
    "au": {"000", "131 444", "1800 55 1800", "13 11 14"},
    "intl": set(),
}


def ids(found: Sequence[Service]) -> set[str]:
    return {s.id for s in found}


def test_the_bundled_regions_are_the_eight_expected() -> None:
    assert available_regions() == ("au", "ca", "es", "ie", "pt", "uk", "us", "intl")


@pytest.mark.parametrize("code", [*COVERED, "intl"])
def test_every_pack_validates(code: str) -> None:
    pack = load_region(code)
    assert isinstance(pack, RegionPack)
    assert pack.code == code
    assert pack.covered is (code != "intl")


@pytest.mark.parametrize(
    ("code", "numbers"),
    [
        ("uk", ("999",)),
        ("ie", ("112", "999")),
        ("es", ("112",)),
        ("pt", ("112",)),
        ("us", ("911",)),
        ("ca", ("911",)),
        ("au", ("000",)),
    ],
)
def test_emergency_number_is_the_content_md_one(code: str, numbers: tuple[str, ...]) -> None:
    assert load_region(code).emergency_numbers == numbers


def test_intl_has_no_emergency_number_and_says_it_is_not_covered() -> None:
    pack = load_region("intl")
    assert pack.emergency_numbers == ()
    assert pack.notice_key == "regions.notices.intl"
    assert ids(pack.services) == {"stopncii", "take_it_down"}
    assert services(pack, Category.EMERGENCY) == ()


@pytest.mark.parametrize("code", [*COVERED, "intl"])
def test_no_number_is_invented(code: str) -> None:
    pack = load_region(code)
    dialled = {c.value for c in pack.emergency} | {
        c.value for s in pack.services for c in s.contacts if c.kind is not ContactKind.URL
    }
    assert dialled == CONTENT_MD_NUMBERS[code]


@pytest.mark.parametrize("code", [*COVERED, "intl"])
def test_every_fact_has_an_official_source_and_the_november_2026_date(code: str) -> None:
    pack = load_region(code)
    entries: list[Contact | Service] = [*pack.emergency, *pack.services]
    entries += [c for s in pack.services for c in s.contacts]
    for entry in entries:
        assert entry.source.startswith("https://")
        assert entry.checked.isoformat() == "2026-11-01"


@pytest.mark.parametrize(
    ("code", "paper", "variant", "locale"),
    [
        ("uk", Paper.A4, "uk_101", "en_GB"),
        ("ie", Paper.A4, "ie_garda", "en_IE"),
        ("es", Paper.A4, "es_denuncia", "es_ES"),
        ("pt", Paper.A4, "pt_queixa", "pt_PT"),
        ("us", Paper.LETTER, "us_ic3", "en_US"),
        ("ca", Paper.LETTER, "ca_cybertip", "en_CA"),
        ("au", Paper.A4, "au_reportcyber", "en_AU"),
        ("intl", Paper.A4, "intl_generic", None),
    ],
)
def test_report_settings(code: str, paper: Paper, variant: str, locale: str | None) -> None:
    pack = load_region(code)
    assert (pack.paper, pack.report_variant, pack.locale) == (paper, variant, locale)


@pytest.mark.parametrize("code", [*COVERED, "intl"])
def test_every_content_key_a_pack_uses_exists_in_en_gb(code: str) -> None:
    english = read_language("en-GB").strings
    assert load_region(code).content_keys() <= english.keys()


@pytest.mark.parametrize("code", [*COVERED, "intl"])
@pytest.mark.parametrize("category", list(Category))
def test_ages_never_see_the_other_ages_only_services(code: str, category: Category) -> None:
    pack = load_region(code)
    assert all(s.audience is not Audience.ADULT for s in services(pack, category, "under18"))
    assert all(s.audience is not Audience.UNDER18 for s in services(pack, category, "adult"))


def test_uk_removal_under_18_is_report_remove_never_stopncii() -> None:
    uk = load_region("uk")
    assert ids(services(uk, "removal_child", "under18")) == {"report_remove", "take_it_down"}
    assert ids(services(uk, "removal_adult", "under18")) == set()
    assert "stopncii" not in ids(services(uk, None, "under18"))


def test_uk_removal_for_adults_is_stopncii_never_report_remove() -> None:
    uk = load_region("uk")
    assert ids(services(uk, "removal_adult", "adult")) == {"stopncii", "revenge_porn_helpline"}
    assert "report_remove" not in ids(services(uk, None, "adult"))


def test_uk_services_by_category() -> None:
    uk = load_region("uk")
    assert ids(services(uk, "police")) == {"police_101", "report_fraud", "ceop"}
    assert ids(services(uk, "fraud")) == {"report_fraud"}
    assert ids(services(uk, "crisis", "adult")) == {"samaritans"}
    assert ids(services(uk, "crisis", "under18")) == {"childline", "samaritans"}
    assert ids(services(uk, "child_protection", "under18")) == {"ceop", "nspcc"}


def test_unknown_age_sees_every_service_and_emergency_comes_first() -> None:
    ie = load_region("ie")
    everything = services(ie)
    assert everything[0].id == "emergency"
    assert [c.value for c in everything[0].contacts] == ["112", "999"]
    assert everything[1:] == ie.services


def test_emergency_category_gives_the_pack_numbers() -> None:
    (emergency,) = services(load_region("au"), "emergency", "under18")
    assert emergency.name_key == "regions.services.emergency.name"
    assert [c.value for c in emergency.contacts] == ["000"]


def test_regional_removal_routes() -> None:
    au, ca, es = load_region("au"), load_region("ca"), load_region("es")
    assert "esafety" in ids(services(au, "removal_child", "under18"))
    assert "esafety" in ids(services(au, "removal_adult", "adult"))
    assert {"cybertip_ca", "take_it_down"} <= ids(services(ca, "removal_child", "under18"))
    (aepd,) = [s for s in es.services if s.id == "aepd_canal_prioritario"]
    assert [c.value for c in aepd.contacts_of(ContactKind.WHATSAPP)] == ["616 172 204"]
    assert {Category.REMOVAL_ADULT, Category.REMOVAL_CHILD} <= set(aepd.categories)


def test_unknown_category_or_age_is_a_programming_error() -> None:
    uk = load_region("uk")
    with pytest.raises(ValueError, match="sexting"):
        services(uk, "sexting")
    with pytest.raises(ValueError):
        services(uk, "police", "any")
    with pytest.raises(ValueError):
        services(uk, "police", "child")


def test_the_keys_the_ui_shows_around_region_facts_exist() -> None:
    english = read_language("en-GB").strings
    keys = {FALLBACK_MESSAGE_KEY, LAST_CHECKED_KEY, STALE_KEY, NO_EMERGENCY_KEY}
    assert keys | set(CONTACT_KEYS.values()) <= english.keys()
    assert placeholders(english[LAST_CHECKED_KEY]) == placeholders(english[STALE_KEY]) == {"date"}
    assert placeholders(english[CONTACT_KEYS[ContactKind.PHONE]]) == {"number"}
    assert NO_EMERGENCY_KEY in load_region("intl").content_keys()
