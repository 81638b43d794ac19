"""Cases: add, change, read and list. A ``case_id`` scopes every entry."""

from __future__ import annotations

from typing import Any

from core.diary import audit
from core.diary.columns import from_utc_text, now_utc, utc_text
from core.diary.errors import NotFoundError
from core.diary.records import AgeGroup, Case, CaseStatus
from core.diary.validate import prepare
from core.vault.database import transaction
from core.vault.migrations import Connection

_COLUMNS = "id, title, status, age_group, region, created_at, closed_at, deleted_at"


def _from_row(row: tuple[Any, ...]) -> Case:
    return Case(
        id=int(row[0]),
        title=row[1],
        status=CaseStatus(row[2]),
        age_group=AgeGroup(row[3]),
        region=row[4],
        created_at=from_utc_text(row[5]),
        closed_at=from_utc_text(row[6]),
        deleted_at=from_utc_text(row[7]),
    )


def get_case(conn: Connection, case_id: int, include_deleted: bool = False) -> Case:
    """One case; ``NotFoundError`` if there is none (or it is deleted, unless asked for)."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM diary_case WHERE id = ?",  # noqa: S608
        (case_id,),
    ).fetchone()
    if row is None or (row[7] is not None and not include_deleted):
        raise NotFoundError("case", case_id)
    return _from_row(row)


def list_cases(conn: Connection, include_deleted: bool = False) -> list[Case]:
    """All cases, newest first."""
    where = "" if include_deleted else "WHERE deleted_at IS NULL"
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM diary_case {where} ORDER BY created_at DESC, id DESC"  # noqa: S608
    )
    return [_from_row(row) for row in rows]


def _closed_at(case: Case, before: Case | None) -> str | None:
    if case.status is not CaseStatus.CLOSED:
        return None
    if before is not None and before.closed_at is not None:
        return utc_text(before.closed_at)
    return utc_text(case.closed_at or now_utc())


def add_case(conn: Connection, case: Case) -> Case:
    """Save a new case and return it with its id."""
    tidy = prepare(case)
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO diary_case (title, status, age_group, region, created_at, closed_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                tidy.title,
                tidy.status.value,
                tidy.age_group.value,
                tidy.region,
                utc_text(now_utc()),
                _closed_at(tidy, None),
            ),
        )
        case_id = int(cursor.lastrowid)
        audit.append(conn, "add", "case", case_id, case_id, tidy)
    return get_case(conn, case_id)


def update_case(conn: Connection, case: Case) -> Case:
    """Save changes to a case; closing stamps ``closed_at``, reopening clears it."""
    if case.id is None:
        raise NotFoundError("case", 0)
    tidy = prepare(case)
    with transaction(conn):
        before = get_case(conn, case.id)
        conn.execute(
            "UPDATE diary_case SET title = ?, status = ?, age_group = ?, region = ?,"
            " closed_at = ? WHERE id = ?",
            (
                tidy.title,
                tidy.status.value,
                tidy.age_group.value,
                tidy.region,
                _closed_at(tidy, before),
                case.id,
            ),
        )
        audit.append(conn, "update", "case", case.id, case.id, tidy)
    return get_case(conn, case.id)
