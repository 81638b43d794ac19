"""The guide's English follows the wording rules in CONTENT.md, as far as a test can tell."""

from __future__ import annotations

import pytest

from core.content.catalog import read_language
from core.flow.model import Flow
from tests.wording_rules import FORBIDDEN, long_sentences, offending

STRINGS = {
    k: v
    for k, v in read_language("en-GB").strings.items()
    if k.startswith(("guide.", "platforms."))
}


@pytest.mark.parametrize("pattern", FORBIDDEN)
def test_no_promises_and_no_blame(pattern: str) -> None:
    assert offending(STRINGS, pattern) == []


def test_short_sentences() -> None:
    """Reading age about 11: no sentence over 25 words."""
    assert long_sentences(STRINGS) == []


def test_panic_lines_are_one_short_line(guide: Flow) -> None:
    for step in guide.steps.values():
        short = STRINGS[step.text.short]
        assert "\n" not in short and len(short) <= 70, step.id


def test_facts_that_reassure_are_said(guide: Flow) -> None:
    said = " ".join(STRINGS.values())
    for fact in ("many people every week", "100 to 200 to 500 euros", "does not get images deleted",
                 "money laundering", "partner", "Delete nothing"):  # fmt: skip
        assert fact in said, fact
    assert (
        "Never screenshot, save or forward a nude or sexual image of yourself"
        in STRINGS["guide.steps.evidence_under18.body"]
    )
