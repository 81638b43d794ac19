"""Add, change, read and list diary entries. Each public write is one transaction.

``add(conn, case_id, Message(...))`` tidies and checks the record (``ValidationError`` lists
every wrong field), saves it, indexes its text for search, appends to the audit log, and returns
the stored record with its id. Evidence is added through ``core.evidence`` instead.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from core.diary import audit
from core.diary.cases import get_case
from core.diary.columns import from_columns, from_utc_text, now_utc, to_columns, utc_text
from core.diary.errors import Code, NotFoundError, ValidationError
from core.diary.kinds import SPECS, KindSpec, search_texts, spec_for
from core.diary.records import EntryRecord, Evidence, Kind
from core.diary.search import index_entry
from core.diary.validate import prepare
from core.vault.database import transaction
from core.vault.migrations import Connection

R = TypeVar("R", bound=EntryRecord)

_ENTRY_COLUMNS = "e.id, e.case_id, e.at_utc, e.at_offset, e.created_at, e.updated_at, e.deleted_at"


def _select(spec: KindSpec) -> str:
    detail = ", ".join(f"d.{col}" for col in spec.columns(spec.fields))
    return (
        f"SELECT {_ENTRY_COLUMNS}, {detail} FROM entry AS e"  # noqa: S608
        f" JOIN {spec.table} AS d ON d.entry_id = e.id"
    )


def _from_row(spec: KindSpec, row: tuple[Any, ...]) -> EntryRecord:
    values: dict[str, Any] = {
        "id": int(row[0]),
        "case_id": int(row[1]),
        "at": from_utc_text(row[2], row[3]),
        "created_at": from_utc_text(row[4]),
        "updated_at": from_utc_text(row[5]),
        "deleted_at": from_utc_text(row[6]),
    }
    position = 7
    for name in spec.fields:
        width = len(spec.columns((name,)))
        values[name] = from_columns(spec.record, name, tuple(row[position : position + width]))
        position += width
    return spec.record(**values)


def _detail_values(spec: KindSpec, record: EntryRecord, names: tuple[str, ...]) -> list[Any]:
    return [v for name in names for v in to_columns(spec.record, name, getattr(record, name))]


def _check_person_link(conn: Connection, case_id: int, record: EntryRecord) -> None:
    person_id = getattr(record, "person_id", None)
    if person_id is None:
        return
    row = conn.execute(
        "SELECT 1 FROM entry WHERE id = ? AND case_id = ? AND kind = ?",
        (person_id, case_id, Kind.PERSON.value),
    ).fetchone()
    if row is None:
        raise ValidationError.single("person_id", Code.LINK_INVALID)


def _at_columns(record: EntryRecord, fallback: str) -> tuple[str | None, int | None, str]:
    if record.at is None:
        return None, None, fallback
    at_utc = utc_text(record.at)
    return at_utc, to_columns(type(record), "at", record.at)[1], at_utc


def insert_entry(
    conn: Connection,
    case_id: int,
    record: EntryRecord,
    extra: Mapping[str, Any] | None = None,
    detail: str = "",
) -> int:
    """Insert a tidied record inside the caller's transaction; return its id.

    ``extra`` holds columns outside the record (an evidence blob's key salt); ``detail`` goes
    into the audit row.
    """
    get_case(conn, case_id)
    _check_person_link(conn, case_id, record)
    spec = spec_for(record)
    stamp = utc_text(now_utc())
    at_utc, at_offset, sort_at = _at_columns(record, stamp)
    cursor = conn.execute(
        "INSERT INTO entry (case_id, kind, at_utc, at_offset, sort_at, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (case_id, spec.kind.value, at_utc, at_offset, sort_at, stamp, stamp),
    )
    entry_id = int(cursor.lastrowid)
    columns = ["entry_id", *spec.columns(spec.fields), *(extra or {})]
    values = [entry_id, *_detail_values(spec, record, spec.fields), *(extra or {}).values()]
    conn.execute(
        f"INSERT INTO {spec.table} ({', '.join(columns)})"  # noqa: S608
        f" VALUES ({', '.join('?' for _ in columns)})",
        values,
    )
    index_entry(conn, entry_id, search_texts(record))
    audit.append(conn, "add", spec.kind.value, entry_id, case_id, record, detail)
    return entry_id


def add(conn: Connection, case_id: int, record: R) -> R:
    """Save a new entry in the case and return it as stored."""
    if isinstance(record, Evidence):
        raise TypeError("evidence is added with core.evidence.import_file or add_description")
    with transaction(conn):
        tidy = prepare(record, get_case(conn, case_id).region)
        entry_id = insert_entry(conn, case_id, tidy)
    return get(conn, entry_id, type(record))


def update(conn: Connection, record: R) -> R:
    """Save changes to a live entry (for evidence: only its note, description, place and time)."""
    if record.id is None:
        raise NotFoundError("entry", 0)
    spec = spec_for(record)
    with transaction(conn):
        before = get(conn, record.id, type(record))
        assert before.case_id is not None
        tidy = prepare(record, get_case(conn, before.case_id).region)
        _check_person_link(conn, before.case_id, tidy)
        at_utc, at_offset, sort_at = _at_columns(tidy, utc_text(before.created_at or now_utc()))
        conn.execute(
            "UPDATE entry SET at_utc = ?, at_offset = ?, sort_at = ?, updated_at = ? WHERE id = ?",
            (at_utc, at_offset, sort_at, utc_text(now_utc()), record.id),
        )
        names = spec.editable
        assignments = ", ".join(f"{col} = ?" for col in spec.columns(names))
        conn.execute(
            f"UPDATE {spec.table} SET {assignments} WHERE entry_id = ?",  # noqa: S608
            [*_detail_values(spec, tidy, names), record.id],
        )
        stored = dataclasses.replace(before, at=tidy.at, **{n: getattr(tidy, n) for n in names})
        index_entry(conn, record.id, search_texts(stored))
        audit.append(conn, "update", spec.kind.value, record.id, before.case_id, stored)
    return get(conn, record.id, type(record))


def get(conn: Connection, entry_id: int, record_type: type[R], include_deleted: bool = False) -> R:
    """One entry of the given kind; ``NotFoundError`` if missing, another kind, or deleted."""
    spec = spec_for(record_type)
    row = conn.execute(f"{_select(spec)} WHERE e.id = ?", (entry_id,)).fetchone()
    if row is None or (row[6] is not None and not include_deleted):
        raise NotFoundError("entry", entry_id)
    record = _from_row(spec, row)
    assert isinstance(record, record_type)
    return record


def list_entries(
    conn: Connection, case_id: int, record_type: type[R], include_deleted: bool = False
) -> list[R]:
    """Every entry of one kind in the case, in time order."""
    spec = spec_for(record_type)
    live = "" if include_deleted else " AND e.deleted_at IS NULL"
    rows = conn.execute(
        f"{_select(spec)} WHERE e.case_id = ?{live} ORDER BY e.sort_at, e.id", (case_id,)
    )
    return [r for r in (_from_row(spec, row) for row in rows) if isinstance(r, record_type)]


def fetch_many(conn: Connection, ids_by_kind: Mapping[Kind, Iterable[int]]) -> dict[int, Any]:
    """Entries by id, fetched with one query per kind (for a page of the timeline)."""
    found: dict[int, Any] = {}
    for kind, ids in ids_by_kind.items():
        id_list = list(ids)
        if not id_list:
            continue
        spec = SPECS[kind]
        marks = ", ".join("?" for _ in id_list)
        for row in conn.execute(f"{_select(spec)} WHERE e.id IN ({marks})", id_list):
            found[int(row[0])] = _from_row(spec, row)
    return found
