"""CONTENT.md's wording rules as far as a test can tell: no promises nobody can keep, no words
that blame, and sentences short enough for a reading age of about 11."""

from __future__ import annotations

import re

# Promises nobody can keep, and words that blame.
FORBIDDEN = [
    r"will be deleted",
    r"will be removed",
    r"will stay (secret|private)",
    r"guarantee",
    r"\bsexting\b",
    r"should(n't| not) have",
    r"you should have",
    r"revenge porn",
    r"(?<!not )your fault",
    r"\bstupid\b",
]
MAX_WORDS = 25


def offending(strings: dict[str, str], pattern: str) -> list[str]:
    """The keys whose text matches ``pattern`` (case-insensitive)."""
    return [k for k, v in strings.items() if re.search(pattern, v, re.IGNORECASE)]


def long_sentences(strings: dict[str, str], ends: str = ".!?") -> list[tuple[str, str]]:
    """(key, sentence) for every sentence over ``MAX_WORDS`` words; sentences end in ``ends``."""
    splitter = re.compile(rf"(?<=[{re.escape(ends)}])\s+")
    return [
        (k, s) for k, v in strings.items() for s in splitter.split(v) if len(s.split()) > MAX_WORDS
    ]
