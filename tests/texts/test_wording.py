"""The texts' and family page's English follows CONTENT.md's wording rules, as far as a test can
tell (the same checks as the guide's, plus promises about deleting and gap markers)."""

from __future__ import annotations

import re

import pytest

from core.content.catalog import read_language
from tests.wording_rules import FORBIDDEN, long_sentences, offending

STRINGS = {
    k: v for k, v in read_language("en-GB").strings.items() if k.startswith(("texts.", "family."))
}
MORE_FORBIDDEN = [
    r"will (be )?delet",
    r"will (go away|disappear|be gone|be taken down)",
    r"(nobody|no one) will (ever )?(see|know)",
    r"\bnaive\b",
    r"\bcareless\b",
    r"why did you",
    r"how could you",
    r"\bashamed\b",
]


def test_the_files_are_there() -> None:
    assert any(k.startswith("texts.") for k in STRINGS)
    assert any(k.startswith("family.") for k in STRINGS)


@pytest.mark.parametrize("pattern", FORBIDDEN + MORE_FORBIDDEN)
def test_no_promises_and_no_blame(pattern: str) -> None:
    assert offending(STRINGS, pattern) == []


def test_short_sentences() -> None:
    """Reading age about 11: no sentence over 25 words."""
    assert long_sentences(STRINGS, ends=".!?:") == []


def test_gaps_are_clearly_marked() -> None:
    gaps = {
        k: v
        for k, v in STRINGS.items()
        if k.startswith(("texts.gaps.", "texts.platform.account_gap."))
    }
    assert len(gaps) >= 10
    assert [k for k, v in gaps.items() if not re.fullmatch(r"\[[^\[\]{}]+\]", v)] == []


def test_the_words_content_asks_for() -> None:
    said = " ".join(STRINGS.values())
    assert "intimate images" in said
    assert "person blackmailing" in said
    assert "sextortion" in said
    assert "A recall is not always possible. Asking quickly gives the best chance." in said
