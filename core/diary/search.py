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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from core.diary.columns import sort_time
from core.diary.records import Kind
from core.vault.migrations import Connection

_ELLIPSIS = "…"
_MAX_TERMS = 16
_MAX_TERM_CHARS = 64  # a pasted megabyte is searched by its start (still a prefix match)
_DROPPED = frozenset({"Cc", "Cs"})  # controls (NUL ends an FTS5 string) and lone surrogates
_BEFORE, _AFTER = 4, 8  # words of context around the first match
_SCAN_CHARS = 20_000  # how far into an entry's text a snippet looks for the match


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
    for word in text.split()[: _MAX_TERMS * 4]:
        cleaned = _clean_word(word)[:_MAX_TERM_CHARS]
        if any(ch.isalnum() for ch in cleaned):
            terms.append(f'"{cleaned}"*')
    return " ".join(terms[:_MAX_TERMS]) or None


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _tokens(text: str) -> Iterator[tuple[int, int]]:
    start: int | None = None
    for i, ch in enumerate(text):
        inside = ch.isalnum() or (start is not None and unicodedata.combining(ch) > 0)
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            yield start, i
            start = None
    if start is not None:
        yield start, len(text)


def make_snippet(body: str, query: str) -> Snippet:
    """The words around the first match, with every word that starts with a query word marked.

    Only the words up to the end of the snippet are looked at, and no further than
    ``_SCAN_CHARS`` into the text: a long pasted chat log must not make every search slow. (A
    match beyond that still finds the entry; its snippet then shows the beginning.)
    """
    wanted = {_fold(query[a:b]) for a, b in _tokens(query)}
    head = body[:_SCAN_CHARS]
    spans: list[tuple[int, int]] = []
    hits: list[int] = []
    for a, b in _tokens(head):
        if (hits and len(spans) > hits[0] + _AFTER) or (b == len(head) < len(body)):
            break  # past the snippet, or a word cut off by the scan limit
        if any(_fold(body[a:b]).startswith(w) for w in wanted):
            hits.append(len(spans))
        spans.append((a, b))
    if not spans:
        return Snippet("", ())
    first = hits[0] if hits else 0
    low, high = max(0, first - _BEFORE), min(len(spans), first + _AFTER + 1)
    begin = 0 if low == 0 else spans[low][0]
    rest = body[spans[-1][1] :] if high == len(spans) else "x"
    end = len(body) if not any(ch.isalnum() for ch in rest) else spans[high - 1][1]
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
