"""The actions a guide step may offer as buttons, and the prefill values each accepts.

A flow names an action (``diary.add_demand``); the UI's controller maps the name to the form or
page it opens. Flows are checked against this registry, so a typo in a flow file is caught by
``python -m core.flow.check`` rather than by a person in distress pressing a dead button.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType


class PrefillValues(Enum):
    """Prefill value sets that live outside this module."""

    PLATFORM = "an id from resources/platforms.toml"


ACTION_KINDS: tuple[str, ...] = (
    "blocked",
    "reported_platform",
    "police_report",
    "bank_contacted",
    "removal_request",
    "account_secured",
    "told_someone",
)
"""Kinds of "action taken" the diary records (prefill ``kind`` of ``diary.add_action``)."""


@dataclass(frozen=True)
class ActionSpec:
    """One registered action: what it does, and which prefill keys (and values) it accepts."""

    name: str
    description: str
    prefill: Mapping[str, frozenset[str] | PrefillValues] = field(
        default_factory=lambda: MappingProxyType({})
    )


_PLATFORM = MappingProxyType({"platform": PrefillValues.PLATFORM})

ACTIONS: Mapping[str, ActionSpec] = MappingProxyType(
    {
        spec.name: spec
        for spec in (
            ActionSpec(
                "diary.add_account",
                "Record an account or profile of the person blackmailing you.",
                _PLATFORM,
            ),
            ActionSpec("diary.add_message", "Record a message, call or threat.", _PLATFORM),
            ActionSpec("diary.add_demand", "Record what they demanded, how and by when."),
            ActionSpec("diary.add_payment", "Record a payment that was made to them."),
            ActionSpec(
                "diary.add_action",
                "Record something done about it (blocked, reported, bank contacted ...).",
                MappingProxyType({"kind": frozenset(ACTION_KINDS)}),
            ),
            ActionSpec("diary.add_note", "Write a free note in the diary."),
            ActionSpec("evidence.add", "Import files or a screenshot into the evidence store."),
            ActionSpec(
                "evidence.add_description",
                "Record a description and a SHA-256 only, never the image (the under-18 route).",
            ),
            ActionSpec("reports.police", "Build the police report from the diary."),
            ActionSpec("reports.platform_text", "Draft a report text for a platform.", _PLATFORM),
            ActionSpec(
                "reports.bank_text", "Draft a text asking a bank to stop or recall a payment."
            ),
            ActionSpec("family.prepare", "Prepare family and friends: guidance and drafts."),
            ActionSpec("crisis.show", "Show the region's emergency and crisis numbers."),
        )
    }
)
