"""Report forms per region: one model, rendered in the order and words each form expects.

A variant names its region pack (whose services and emergency numbers its guidance points to),
the order of its sections, and its "where to take this report" lines, each shown only when its
condition holds (the person may be under 18, money was paid). Wording lives in
``resources/content/<lang>/reports.toml``: a variant's own heading for a section
(``reports.variants.<code>.headings.<section>``) wins over the common one
(``reports.headings.<section>``); guidance is ``reports.variants.<code>.guidance.<name>``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from core.content.catalog import Catalog
from core.reports.model import Report


class Section(StrEnum):
    """The parts of a report."""

    WHERE = "where"  # where to take this report (guidance, never user text)
    SUMMARY = "summary"  # counts, dates, totals and the person's first note
    VICTIM = "victim"  # age group and region; blanks for details Harbour does not keep
    STATEMENT = "statement"  # the person's own statement
    ACCOUNTS = "accounts"  # accounts and details of the person blackmailing
    MONEY = "money"  # demands, payments and totals per currency
    TIMELINE = "timeline"  # every entry in time order
    EVIDENCE = "evidence"  # files with SHA-256, size, name and time
    ACTIONS = "actions"  # blocked, reported, police references, bank contacts


class Condition(StrEnum):
    """When a guidance line applies."""

    ALWAYS = "always"
    MAYBE_UNDER18 = "maybe_under18"  # under 18, or age not given
    PAID = "paid"  # at least one payment was recorded

    def holds(self, report: Report) -> bool:
        """True if the line applies to this case."""
        if self is Condition.MAYBE_UNDER18:
            return report.case.age_group.value != "adult"
        if self is Condition.PAID:
            return report.money_paid
        return True


@dataclass(frozen=True)
class Guidance:
    """One "where to take this report" line and the region services listed under it."""

    name: str
    when: Condition = Condition.ALWAYS
    services: tuple[str, ...] = ()


@dataclass(frozen=True)
class Variant:
    """One report form: its region pack, section order and guidance lines."""

    code: str
    region: str
    sections: tuple[Section, ...]
    guidance: tuple[Guidance, ...]

    def heading_key(self, section: Section, catalog: Catalog) -> str:
        """The content key of a section's heading in this form."""
        own = f"reports.variants.{self.code}.headings.{section.value}"
        return own if catalog.has(own) else f"reports.headings.{section.value}"

    def guidance_key(self, line: Guidance) -> str:
        """The content key of a guidance line."""
        return f"reports.variants.{self.code}.guidance.{line.name}"

    @property
    def name_key(self) -> str:
        """The content key naming this form ("UK police: 101 or online report")."""
        return f"reports.variants.{self.code}.name"


def _order(names: str) -> tuple[Section, ...]:
    return tuple(Section(name) for name in names.split())


_MAYBE_UNDER18 = Condition.MAYBE_UNDER18
_PAID = Condition.PAID

VARIANTS: Mapping[str, Variant] = MappingProxyType(
    {
        v.code: v
        for v in (
            Variant(
                "uk_101",
                "uk",
                _order("where summary timeline accounts money evidence actions statement victim"),
                (
                    Guidance("police", services=("police_101",)),
                    Guidance("ceop", _MAYBE_UNDER18, ("ceop",)),
                    Guidance("fraud", _PAID, ("report_fraud",)),
                ),
            ),
            Variant(
                "ie_garda",
                "ie",
                _order("where victim statement summary timeline accounts money evidence actions"),
                (
                    Guidance("station", services=("garda_station",)),
                    Guidance("under18", _MAYBE_UNDER18),
                    Guidance("bank", _PAID),
                ),
            ),
            Variant(
                "es_denuncia",
                "es",
                _order("where victim summary statement timeline accounts money evidence actions"),
                (
                    Guidance("denuncia", services=("policia_nacional", "guardia_civil")),
                    Guidance("under18", _MAYBE_UNDER18),
                    Guidance("bank", _PAID),
                    Guidance("links", services=("aepd_canal_prioritario",)),
                ),
            ),
            Variant(
                "pt_queixa",
                "pt",
                _order("where victim summary statement timeline accounts money evidence actions"),
                (
                    Guidance("queixa", services=("policia_judiciaria",)),
                    Guidance("under18", _MAYBE_UNDER18),
                    Guidance("bank", _PAID),
                ),
            ),
            Variant(
                "us_ic3",
                "us",
                _order("where victim accounts money statement summary evidence timeline actions"),
                (
                    Guidance("ic3", services=("ic3",)),
                    Guidance("ncmec", _MAYBE_UNDER18, ("ncmec_cybertipline", "fbi")),
                    Guidance("bank", _PAID),
                ),
            ),
            Variant(
                "ca_cybertip",
                "ca",
                _order("where summary statement accounts money evidence timeline actions victim"),
                (
                    Guidance("police", services=("local_police",)),
                    Guidance("cybertip", _MAYBE_UNDER18, ("cybertip_ca",)),
                    Guidance("fraud", _PAID, ("cafc",)),
                ),
            ),
            Variant(
                "au_reportcyber",
                "au",
                _order("where victim summary statement money accounts evidence timeline actions"),
                (
                    Guidance("reportcyber", services=("reportcyber", "police_assistance_line")),
                    Guidance("accce", _MAYBE_UNDER18, ("accce",)),
                    Guidance("bank", _PAID),
                ),
            ),
            Variant(
                "intl_generic",
                "intl",
                _order("where summary statement timeline accounts money evidence actions victim"),
                (
                    Guidance("police"),
                    Guidance("under18", _MAYBE_UNDER18),
                    Guidance("bank", _PAID),
                ),
            ),
        )
    }
)
# Lines every form ends its guidance with: reports.guidance.<name>.
COMMON_GUIDANCE = ("bring", "unencrypted")


def variant(code: str) -> Variant:
    """The form ``code``, or the international one for an unknown code."""
    return VARIANTS.get(code, VARIANTS["intl_generic"])
