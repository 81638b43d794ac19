"""Full-text search over every entry of a case, inside the encrypted database (SQLite FTS5).

One FTS5 table, ``search_index``, holds one row per entry (rowid = entry id) with all its text;
the tokenizer ``unicode61 remove_diacritics 2`` makes "accion" find "acción" and "wyr" find
"ŵyr". What the person types is never passed to FTS5 as syntax: each word becomes a quoted
prefix term, so quotes, stars, colons, dashes or brackets can never raise.

Hits come newest first. Snippets are cut here, for the page of hits only (FTS5's ``snippet()``
re-runs the query per row, which is slow on big diaries): words are folded the way the
tokenizer folds them (case, accents) and every word starting with a query word is marked.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from core.diary.columns import sort_time
from core.diary.records import Kind
from core.vault.migrations import Connection

_ELLIPSIS = "…"
_MAX_TERMS = 16
_DROPPED = frozenset({"Cc", "Cs"})  # controls (NUL ends an FTS5 string) and lone surrogates
_BEFORE, _AFTER = 4, 8  # words of context around the first match


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
    body = "\n".join(t for t in texts if t)
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (entry_id,))
    conn.execute("INSERT INTO search_index (rowid, body) VALUES (?, ?)", (entry_id, body))


def unindex_entry(conn: Connection, entry_id: int) -> None:
    """Remove an entry's text from the index (FTS5 secure-delete drops its tokens too)."""
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (entry_id,))


def _clean_word(word: str) -> str:
    kept = (ch for ch in word if unicodedata.category(ch) not in _DROPPED and ch != '"')
    return "".join(kept).strip("*")


def safe_query(text: str) -> str | None:
    """An FTS5 query that ANDs each typed word as a quoted prefix term; None if nothing to find."""
    terms: list[str] = []
    for word in text.split():
        cleaned = _clean_word(word)
        if any(ch.isalnum() for ch in cleaned):
            terms.append(f'"{cleaned}"*')
    return " ".join(terms[:_MAX_TERMS]) or None


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _tokens(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for i, ch in enumerate(text):
        inside = ch.isalnum() or (start is not None and unicodedata.combining(ch) > 0)
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def make_snippet(body: str, query: str) -> Snippet:
    """The words around the first match, with every word that starts with a query word marked."""
    wanted = {_fold(query[a:b]) for a, b in _tokens(query)}
    spans = _tokens(body)
    hits = [
        i for i, (a, b) in enumerate(spans) if any(_fold(body[a:b]).startswith(w) for w in wanted)
    ]
    if not spans:
        return Snippet("", ())
    first = hits[0] if hits else 0
    low, high = max(0, first - _BEFORE), min(len(spans), first + _AFTER + 1)
    begin = 0 if low == 0 else spans[low][0]
    end = len(body) if high == len(spans) else spans[high - 1][1]
    prefix = "" if begin == 0 else _ELLIPSIS
    text = prefix + body[begin:end].replace("\n", " ") + ("" if end == len(body) else _ELLIPSIS)
    shift = len(prefix) - begin
    marks = tuple((spans[i][0] + shift, spans[i][1] + shift) for i in hits if low <= i < high)
    return Snippet(text, marks)


def search(conn: Connection, case_id: int, query: str, limit: int = 50) -> list[SearchHit]:
    """Live entries of the case that match ``query``, newest first, each with a snippet."""
    match = safe_query(query)
    if match is None:
        return []
    rows = conn.execute(
        "SELECT e.id, e.kind, e.sort_at, e.at_offset FROM search_index"
        " JOIN entry AS e ON e.id = search_index.rowid"
        " WHERE search_index MATCH ? AND e.case_id = ? AND e.deleted_at IS NULL"
        " ORDER BY e.sort_at DESC, e.id DESC LIMIT ?",
        (match, case_id, limit),
    ).fetchall()
    hits: list[SearchHit] = []
    for entry_id, kind, sort_at, offset in rows:
        body = conn.execute("SELECT body FROM search_index WHERE rowid = ?", (entry_id,))
        snippet = make_snippet(str(body.fetchone()[0]), match)
        hits.append(SearchHit(int(entry_id), Kind(kind), sort_time(sort_at, offset), snippet))
    return hits
