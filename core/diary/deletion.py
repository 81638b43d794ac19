"""Soft delete with undo, and the purge that makes deletes final when the diary is closed.

Deleting only stamps ``deleted_at``: the entry disappears from lists, the timeline and search,
and ``undo_delete`` brings it back. ``purge_deleted`` (called when the diary is locked or closed)
removes the rows and their search text for good; SQLite's ``secure_delete`` and FTS5's
secure-delete overwrite the freed bytes, and the WAL is truncated.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.diary import audit
from core.diary.columns import now_utc, utc_text
from core.diary.errors import NotFoundError
from core.diary.search import unindex_entry
from core.vault.database import transaction
from core.vault.migrations import Connection


@dataclass(frozen=True)
class PurgeResult:
    """What a purge removed; ``blob_ids`` are evidence files the blob store must now delete."""

    entries: int
    cases: int
    blob_ids: tuple[str, ...]


def _set_deleted(conn: Connection, table: str, ident: int, deleted: bool) -> int:
    """Flip ``deleted_at`` on a row; return its case id. ``NotFoundError`` if not in that state."""
    case_column = "id" if table == "diary_case" else "case_id"
    state = "IS NULL" if deleted else "IS NOT NULL"
    row = conn.execute(
        f"SELECT {case_column} FROM {table} WHERE id = ? AND deleted_at {state}",  # noqa: S608
        (ident,),
    ).fetchone()
    if row is None:
        raise NotFoundError("case" if table == "diary_case" else "entry", ident)
    stamp = utc_text(now_utc()) if deleted else None
    conn.execute(f"UPDATE {table} SET deleted_at = ? WHERE id = ?", (stamp, ident))  # noqa: S608
    return int(row[0])


def _kind(conn: Connection, entry_id: int) -> str:
    row = conn.execute("SELECT kind FROM entry WHERE id = ?", (entry_id,)).fetchone()
    return str(row[0]) if row else "entry"


def delete_entry(conn: Connection, entry_id: int) -> None:
    """Hide an entry until ``undo_delete`` or the next purge."""
    with transaction(conn):
        case_id = _set_deleted(conn, "entry", entry_id, True)
        audit.append(conn, "delete", _kind(conn, entry_id), entry_id, case_id)


def undo_delete(conn: Connection, entry_id: int) -> None:
    """Bring back a deleted entry (possible until the diary is closed)."""
    with transaction(conn):
        case_id = _set_deleted(conn, "entry", entry_id, False)
        audit.append(conn, "restore", _kind(conn, entry_id), entry_id, case_id)


def delete_case(conn: Connection, case_id: int) -> None:
    """Hide a whole case and everything in it until undone or purged."""
    with transaction(conn):
        _set_deleted(conn, "diary_case", case_id, True)
        audit.append(conn, "delete", "case", case_id, case_id)


def undo_delete_case(conn: Connection, case_id: int) -> None:
    """Bring back a deleted case."""
    with transaction(conn):
        _set_deleted(conn, "diary_case", case_id, False)
        audit.append(conn, "restore", "case", case_id, case_id)


def purge_deleted(conn: Connection) -> PurgeResult:
    """Remove every deleted case and entry for good; return the blob ids now unreferenced.

    Use ``core.evidence.purge_deleted(conn, store)``, which also deletes those blob files.
    """
    with transaction(conn):
        rows = conn.execute(
            "SELECT e.id, e.kind, e.case_id, ev.blob_id FROM entry AS e"
            " JOIN diary_case AS c ON c.id = e.case_id"
            " LEFT JOIN evidence AS ev ON ev.entry_id = e.id"
            " WHERE e.deleted_at IS NOT NULL OR c.deleted_at IS NOT NULL"
        ).fetchall()
        deleted_cases = conn.execute("SELECT id FROM diary_case WHERE deleted_at IS NOT NULL")
        cases = [int(r[0]) for r in deleted_cases]
        for entry_id, kind, case_id, _blob in rows:
            unindex_entry(conn, int(entry_id))
            conn.execute("DELETE FROM entry WHERE id = ?", (entry_id,))
            audit.append(conn, "purge", str(kind), int(entry_id), int(case_id))
        for case_id in cases:
            conn.execute("DELETE FROM diary_case WHERE id = ?", (case_id,))
            audit.append(conn, "purge", "case", case_id, case_id)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    blob_ids = tuple(str(r[3]) for r in rows if r[3] is not None)
    return PurgeResult(entries=len(rows), cases=len(cases), blob_ids=blob_ids)
