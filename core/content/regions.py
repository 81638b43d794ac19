"""Region packs: which numbers and services Harbour shows, and how fresh those facts are.

Packs live in ``resources/regions/<code>.toml`` (schema in ``core.content.region_schema``). A pack
that is missing or broken never crashes the app: ``load_region`` raises ``RegionError`` naming the
file and field, and ``region_or_fallback`` hands back the ``intl`` pack with that error so the
caller can say so (``FALLBACK_MESSAGE_KEY``). Nothing here reads the clock: callers
pass ``today``.
"""

from __future__ import annotations

import calendar
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from core.content.region_model import (
    EMERGENCY_DESC_KEY,
    EMERGENCY_NAME_KEY,
    RESERVED_SERVICE_ID,
    Audience,
    Category,
    Contact,
    ContactKind,
    RegionError,
    RegionPack,
    Service,
)
from core.content.region_schema import parse_pack
from core.paths import resource_path

FALLBACK_REGION = "intl"
STALE_AFTER_MONTHS = 12
# Content keys the UI shows around region facts.
FALLBACK_MESSAGE_KEY = "regions.errors.fallback"  # after region_or_fallback gave an error
LAST_CHECKED_KEY = "regions.checked.last"  # {date}: last_checked(pack)
STALE_KEY = "regions.checked.stale"  # {date}: a fact in stale_facts(pack, today)
CONTACT_KEYS = {kind: f"regions.contacts.{kind}" for kind in ContactKind}  # {number}; url has none
_MAX_PACK_BYTES = 1 << 20


def regions_root() -> Path:
    """The folder holding the bundled region packs."""
    return resource_path("regions")


def parse_region_text(text: str, file: str, expected_code: str | None = None) -> RegionPack:
    """Parse and validate the TOML text of one pack; any fault becomes ``RegionError``."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegionError.single(file, "(toml)", f"not valid TOML: {exc}") from exc
    except RecursionError as exc:
        raise RegionError.single(file, "(toml)", "nested too deeply") from exc
    return parse_pack(data, file, expected_code)


def read_region(path: Path) -> RegionPack:
    """Read one pack file; its ``code`` must match the file name."""
    file = f"regions/{path.name}"
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RegionError.single(file, "(file)", f"cannot be read: {exc.strerror}") from exc
    if len(raw) > _MAX_PACK_BYTES:
        raise RegionError.single(file, "(file)", "is too large to be a region pack")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RegionError.single(file, "(file)", "is not UTF-8 text") from exc
    return parse_region_text(text, file, expected_code=path.stem)


@lru_cache(maxsize=32)
def load_region(code: str, root: Path | None = None) -> RegionPack:
    """The pack for ``code`` (cached; packs are read-only at run time)."""
    folder = root or regions_root()
    if not code.isascii() or not code.isalpha() or not code.islower():
        raise RegionError.single(f"regions/{code}.toml", "code", f"{code!r} is not a region code")
    path = folder / f"{code}.toml"
    if not path.is_file():
        raise RegionError.single(f"regions/{code}.toml", "(file)", "no pack for this region")
    return read_region(path)


def available_regions(root: Path | None = None) -> tuple[str, ...]:
    """Codes of the bundled packs, sorted, with ``intl`` last (``load_region`` validates them)."""
    codes = sorted(p.stem for p in (root or regions_root()).glob("*.toml"))
    return tuple(sorted(codes, key=lambda code: code == FALLBACK_REGION))


def region_or_fallback(
    code: str, root: Path | None = None
) -> tuple[RegionPack, RegionError | None]:
    """The pack for ``code``, or the ``intl`` pack plus the error that made it fall back.

    Raises ``RegionError`` only if the bundled ``intl`` pack is itself broken, a packaging fault
    that the content check and tests catch before release.
    """
    try:
        return load_region(code, root), None
    except RegionError as exc:
        return load_region(FALLBACK_REGION, root), exc


def emergency_service(pack: RegionPack) -> Service | None:
    """The region's emergency numbers as a service (category ``emergency``), or None."""
    if not pack.emergency:
        return None
    return Service(
        id=RESERVED_SERVICE_ID,
        name=None,
        name_key=EMERGENCY_NAME_KEY,
        desc_key=EMERGENCY_DESC_KEY,
        categories=(Category.EMERGENCY,),
        audience=Audience.ANY,
        contacts=pack.emergency,
        source=pack.emergency[0].source,
        checked=min(c.checked for c in pack.emergency),
    )


def services(
    pack: RegionPack, category: Category | str | None = None, age: Audience | str | None = None
) -> tuple[Service, ...]:
    """Services of ``pack`` in one category (all if None), fit for the person's age.

    ``age`` is ``"under18"``, ``"adult"`` or None (unknown). Under 18 gets under-18 and any-age
    services, never adult-only ones; adults never get under-18-only ones; None gets all. The
    emergency numbers come first as an ``emergency`` service. Unknown names raise ``ValueError``.
    """
    wanted = Category(category) if category is not None else None
    person = Audience(age) if age is not None else None
    if person is Audience.ANY:
        raise ValueError("age is 'under18', 'adult' or None")
    emergency = emergency_service(pack)
    pool = ((emergency,) if emergency else ()) + pack.services
    return tuple(
        s
        for s in pool
        if (wanted is None or wanted in s.categories)
        and (person is None or s.audience in (Audience.ANY, person))
    )


def _locale_parts(locale_name: str) -> tuple[str, str]:
    """Language and territory of ``en_GB.UTF-8``, ``cy-GB``, ``sr_RS@latin`` or ``zh_Hant_TW``."""
    parts = locale_name.split(".")[0].split("@")[0].replace("-", "_").split("_")
    territory = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), "")
    return parts[0].lower(), territory


@lru_cache(maxsize=8)
def _locale_index(root: Path | None) -> tuple[dict[str, str], dict[str, str]]:
    exact: dict[str, str] = {}
    by_territory: dict[str, str] = {}
    for code in available_regions(root):
        try:
            pack = load_region(code, root)
        except RegionError:
            continue
        for locale in pack.locales:
            exact.setdefault(locale, code)
            by_territory.setdefault(_locale_parts(locale)[1], code)
    return exact, by_territory


def region_for_locale(locale_name: str | None, root: Path | None = None) -> str:
    """Guess the region from a locale such as ``es_ES.UTF-8``; ``intl`` when nothing fits.

    A locale listed by a pack wins; otherwise the territory decides (``gd_GB`` is the UK,
    ``pt_BR`` is not Portugal).
    """
    if not locale_name:
        return FALLBACK_REGION
    language, territory = _locale_parts(locale_name)
    if not territory:
        return FALLBACK_REGION
    exact, by_territory = _locale_index(root)
    return exact.get(f"{language}_{territory}") or by_territory.get(territory, FALLBACK_REGION)


@dataclass(frozen=True)
class Fact:
    """One dated fact of a pack: a number, link or service, and where it was confirmed."""

    where: str
    value: str
    source: str
    checked: date


def _contact_facts(where: str, contacts: tuple[Contact, ...]) -> list[Fact]:
    return [Fact(f"{where}[{i}]", c.value, c.source, c.checked) for i, c in enumerate(contacts)]


def facts(pack: RegionPack) -> tuple[Fact, ...]:
    """Every dated fact in ``pack``: emergency numbers, services and their contacts."""
    found = _contact_facts("emergency", pack.emergency)
    for s in pack.services:
        found.append(Fact(f"services.{s.id}", s.name or s.id, s.source, s.checked))
        found += _contact_facts(f"services.{s.id}.contacts", s.contacts)
    return tuple(found)


def stale_before(today: date) -> date:
    """The oldest check date still fresh on ``today`` (the same day 12 months earlier)."""
    months = today.month - 1 - STALE_AFTER_MONTHS
    year, month = today.year + months // 12, months % 12 + 1
    return date(year, month, min(today.day, calendar.monthrange(year, month)[1]))


def stale_facts(pack: RegionPack, today: date) -> list[Fact]:
    """Facts whose ``checked`` date is more than 12 months before ``today``."""
    cutoff = stale_before(today)
    return [fact for fact in facts(pack) if fact.checked < cutoff]


def last_checked(pack: RegionPack) -> date:
    """The date by which every fact of ``pack`` had been checked (its oldest check)."""
    return min(fact.checked for fact in facts(pack))
