"""Purging a case for good, and the small record that it existed.

``purge_case`` adds a ``purge_record`` row (case number, date closed, when purged, why; nothing
personal) and deletes the case; ``core.evidence.purge_deleted`` then removes it with everything
in it — entries, their search text, events, walks, risk flags, notes' authors (all cascade with
the case) — and its evidence files. SQLite's ``secure_delete`` and FTS5's secure-delete
overwrite the freed bytes, and the WAL is truncated, so no trace of the case's text stays in the
database file. ``forget_old_backups`` then replaces
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
from core.evidence.access import purge_deleted
from core.evidence.blobs import BlobStore
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


def _mark_purged(conn: Connection, case_id: int, reason: PurgeReason) -> PurgeRecord:
    """Inside the caller's transaction: write the purge record and delete the case (soft)."""
    file = get_case_file(conn, case_id)
    closed = file.case.closed_at.astimezone().date() if file.case.closed_at else None
    record = PurgeRecord(file.label, closed, now_utc(), reason)
    conn.execute(
        "INSERT INTO purge_record (case_label, closed_on, purged_at, reason) VALUES (?, ?, ?, ?)",
        (
            record.case_label,
            closed.isoformat() if closed else None,
            utc_text(record.purged_at),
            reason.value,
        ),
    )
    conn.execute(
        "UPDATE diary_case SET deleted_at = ? WHERE id = ?", (utc_text(record.purged_at), case_id)
    )
    detail = f"number={file.number} reason={reason.value}"
    audit.append(conn, "delete", "case", case_id, case_id, detail=detail)
    return record


def purge_cases(
    conn: Connection, store: BlobStore, case_ids: list[int], reason: PurgeReason
) -> list[PurgeRecord]:
    """Remove the cases and everything in them for good; return the records left behind.

    The records and the deletes are written in one transaction, then ``core.evidence``'s purge
    makes every delete final (these cases, and any other delete still waiting for the diary to
    close). A crash in between leaves the cases deleted; the next unlock finishes the purge.
    """
    with transaction(conn):
        records = [_mark_purged(conn, case_id, reason) for case_id in case_ids]
    purge_deleted(conn, store)
    return records


def purge_case(
    conn: Connection, store: BlobStore, case_id: int, reason: PurgeReason
) -> PurgeRecord:
    """Remove one case and everything in it for good; return the record left behind."""
    return purge_cases(conn, store, [case_id], reason)[0]


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
    expired = expired_cases(conn, retention_days, today)
    return purge_cases(conn, store, expired, PurgeReason.RETENTION) if expired else []


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
