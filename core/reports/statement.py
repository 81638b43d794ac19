"""The person's own statement for the police report, kept in the vault (one per case).

Saving tidies the text the way the diary tidies notes, and appends to the audit log (a keyed
digest of the text, never the text). Saving empty text removes the statement.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from core.diary import audit
from core.diary.cases import get_case
from core.diary.columns import from_utc_text, now_utc, utc_text
from core.diary.normalise import clean_text
from core.vault.database import transaction
from core.vault.migrations import Connection


@dataclass(frozen=True)
class Statement:
    """The statement's text and when it was last saved."""

    text: str
    updated_at: dt.datetime


def get_statement(conn: Connection, case_id: int) -> Statement | None:
    """The case's statement, or None if the person has not written one."""
    row = conn.execute(
        "SELECT text, updated_at FROM report_statement WHERE case_id = ?", (case_id,)
    ).fetchone()
    if row is None:
        return None
    updated = from_utc_text(row[1])
    assert updated is not None
    return Statement(str(row[0]), updated)


def save_statement(conn: Connection, case_id: int, text: str | None) -> Statement | None:
    """Save (or, for empty text, remove) the case's statement; return what is now stored."""
    tidy = clean_text(text)
    with transaction(conn):
        get_case(conn, case_id)
        if tidy is None:
            conn.execute("DELETE FROM report_statement WHERE case_id = ?", (case_id,))
            audit.append(conn, "delete", "report_statement", case_id, case_id)
        else:
            conn.execute(
                "INSERT INTO report_statement (case_id, text, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (case_id) DO UPDATE SET text = excluded.text,"
                " updated_at = excluded.updated_at",
                (case_id, tidy, utc_text(now_utc())),
            )
            audit.append(conn, "update", "report_statement", case_id, case_id, {"text": tidy})
    return get_statement(conn, case_id)
