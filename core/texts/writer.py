"""Putting diary facts into one language's words: dates, amounts, labelled lines and gaps.

Every sentence comes from ``resources/content/<lang>/texts.toml``; diary values are passed in
as ``{placeholder}`` values and so are never read as templates or markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal

from babel.dates import format_date, format_time

from core.content.catalog import Catalog
from core.diary.currencies import format_money
from core.diary.parsing import babel_locale

Paragraph = Sequence[str]


class Writer:
    """Wording from the ``texts.*`` keys of one catalog, with the language's formats."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.locale = babel_locale(catalog.lang)

    def text(self, key: str, **values: object) -> str:
        """The sentence ``texts.<key>`` with its placeholders filled."""
        return self.catalog.text(f"texts.{key}", **values)

    def optional(self, key: str, **values: object) -> str | None:
        """Like ``text``, or None when the language has no such key."""
        return self.text(key, **values) if self.catalog.has(f"texts.{key}") else None

    def gap(self, name: str) -> str:
        """A marked gap for the person to fill in, such as ``[add the date]``."""
        return self.text(f"gaps.{name}")

    def item(self, text: str) -> str:
        """A list line; lines after the first are indented under it."""
        return self.text("common.item", text="\n  ".join(text.splitlines()) or text)

    def date(self, moment: dt.datetime | None) -> str:
        """The day in the language's long form (``4 March 2026``), or the date gap."""
        if moment is None:
            return self.gap("date")
        return str(format_date(moment.date(), "long", locale=self.locale))

    def when(self, moment: dt.datetime | None, gap: str = "date") -> str:
        """Day and time as the person entered them; a time of exactly midnight means none."""
        if moment is None:
            return self.gap(gap)
        if moment.time() == dt.time(0, 0):
            return self.date(moment)
        clock = format_time(moment, "short", tzinfo=moment.tzinfo, locale=self.locale)
        return self.text("common.when", date=self.date(moment), time=clock)

    def money(self, amount: Decimal | None, currency: str | None) -> str | None:
        """An amount in the language's format (``£500.00``), or None when unknown."""
        if amount is None:
            return None
        return format_money(amount, currency, self.locale)  # exact: as it was sent

    def labelled(self, key: str, value: str | None) -> str | None:
        """``Username: value`` from ``texts.<key>``, or None when there is no value."""
        return self.text(key, value=value) if value else None

    def joined(self, parts: Iterable[str | None]) -> str:
        """The parts that have a value, joined with the language's separator."""
        return self.text("common.separator").join(p for p in parts if p)

    def police_line(self, reference: str | None) -> str:
        """The police reference, or a gap asking for it (or for the line to go)."""
        return self.text("common.police", reference=reference or self.gap("police"))


def assemble(paragraphs: Iterable[Paragraph]) -> str:
    """Paragraphs of lines, separated by blank lines (empty paragraphs left out)."""
    return "\n\n".join("\n".join(lines) for lines in paragraphs if lines) + "\n"
