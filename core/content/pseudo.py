"""The pseudolocale: English wording made to look foreign, longer and fenced in brackets.

Tests and ``python -m ui.tour --lang pseudo`` use it (it is never shipped as a language) to see,
before translators finish, where longer words are cut off and which words never go through a
catalogue. Each line of a text becomes accented look-alikes (``a`` -> ``á``), about 40 % longer
with padding *words* (so wrapping is exercised, not just width), between ``[`` and ``]`` so a cut
at either end shows. ``{placeholders}``, Qt's ``%1``, ``&`` accelerators, links, e-mail
addresses, phone numbers, markup and line breaks are left exactly as they were.
"""

from __future__ import annotations

import json
import math
import re
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path

GROWTH = 0.4
"""How much longer each line gets, at least (translations into Welsh or Spanish often are)."""

MIN_PADDING = 3
"""Characters a very short line grows by at least ("OK" grows most in real languages)."""

OPEN, CLOSE = "[", "]"

_ACCENTED = str.maketrans(
    "aeiouycnszAEIOUYCNSZ",
    "áëïöüýçñšžÁËÏÖÜÝÇÑŠŽ",
)
_PADDING = ("ëxtrá", "wördš", "för", "lëñgth", "ánd", "wráppïñg", "ïñ", "möré", "láñgüágëš")

# Spans copied unchanged, tried in this order at each position.
_KEPT = re.compile(
    r"""
      \{\{ | \}\} | \{[^{}\n]*\}                    # {placeholders} and escaped braces
    | %L?\d+ | %n | %%                              # Qt arguments
    | &(?:[a-zA-Z]+|\#\d+|\#x[0-9a-fA-F]+);         # markup entities
    | && | &\w                                      # & accelerators: the letter is the key
    | <[^<>\n]+>                                    # markup tags
    | (?:https?|mailto|file)://[^\s<>]+ | www\.[^\s<>]+   # links
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                  # e-mail addresses
    | \+?\(?\d[\d \t().-]*\d(?:-[A-Z]{2,})*         # phone numbers (1-800-CALL-FBI too)
    """,
    re.VERBOSE,
)


def kept_spans(text: str) -> list[str]:
    """The parts of ``text`` the pseudolocale must leave exactly as they are, in order."""
    return [match.group(0) for match in _KEPT.finditer(text)]


def _accent(text: str) -> str:
    out, last = [], 0
    for match in _KEPT.finditer(text):
        out.append(text[last : match.start()].translate(_ACCENTED))
        out.append(match.group(0))
        last = match.end()
    out.append(text[last:].translate(_ACCENTED))
    return "".join(out)


def _padding(length: int) -> str:
    """Whole padding words adding at least ``GROWTH`` (and ``MIN_PADDING``) to ``length``."""
    wanted = max(MIN_PADDING, math.ceil(length * GROWTH))
    words: list[str] = []
    added = 0
    while added < wanted:
        word = _PADDING[len(words) % len(_PADDING)]
        words.append(word)
        added += len(word) + 1
    return " " + " ".join(words)


def pseudo_line(line: str) -> str:
    """One line in the pseudolocale; blank lines and surrounding spaces stay as they are."""
    body = line.strip()
    if not body:
        return line
    start = line.index(body)
    lead, trail = line[:start], line[start + len(body) :]
    return f"{lead}{OPEN}{_accent(body)}{_padding(len(body))}{CLOSE}{trail}"


def pseudo_text(text: str) -> str:
    """``text`` in the pseudolocale, line by line (line breaks are kept)."""
    return "\n".join(pseudo_line(line) for line in text.split("\n"))


_PADDED_END = re.compile(rf" {_PADDING[0]}(?: [^\s\[\]]+)*\]")


def has_pseudo(text: str) -> bool:
    """True if ``text`` holds some pseudolocale wording (a line ending in its padding), as a
    sentence with a name or a number filled in does."""
    return bool(_PADDED_END.search(text))


def is_pseudo(text: str) -> bool:
    """True if every non-blank line of ``text`` is fenced as the pseudolocale fences it."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return bool(lines) and all(line.startswith(OPEN) and line.endswith(CLOSE) for line in lines)


def _pseudo_tree(table: Mapping[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in table.items():
        if key.startswith("_"):
            continue  # review lists and other notes for translators
        if isinstance(value, Mapping):
            out[key] = _pseudo_tree(value)
        elif isinstance(value, str):
            out[key] = pseudo_text(value)
        else:
            out[key] = value
    return out


def _toml_lines(table: Mapping[str, object], path: tuple[str, ...] = ()) -> Iterator[str]:
    """Dotted ``"a"."b" = "text"`` lines (a JSON string is a valid TOML basic string)."""
    for key, value in table.items():
        here = (*path, key)
        if isinstance(value, Mapping):
            yield from _toml_lines(value, here)
        else:
            name = ".".join(json.dumps(part, ensure_ascii=False) for part in here)
            yield f"{name} = {json.dumps(value, ensure_ascii=False)}"


def write_pseudo_content(source: Path, dest: Path) -> list[Path]:
    """Write the pseudolocale of every ``*.toml`` in the language folder ``source`` into
    ``dest`` (same file names and keys); return the files written."""
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sorted(source.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        target = dest / path.name
        target.write_text("\n".join(_toml_lines(_pseudo_tree(data))) + "\n", encoding="utf-8")
        written.append(target)
    return written
