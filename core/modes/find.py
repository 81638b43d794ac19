"""The helpline's case list: every case with its number and last activity, and search across
all cases (titles, numbers, and the full text of every entry through the diary's FTS5 index).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from core.diary.cases import list_cases
from core.diary.columns import from_utc_text
from core.diary.records import Case, CaseStatus
from core.diary.search import Snippet, make_snippet, safe_query
from core.modes.casefile import case_label
from core.vault.migrations import Connection


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list; ``snippet`` shows why a search found it."""

    case: Case
    number: int
    last_activity: dt.datetime | None
    snippet: Snippet | None = None

    @property
    def label(self) -> str:
        """The case number as staff read it."""
        return case_label(self.number, self.case.created_at)

    @property
    def case_id(self) -> int:
        """The diary case's id."""
        assert self.case.id is not None
        return self.case.id


SNIPPETS = 50  # snippets are cut for the first page of hits only, as the diary's search does
_LOOKUPS = 500
_MATCH = "SELECT rowid FROM search_index WHERE search_index MATCH ?"
_LIVE = "SELECT id, case_id FROM entry WHERE deleted_at IS NULL"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def case_rows(conn: Connection, statuses: frozenset[CaseStatus] | None = None) -> list[CaseRow]:
    """Every live case (optionally only some statuses), newest first."""
    files = {
        int(case_id): (int(number), from_utc_text(last))
        for case_id, number, last in conn.execute(
            "SELECT case_id, number, last_activity FROM case_file"
        )
    }
    return [
        CaseRow(case, *files[case.id])
        for case in list_cases(conn)
        if (statuses is None or case.status in statuses) and case.id in files
    ]


def find_cases(
    conn: Connection,
    text: str,
    statuses: frozenset[CaseStatus] | None = None,
    snippets: int = SNIPPETS,
) -> list[CaseRow]:
    """Cases whose title or number contains every typed word, or whose entries match them.

    The newest ``snippets`` cases found through their entries carry a snippet of the match.
    """
    rows = case_rows(conn, statuses)
    words = [_fold(w) for w in text.split()]
    if not words:
        return rows
    match = safe_query(text)
    found = _cases_matching(conn, match) if match is not None else {}
    result, matched = [], []
    for row in rows:
        own = _fold(f"{row.case.title or ''} {row.label}")
        if all(word in own for word in words):
            result.append(row)
        elif row.case_id in found:
            result.append(row)
            matched.append(len(result) - 1)
    matched = matched[:snippets]
    bodies = _bodies(conn, [found[result[i].case_id] for i in matched])
    for i in matched:
        row = result[i]
        snippet = make_snippet(bodies[found[row.case_id]], match or "")
        result[i] = CaseRow(row.case, row.number, row.last_activity, snippet)
    return result


def _cases_matching(conn: Connection, match: str) -> dict[int, int]:
    """Case id -> the last live entry written that matches (FTS5 first, then the entries).

    Few hits are looked up by id; many (a word in most entries) are found in one pass over
    the entries, which is cheaper than thousands of lookups.
    """
    hits = [int(r[0]) for r in conn.execute(_MATCH, (match,))]
    if len(hits) > _LOOKUPS:
        wanted = set(hits)
        rows = [r for r in conn.execute(_LIVE) if r[0] in wanted]
    elif hits:
        marks = ", ".join("?" for _ in hits)
        rows = conn.execute(f"{_LIVE} AND id IN ({marks})", hits).fetchall()
    else:
        rows = []
    found: dict[int, int] = {}
    for entry_id, case_id in rows:
        found[int(case_id)] = max(found.get(int(case_id), 0), int(entry_id))
    return found


def _bodies(conn: Connection, entry_ids: list[int]) -> dict[int, str]:
    if not entry_ids:
        return {}
    marks = ", ".join("?" for _ in entry_ids)
    rows = conn.execute(
        f"SELECT rowid, body FROM search_index WHERE rowid IN ({marks})",  # noqa: S608
        entry_ids,
    )
    return {int(rowid): str(body) for rowid, body in rows}
