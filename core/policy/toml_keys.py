"""Where each top-level key of a TOML document is written, since ``tomllib`` does not say.

Called only on text that ``tomllib`` has already accepted, so it can read the layout without
re-checking the grammar: statements are key/value pairs and ``[table]`` headers, values may span
lines inside brackets or multi-line strings, comments run to the end of the line.
"""

from __future__ import annotations

import tomllib

Position = tuple[int, int]  # line and column, both counted from 1

_BARE_KEY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_BLANK = " \t\r"


class _Reader:
    """A cursor over the text with the few moves the TOML layout needs."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0

    def peek(self, count: int = 1) -> str:
        return self.text[self.at : self.at + count]

    def position(self) -> Position:
        line_start = self.text.rfind("\n", 0, self.at) + 1
        return self.text.count("\n", 0, self.at) + 1, self.at - line_start + 1

    def skip_blank(self, *, newlines: bool = False) -> None:
        blank = _BLANK + "\n" if newlines else _BLANK
        while self.at < len(self.text):
            char = self.text[self.at]
            if char in blank:
                self.at += 1
            elif char == "#":
                end = self.text.find("\n", self.at)
                self.at = len(self.text) if end < 0 else end
            else:
                return

    def skip_string(self) -> str:
        """Step over a string starting here; return its source text."""
        start = self.at
        quote = self.text[self.at]
        triple = self.peek(3) == quote * 3
        self.at += 3 if triple else 1
        while self.at < len(self.text):
            char = self.text[self.at]
            if char == "\\" and quote == '"':
                self.at += 2
            elif triple and self.text.startswith(quote * 3, self.at):
                self.at += 3
                for _ in range(2):  # a closing run may be up to five quotes long
                    self.at += self.text.startswith(quote, self.at)
                break
            elif not triple and char in (quote, "\n"):
                self.at += 1
                break
            else:
                self.at += 1
        self.at = min(self.at, len(self.text))
        return self.text[start : self.at]

    def key_part(self) -> str:
        """Read one part of a (possibly dotted) key and return it as ``tomllib`` names it."""
        if self.peek() in ('"', "'"):
            source = self.skip_string()
            return str(tomllib.loads(f"k = {source}")["k"])
        start = self.at
        while self.at < len(self.text) and self.text[self.at] in _BARE_KEY:
            self.at += 1
        return self.text[start : self.at]

    def dotted_key(self) -> list[str]:
        parts = [self.key_part()]
        self.skip_blank()
        while self.peek() == ".":
            self.at += 1
            self.skip_blank()
            parts.append(self.key_part())
            self.skip_blank()
        return parts

    def skip_value(self) -> None:
        """Step over a value up to the end of its line (brackets and strings may span lines)."""
        depth = 0
        while self.at < len(self.text):
            char = self.text[self.at]
            if char in ('"', "'"):
                self.skip_string()
            elif char == "#" or (char in _BLANK and depth == 0):
                self.skip_blank(newlines=depth > 0)
            elif char == "\n" and depth == 0:
                return
            else:
                depth += (char in "[{") - (char in "]}")
                self.at += 1


def top_level_keys(text: str) -> dict[str, Position]:
    """First position of every top-level key of valid TOML (its ``[table]`` header counts)."""
    found: dict[str, Position] = {}
    reader = _Reader(text)
    table: list[str] = []
    while True:
        reader.skip_blank(newlines=True)
        if reader.at >= len(text):
            return found
        where, before = reader.position(), reader.at
        if reader.peek() == "[":
            brackets = 2 if reader.peek(2) == "[[" else 1
            reader.at += brackets
            reader.skip_blank()
            table = reader.dotted_key()
            found.setdefault(table[0], where)
            reader.at += brackets
        else:
            key = table + reader.dotted_key()
            found.setdefault(key[0], where)
            reader.at += 1  # the "="
            reader.skip_blank()
            reader.skip_value()
        reader.at = max(reader.at, before + 1)  # always move on, whatever the text holds


def key_on_line(text: str, line: int) -> str | None:
    """The (dotted) key or ``[table]`` name that starts line ``line``, if one can be read there."""
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return None
    reader = _Reader(lines[line - 1])
    reader.skip_blank()
    reader.at += reader.peek(2).count("[") if reader.peek() == "[" else 0
    reader.skip_blank()
    try:
        parts = reader.dotted_key()
    except tomllib.TOMLDecodeError:  # a quoted key that is not valid: nothing to name
        return None
    return ".".join(parts) if all(parts) else None
