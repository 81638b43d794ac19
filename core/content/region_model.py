"""The data of a region pack: its vocabulary and the frozen objects the loader hands out.

``core.content.region_schema`` checks a pack's TOML and builds these; nothing else creates them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Category(StrEnum):
    """What a service is for; the guide engine asks for services by these."""

    EMERGENCY = "emergency"
    CRISIS = "crisis"
    POLICE = "police"
    FRAUD = "fraud"
    CHILD_PROTECTION = "child_protection"
    CHILD_SUPPORT = "child_support"
    REMOVAL_ADULT = "removal_adult"
    REMOVAL_CHILD = "removal_child"
    ONLINE_SAFETY = "online_safety"
    SUPPORT = "support"


class Audience(StrEnum):
    """Whose situation a service serves: the person being blackmailed, by age."""

    ANY = "any"
    UNDER18 = "under18"
    ADULT = "adult"


class ContactKind(StrEnum):
    """How a service is reached."""

    PHONE = "phone"
    SMS = "sms"
    WHATSAPP = "whatsapp"
    URL = "url"


class Paper(StrEnum):
    """Paper size for printed reports."""

    A4 = "A4"
    LETTER = "Letter"


REPORT_VARIANTS = frozenset(
    [
        "uk_101",
        "ie_garda",
        "es_denuncia",
        "pt_queixa",
        "us_ic3",
        "ca_cybertip",
        "au_reportcyber",
        "intl_generic",
    ]
)
RESERVED_SERVICE_ID = "emergency"
EMERGENCY_NAME_KEY = "regions.services.emergency.name"
EMERGENCY_DESC_KEY = "regions.services.emergency.desc"
NO_EMERGENCY_KEY = "regions.emergency.none"  # crisis bar text where a pack has no number


@dataclass(frozen=True)
class RegionProblem:
    """One thing wrong with a pack: which file, which field, what is wrong."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}"


class RegionError(ValueError):
    """A region pack is missing, unreadable or does not match the schema."""

    def __init__(self, problems: Sequence[RegionProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, file: str, field: str, message: str) -> RegionError:
        """An error with one problem."""
        return cls([RegionProblem(file, field, message)])


@dataclass(frozen=True)
class Contact:
    """A phone number, SMS or WhatsApp number, or link, with where and when it was confirmed."""

    kind: ContactKind
    value: str
    source: str
    checked: date


@dataclass(frozen=True)
class Service:
    """A helpline, police route or removal service of one region."""

    id: str
    name: str | None
    name_key: str | None
    desc_key: str
    categories: tuple[Category, ...]
    audience: Audience
    contacts: tuple[Contact, ...]
    source: str
    checked: date

    def contacts_of(self, kind: ContactKind) -> tuple[Contact, ...]:
        """This service's contacts of one kind, in pack order."""
        return tuple(c for c in self.contacts if c.kind is kind)


@dataclass(frozen=True)
class RegionPack:
    """One region's emergency numbers, services and report settings."""

    code: str
    name_key: str
    covered: bool
    emergency: tuple[Contact, ...]
    paper: Paper
    locales: tuple[str, ...]
    report_variant: str
    notice_key: str | None
    services: tuple[Service, ...]

    @property
    def emergency_numbers(self) -> tuple[str, ...]:
        """The numbers for the crisis bar, e.g. ``("112", "999")``.

        Empty for ``intl``: the crisis bar then shows ``NO_EMERGENCY_KEY`` ("call your local
        emergency number").
        """
        return tuple(c.value for c in self.emergency)

    @property
    def locale(self) -> str | None:
        """The main locale hint for formatting (``"es_ES"``), or None for ``intl``."""
        return self.locales[0] if self.locales else None

    def content_keys(self) -> frozenset[str]:
        """Every content key this pack makes the app look up."""
        keys = {self.name_key}
        if self.notice_key:
            keys.add(self.notice_key)
        keys |= {EMERGENCY_NAME_KEY, EMERGENCY_DESC_KEY} if self.emergency else {NO_EMERGENCY_KEY}
        for service in self.services:
            keys.add(service.desc_key)
            if service.name_key:
                keys.add(service.name_key)
        return frozenset(keys)
