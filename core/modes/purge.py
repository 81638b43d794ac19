"""Purging a case for good, and the small record that it existed.

``purge_case`` removes a case with everything in it — entries, their search text, events,
walks, risk flags, notes' authors — and its evidence files, in one transaction, and adds a
``purge_record`` row (case number, date closed, when purged, why; nothing personal). SQLite's
``secure_delete`` and FTS5's secure-delete overwrite the freed bytes, and the WAL is truncated,
so no trace of the case's text stays in the database file. ``forget_old_backups`` then replaces
the backups, which still held the case, with one fresh verified backup.

Helpline retention: ``purge_expired`` purges closed cases ``retention_days`` after the day they
were closed (run when the vault is unlocked). School mode: the safeguarding lead exports the
record, then confirms the purge by typing the case number (``confirmation_matches``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from core.diary import audit
from core.diary.columns import from_utc_text, now_utc, utc_text
from core.diary.search import unindex_entry
from core.evidence.access import collect_garbage
from core.evidence.blobs import BlobStore, remove_blob
from core.modes.casefile import get_case_file
from core.vault.database import transaction
from core.vault.migrations import Connection

if TYPE_CHECKING:
    from core.vault import Vault


class PurgeReason(StrEnum):
    """Why a case was purged."""

    RETENTION = "retention"  # closed longer than the organisation keeps cases
    CONFIRMED = "confirmed"  # exported to the school's record, then purged by the lead


@dataclass(frozen=True)
class PurgeRecord:
    """That a case existed: its number, when it was closed and purged, and why."""

    case_label: str
    closed_on: dt.date | None
    purged_at: dt.datetime
    reason: PurgeReason


def purge_case(
    conn: Connection, store: BlobStore, case_id: int, reason: PurgeReason
) -> PurgeRecord:
    """Remove the case and everything in it for good; return the record left behind."""
    with transaction(conn):
        file = get_case_file(conn, case_id)
        closed = file.case.closed_at.astimezone().date() if file.case.closed_at else None
        record = PurgeRecord(file.label, closed, now_utc(), reason)
        rows = conn.execute(
            "SELECT e.id, ev.blob_id FROM entry AS e"
            " LEFT JOIN evidence AS ev ON ev.entry_id = e.id WHERE e.case_id = ?",
            (case_id,),
        ).fetchall()
        for entry_id, _blob in rows:
            unindex_entry(conn, int(entry_id))
        conn.execute("DELETE FROM entry WHERE case_id = ?", (case_id,))
        conn.execute("DELETE FROM diary_case WHERE id = ?", (case_id,))
        conn.execute(
            "INSERT INTO purge_record (case_label, closed_on, purged_at, reason)"
            " VALUES (?, ?, ?, ?)",
            (
                record.case_label,
                closed.isoformat() if closed else None,
                utc_text(record.purged_at),
                reason.value,
            ),
        )
        detail = f"number={file.number} entries={len(rows)} reason={reason.value}"
        audit.append(conn, "purge", "case", case_id, case_id, detail=detail)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for _entry, blob_id in rows:
        if blob_id is not None:
            remove_blob(store, str(blob_id))
    collect_garbage(conn, store)
    return record


def expired_cases(conn: Connection, retention_days: int, today: dt.date) -> list[int]:
    """Closed cases whose closing day is ``retention_days`` or more before ``today``."""
    rows = conn.execute(
        "SELECT id, closed_at FROM diary_case"
        " WHERE status = 'closed' AND closed_at IS NOT NULL AND deleted_at IS NULL"
    )
    expired = []
    for case_id, closed_at in rows:
        closed = from_utc_text(closed_at)
        if closed is not None and (today - closed.astimezone().date()).days >= retention_days:
            expired.append(int(case_id))
    return expired


def purge_expired(
    conn: Connection, store: BlobStore, retention_days: int, today: dt.date
) -> list[PurgeRecord]:
    """Purge every closed case kept longer than the organisation's retention period."""
    return [
        purge_case(conn, store, case_id, PurgeReason.RETENTION)
        for case_id in expired_cases(conn, retention_days, today)
    ]


def purge_records(conn: Connection) -> list[PurgeRecord]:
    """Every purge record, newest first."""
    rows = conn.execute(
        "SELECT case_label, closed_on, purged_at, reason FROM purge_record ORDER BY id DESC"
    )
    records = []
    for label, closed_on, purged_at, reason in rows:
        purged = from_utc_text(purged_at)
        assert purged is not None
        closed = dt.date.fromisoformat(closed_on) if closed_on else None
        records.append(PurgeRecord(str(label), closed, purged, PurgeReason(reason)))
    return records


def confirmation_matches(label: str, typed: str) -> bool:
    """True if what was typed is the case number (spaces around it and letter case ignored)."""
    return typed.strip().casefold() == label.casefold()


def forget_old_backups(vault: Vault) -> int:
    """Write a fresh verified backup, then delete every older one (they still hold purged
    cases); return how many were deleted."""
    from core.vault.backup import list_backups

    made = vault.backup()
    removed = 0
    for old in list_backups(vault.files):
        if old.path == made.path:
            continue
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{old.path}{suffix}").unlink()
        removed += 1
    return removed
