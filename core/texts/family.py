"""Preparing family and friends: guidance, message drafts and a part for the person told.

The wording is in ``resources/content/<lang>/family.toml``; this module names the keys and
puts the pieces together as plain text for copying, printing or saving. Nothing here reads or
needs the diary.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.content.catalog import Catalog
from core.content.region_model import Category, RegionPack, Service
from core.content.regions import services

AGE_GROUPS: tuple[str, ...] = ("adult", "under18")
RECIPIENTS: tuple[str, ...] = ("parent", "partner", "friend", "employer", "teacher", "everyone")
TONES: tuple[str, ...] = ("short", "detailed")
TOPICS: tuple[str, ...] = ("whether", "whom", "how", "scared")
HELPER_PARTS: tuple[str, ...] = ("expect", "support", "help")

# What the person told may need, besides emergency and crisis lines.
_HELPER_CATEGORIES: dict[str, tuple[Category, ...]] = {
    "adult": (Category.EMERGENCY, Category.CRISIS, Category.REMOVAL_ADULT),
    "under18": (
        Category.EMERGENCY,
        Category.CRISIS,
        Category.CHILD_PROTECTION,
        Category.REMOVAL_CHILD,
    ),
}


@dataclass(frozen=True)
class Section:
    """A titled piece of guidance."""

    title: str
    body: str


def age_group(value: str | None) -> str:
    """The family wording's age group: ``under18`` only when known to be under 18."""
    return "under18" if value == "under18" else "adult"


def _key(age: str, *parts: str) -> str:
    return ".".join(("family", *parts[:1], age_group(age), *parts[1:]))


def _sections(catalog: Catalog, age: str, group: str, names: tuple[str, ...]) -> list[Section]:
    return [
        Section(
            catalog.text(_key(age, group, f"{name}_title")),
            catalog.text(_key(age, group, name)).strip(),
        )
        for name in names
    ]


def guidance(catalog: Catalog, age: str) -> list[Section]:
    """Whether to tell, whom, how, and what to do when scared of the reaction."""
    return _sections(catalog, age, "guidance", TOPICS)


def recipient_label(catalog: Catalog, age: str, recipient: str) -> str:
    """Who a draft is for, as the page lists it (``A parent or carer``)."""
    if recipient not in RECIPIENTS:
        raise KeyError(recipient)
    return catalog.text(_key(age, "recipients", recipient))


def draft(catalog: Catalog, age: str, recipient: str, tone: str) -> str:
    """The message draft for one recipient, in a short or detailed tone."""
    if recipient not in RECIPIENTS or tone not in TONES:
        raise KeyError(f"{recipient}.{tone}")
    return catalog.text(_key(age, "drafts", recipient, tone)).strip() + "\n"


def _service_name(catalog: Catalog, service: Service) -> str:
    if service.name:
        return service.name
    return catalog.text(service.name_key) if service.name_key else service.id


def service_lines(catalog: Catalog, pack: RegionPack, age: str) -> list[str]:
    """``Name: number`` for each emergency, crisis and removal service of the region."""
    seen: set[str] = set()
    lines = []
    for category in _HELPER_CATEGORIES[age_group(age)]:
        for service in services(pack, category, age_group(age)):
            if service.id in seen or not service.contacts:
                continue
            seen.add(service.id)
            contacts = ", ".join(c.value for c in service.contacts)
            line = catalog.text(
                _key(age, "helper", "service_line"),
                name=_service_name(catalog, service),
                contacts=contacts,
            )
            lines.append(line)
    return lines


def helper_sections(catalog: Catalog, age: str) -> list[Section]:
    """What to expect, how to help, and what to do if the person talks of self-harm."""
    return _sections(catalog, age, "helper", HELPER_PARTS)


def helper_text(catalog: Catalog, age: str, pack: RegionPack | None) -> str:
    """The part for the person told, as one plain text with the region's numbers at the end."""
    lines = service_lines(catalog, pack, age) if pack is not None else []
    if pack is None or not pack.emergency:
        lines.insert(0, catalog.text(_key(age, "helper", "no_services")))
    blocks = [
        catalog.text(_key(age, "helper", "title")),
        catalog.text(_key(age, "helper", "intro")).strip(),
        *(f"{s.title}\n\n{s.body}" for s in helper_sections(catalog, age)),
        catalog.text(_key(age, "helper", "services_title")) + "\n\n" + "\n".join(lines),
    ]
    return "\n\n".join(blocks) + "\n"
