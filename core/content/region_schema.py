"""The shape of a region pack (``resources/regions/<code>.toml``), written as code.

A pack holds one region's emergency numbers and the services that help someone being blackmailed
with intimate images. Every number, link and service carries ``source`` (the official page that
publishes it) and ``checked`` (the day someone last confirmed it there). Words the user reads are
not in the pack: it names content keys of ``resources/content/<lang>/regions.toml``. Layout::

    code = "uk"
    name = "regions.names.uk"             # content key
    covered = true                        # false only for the "intl" fallback
    paper = "A4"                          # or "Letter"
    locales = ["en_GB", "cy_GB"]          # the first is the formatting hint
    report_variant = "uk_101"
    notice = "regions.notices.uk"         # optional content key
    emergency = [{ number = "999", source = "https://…", checked = 2026-11-01 }]

    [[services]]
    id = "childline"
    name = "Childline"                    # a proper name, shown as-is (or name_key = "regions.…")
    desc = "regions.services.childline.desc"
    categories = ["child_support", "crisis"]
    audience = "under18"                  # whose situation it serves: any, under18 or adult
    source = "https://…"
    checked = 2026-11-01
    contacts = [{ kind = "phone", value = "0800 1111", source = "https://…", checked = 2026-11-01 }]

``parse_pack`` checks all of it and raises ``RegionError`` listing every problem by file and field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar
from urllib.parse import urlsplit

from core.content.region_model import (
    REPORT_VARIANTS,
    RESERVED_SERVICE_ID,
    Audience,
    Category,
    Contact,
    ContactKind,
    Paper,
    RegionError,
    RegionPack,
    RegionProblem,
    Service,
)

# Every pack must help both ages get images removed; a covered region must also name the police
# and a crisis line for both ages.
_NEEDED_ALWAYS = (
    (Category.REMOVAL_CHILD, Audience.UNDER18),
    (Category.REMOVAL_ADULT, Audience.ADULT),
)
_NEEDED_WHEN_COVERED = tuple(
    (category, age)
    for category in (Category.POLICE, Category.CRISIS)
    for age in (Audience.UNDER18, Audience.ADULT)
)

_CODE = re.compile(r"[a-z]{2,8}")
_SERVICE_ID = re.compile(r"[a-z][a-z0-9_]{1,40}")
_CONTENT_KEY = re.compile(r"regions(\.[a-z0-9_]+)+")
_LOCALE = re.compile(r"[a-z]{2,3}_[A-Z]{2}")
_NUMBER = re.compile(r"\+?[0-9A-Z](?:[0-9A-Z -]{0,30}[0-9A-Z])?")
_OLDEST_CHECK = date(2000, 1, 1)

_PACK_FIELDS = frozenset(
    [
        "code",
        "name",
        "covered",
        "paper",
        "locales",
        "report_variant",
        "notice",
        "emergency",
        "services",
    ]
)
_SERVICE_FIELDS = frozenset(
    ["id", "name", "name_key", "desc", "categories", "audience", "source", "checked", "contacts"]
)
_CONTACT_FIELDS = frozenset({"kind", "value", "source", "checked"})
_EMERGENCY_FIELDS = frozenset({"number", "source", "checked"})


_E = TypeVar("_E", bound=StrEnum)


class _Table:
    """Typed reads from one TOML table, recording a problem instead of raising."""

    def __init__(self, data: object, path: str, file: str, problems: list[RegionProblem]) -> None:
        self.path, self.file, self.problems = path, file, problems
        self.data: Mapping[str, object] = data if isinstance(data, Mapping) else {}
        if not isinstance(data, Mapping):
            self.fail("", "must be a table")

    def fail(self, key: str, message: str) -> None:
        field = ".".join(part for part in (self.path, key) if part) or "(top)"
        self.problems.append(RegionProblem(self.file, field, message))

    def reject_unknown(self, allowed: frozenset[str]) -> None:
        for key in self.data:
            if key not in allowed:
                self.fail(str(key), "unknown field")

    def text(
        self, key: str, pattern: re.Pattern[str] | None = None, *, optional: bool = False
    ) -> str:
        value = self.data.get(key)
        if value is None and optional:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.fail(key, "missing" if value is None else "must be non-empty text")
            return ""
        if pattern is not None and not pattern.fullmatch(value):
            self.fail(key, f"{value!r} does not have the expected form")
        return value

    def url(self, key: str) -> str:
        value = self.text(key)
        if value and not _is_https_url(value):
            self.fail(key, f"{value!r} must be an https:// link")
        return value

    def day(self, key: str) -> date:
        value = self.data.get(key)
        if isinstance(value, datetime) or not isinstance(value, date):
            self.fail(key, "missing" if value is None else "must be a date such as 2026-11-01")
            return _OLDEST_CHECK
        if value < _OLDEST_CHECK:
            self.fail(key, f"{value.isoformat()} is not a plausible check date")
        return value

    def flag(self, key: str) -> bool:
        value = self.data.get(key)
        if not isinstance(value, bool):
            self.fail(key, "missing" if value is None else "must be true or false")
            return False
        return value

    def choice(self, key: str, enum: type[_E]) -> _E | None:
        return self.member(key, enum, self.data.get(key))

    def member(self, key: str, enum: type[_E], raw: object) -> _E | None:
        if isinstance(raw, str):
            try:
                return enum(raw)
            except ValueError:
                pass
        allowed = ", ".join(member.value for member in enum)
        self.fail(key, f"{raw!r} is not one of: {allowed}")
        return None

    def array(self, key: str, *, optional: bool = False) -> list[object]:
        value = self.data.get(key)
        if value is None and optional:
            return []
        if not isinstance(value, list):
            self.fail(key, "missing" if value is None else "must be a list")
            return []
        return value


def _is_https_url(value: str) -> bool:
    if len(value) > 500 or any(ch.isspace() or ord(ch) < 32 for ch in value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme == "https" and bool(parts.hostname)


def _contact(table: _Table, kind: ContactKind | None, key: str) -> Contact | None:
    value = table.text(key)
    if kind is ContactKind.URL:
        if value and not _is_https_url(value):
            table.fail(key, f"{value!r} must be an https:// link")
    elif value and (not _NUMBER.fullmatch(value) or sum(ch.isdigit() for ch in value) < 3):
        table.fail(key, f"{value!r} is not a phone number as people dial it")
    source, checked = table.url("source"), table.day("checked")
    return Contact(kind, value, source, checked) if kind else None


def _read_contacts(table: _Table) -> tuple[Contact, ...]:
    contacts = []
    for index, raw in enumerate(table.array("contacts", optional=True)):
        entry = _Table(raw, f"{table.path}.contacts[{index}]", table.file, table.problems)
        entry.reject_unknown(_CONTACT_FIELDS)
        kind = entry.choice("kind", ContactKind)
        contact = _contact(entry, kind, "value")
        if contact:
            contacts.append(contact)
    return tuple(contacts)


def _read_categories(table: _Table) -> tuple[Category, ...]:
    raw = table.array("categories")
    if not raw and "categories" in table.data:
        table.fail("categories", "must name at least one category")
    found: list[Category] = []
    for value in raw:
        category = table.member("categories", Category, value)
        if category in found:
            table.fail("categories", f"{category} is listed twice")
        elif category:
            found.append(category)
    return tuple(found)


def _read_service(raw: object, index: int, file: str, problems: list[RegionProblem]) -> Service:
    ident = raw.get("id") if isinstance(raw, Mapping) else None
    label = ident if isinstance(ident, str) and _SERVICE_ID.fullmatch(ident) else f"[{index}]"
    table = _Table(raw, f"services.{label}", file, problems)
    table.reject_unknown(_SERVICE_FIELDS)
    service_id = table.text("id", _SERVICE_ID)
    if service_id == RESERVED_SERVICE_ID:
        table.fail("id", "'emergency' is reserved: list emergency numbers under emergency")
    name = table.text("name", optional=True) or None
    name_key = table.text("name_key", _CONTENT_KEY, optional=True) or None
    if (name is None) == (name_key is None):
        table.fail("name", "give exactly one of name (a proper name) or name_key (a content key)")
    return Service(
        id=service_id,
        name=name,
        name_key=name_key,
        desc_key=table.text("desc", _CONTENT_KEY),
        categories=_read_categories(table),
        audience=table.choice("audience", Audience) or Audience.ANY,
        contacts=_read_contacts(table),
        source=table.url("source"),
        checked=table.day("checked"),
    )


def _read_emergency(table: _Table) -> tuple[Contact, ...]:
    numbers = []
    for index, raw in enumerate(table.array("emergency")):
        entry = _Table(raw, f"emergency[{index}]", table.file, table.problems)
        entry.reject_unknown(_EMERGENCY_FIELDS)
        contact = _contact(entry, ContactKind.PHONE, "number")
        if contact:
            numbers.append(contact)
    return tuple(numbers)


def _check_coverage(pack: RegionPack, top: _Table) -> None:
    ids = [s.id for s in pack.services]
    for service_id in sorted({i for i in ids if i and ids.count(i) > 1}):
        top.fail(f"services.{service_id}", "id is used twice")
    if pack.covered and not pack.emergency:
        top.fail("emergency", "a covered region needs at least one emergency number")
    if pack.covered and not pack.locales:
        top.fail("locales", "a covered region needs at least one locale")
    needed = _NEEDED_ALWAYS + (_NEEDED_WHEN_COVERED if pack.covered else ())
    for category, age in needed:
        if not any(
            category in s.categories and s.audience in (Audience.ANY, age) for s in pack.services
        ):
            top.fail("services", f"no {category} service for audience {age}")


def parse_pack(data: object, file: str, expected_code: str | None = None) -> RegionPack:
    """Check parsed TOML ``data`` against the schema; ``file`` names it in every problem."""
    problems: list[RegionProblem] = []
    top = _Table(data, "", file, problems)
    top.reject_unknown(_PACK_FIELDS)
    code = top.text("code", _CODE)
    if expected_code is not None and code and code != expected_code:
        top.fail("code", f"{code!r} does not match the file name {expected_code!r}")
    locales = top.array("locales")
    for value in locales:
        if not isinstance(value, str) or not _LOCALE.fullmatch(value):
            top.fail("locales", f"{value!r} is not a locale such as en_GB")
    variant = top.text("report_variant")
    if variant and variant not in REPORT_VARIANTS:
        known = ", ".join(sorted(REPORT_VARIANTS))
        top.fail("report_variant", f"{variant!r} is not one of: {known}")
    pack = RegionPack(
        code=code,
        name_key=top.text("name", _CONTENT_KEY),
        covered=top.flag("covered"),
        emergency=_read_emergency(top),
        paper=top.choice("paper", Paper) or Paper.A4,
        locales=tuple(v for v in locales if isinstance(v, str)),
        report_variant=variant,
        notice_key=top.text("notice", _CONTENT_KEY, optional=True) or None,
        services=tuple(
            _read_service(raw, index, file, problems)
            for index, raw in enumerate(top.array("services"))
        ),
    )
    _check_coverage(pack, top)
    if problems:
        raise RegionError(problems)
    return pack
