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


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def case_rows(conn: Connection, statuses: frozenset[CaseStatus] | None = None) -> list[CaseRow]:
    """Every live case (optionally only some statuses), newest first."""
    numbers = dict(conn.execute("SELECT case_id, number FROM case_file").fetchall())
    activity = dict(
        conn.execute(
            "SELECT case_id, max(updated_at) FROM entry WHERE deleted_at IS NULL GROUP BY case_id"
        ).fetchall()
    )
    return [
        CaseRow(case, int(numbers[case.id]), from_utc_text(activity.get(case.id)))
        for case in list_cases(conn)
        if (statuses is None or case.status in statuses) and case.id in numbers
    ]


def find_cases(
    conn: Connection, text: str, statuses: frozenset[CaseStatus] | None = None
) -> list[CaseRow]:
    """Cases whose title or number contains every typed word, or whose entries match them."""
    rows = case_rows(conn, statuses)
    words = [_fold(w) for w in text.split()]
    if not words:
        return rows
    match = safe_query(text)
    found: dict[int, str] = {}
    if match is not None:
        hits = conn.execute(
            "SELECT e.case_id, search_index.body FROM search_index"
            " JOIN entry AS e ON e.id = search_index.rowid"
            " WHERE search_index MATCH ? AND e.deleted_at IS NULL"
            " ORDER BY e.sort_at DESC, e.id DESC",
            (match,),
        )
        for case_id, body in hits:
            found.setdefault(int(case_id), str(body))
    result = []
    for row in rows:
        own = _fold(f"{row.case.title or ''} {row.label}")
        if all(word in own for word in words):
            result.append(row)
        elif row.case_id in found:
            snippet = make_snippet(found[row.case_id], match or "")
            result.append(CaseRow(row.case, row.number, row.last_activity, snippet))
    return result
