"""A report put into words: sections of plain strings that the templates only lay out.

``core.reports.compose.build_view`` fills these. Each ``Field`` says whether its value was typed
by the person (``user``), so the HTML can isolate it for right-to-left scripts; nothing here is
markup, and nothing is ever interpreted as markup or as a template.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

BLANK = "_" * 32  # a line to fill in by hand


@dataclass(frozen=True)
class Field:
    """A label and its value; ``user`` values were typed by the person, ``mono`` ones are hashes."""

    label: str
    value: str
    user: bool = True
    mono: bool = False


@dataclass(frozen=True)
class Block:
    """A titled group of fields: one account, payment, timeline entry or guidance line."""

    title: str
    fields: tuple[Field, ...] = ()


@dataclass(frozen=True)
class SectionView:
    """One section of the report, ready to lay out."""

    id: str
    heading: str
    intro: tuple[str, ...] = ()
    fields: tuple[Field, ...] = ()
    text_label: str | None = None
    text: str | None = None  # the person's own words, line breaks kept
    blocks: tuple[Block, ...] = ()
    empty: str | None = None  # said when the section has nothing


@dataclass(frozen=True)
class ReportView:
    """Everything the HTML and text templates print, in order."""

    lang: str
    title: str
    form: str
    generated: str
    sensitive: str
    page: str  # "Page {page} of {pages}", filled in per page by the PDF writer
    banner: str | None
    sections: tuple[SectionView, ...]


_DROP = {chr(c) for c in range(32) if chr(c) not in "\n\t"} | {chr(127)}
_DROP |= {chr(c) for c in range(0x80, 0xA0)}
_DROP |= set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: str) -> str:
    """User text without control characters or direction overrides: they cannot be printed and
    could reorder the report's own words. Everything else is kept exactly as typed."""
    return "".join(ch for ch in text if ch not in _DROP)


def display_name(name: str | None) -> str | None:
    """A file name safe to show: control, format and direction characters removed."""
    if name is None:
        return None
    kept = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co"))
    return " ".join(kept.split()) or None
