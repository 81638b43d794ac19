"""Full-text search over every entry of a case, inside the encrypted database (SQLite FTS5).

One FTS5 table, ``search_index``, holds one row per entry (rowid = entry id) with all its text;
the tokenizer ``unicode61 remove_diacritics 2`` makes "accion" find "acción" and "wyr" find
"ŵyr". What the person types is never passed to FTS5 as syntax: each word becomes a quoted
prefix term, so quotes, stars, colons, dashes or brackets can never raise.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from core.diary.columns import sort_time
from core.diary.records import Kind
from core.vault.migrations import Connection

_OPEN = "\ue000"  # private-use characters mark matches; they are removed from indexed text
_CLOSE = "\ue001"
_ELLIPSIS = "…"
_MAX_TERMS = 16
_DROPPED = frozenset({"Cc", "Cs", "Co"})  # controls (NUL ends an FTS5 string), surrogates, markers
_SNIPPET_TOKENS = 12


@dataclass(frozen=True)
class Snippet:
    """Plain text around the matches and the ``(start, end)`` ranges to highlight in it."""

    text: str
    matches: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class SearchHit:
    """One entry that matched."""

    entry_id: int
    kind: Kind
    at: dt.datetime
    snippet: Snippet


def index_entry(conn: Connection, entry_id: int, texts: Iterable[str | None]) -> None:
    """(Re)index an entry's text; call inside the transaction that saves it."""
    body = "\n".join(t.replace(_OPEN, "").replace(_CLOSE, "") for t in texts if t)
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (entry_id,))
    conn.execute("INSERT INTO search_index (rowid, body) VALUES (?, ?)", (entry_id, body))


def unindex_entry(conn: Connection, entry_id: int) -> None:
    """Remove an entry's text from the index (FTS5 secure-delete drops its tokens too)."""
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (entry_id,))


def safe_query(text: str) -> str | None:
    """An FTS5 query that ANDs each typed word as a quoted prefix term; None if nothing to find."""
    terms: list[str] = []
    for word in text.split():
        kept = (ch for ch in word if unicodedata.category(ch) not in _DROPPED and ch != '"')
        cleaned = "".join(kept).strip("*")
        if any(ch.isalnum() for ch in cleaned):
            terms.append(f'"{cleaned}"*')
    return " ".join(terms[:_MAX_TERMS]) or None


def _parse_snippet(marked: str) -> Snippet:
    plain: list[str] = []
    matches: list[tuple[int, int]] = []
    start: int | None = None
    for ch in marked:
        if ch == _OPEN:
            start = len(plain)
        elif ch == _CLOSE:
            if start is not None:
                matches.append((start, len(plain)))
            start = None
        else:
            plain.append(ch)
    return Snippet("".join(plain), tuple(matches))


def search(conn: Connection, case_id: int, query: str, limit: int = 50) -> list[SearchHit]:
    """Live entries of the case that match ``query``, best first, each with a snippet."""
    match = safe_query(query)
    if match is None:
        return []
    rows = conn.execute(
        "SELECT e.id, e.kind, e.sort_at, e.at_offset,"
        " snippet(search_index, 0, ?, ?, ?, ?) FROM search_index"
        " JOIN entry AS e ON e.id = search_index.rowid"
        " WHERE search_index MATCH ? AND e.case_id = ? AND e.deleted_at IS NULL"
        " ORDER BY rank LIMIT ?",
        (_OPEN, _CLOSE, _ELLIPSIS, _SNIPPET_TOKENS, match, case_id, limit),
    ).fetchall()
    return [
        SearchHit(
            entry_id=int(row[0]),
            kind=Kind(row[1]),
            at=sort_time(row[2], row[3]),
            snippet=_parse_snippet(str(row[4])),
        )
        for row in rows
    ]
