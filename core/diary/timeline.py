"""The case's story in time order, one page at a time, and the money totals."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal

from core.diary.columns import sort_time
from core.diary.entries import fetch_many
from core.diary.records import EntryRecord, Kind
from core.vault.migrations import Connection


@dataclass(frozen=True)
class TimelineItem:
    """One entry on the timeline: when it happened (else when written down) and the record."""

    entry_id: int
    kind: Kind
    at: dt.datetime
    record: EntryRecord


@dataclass(frozen=True)
class Totals:
    """Money demanded and paid in a case, per ISO 4217 currency (exact decimals)."""

    demanded: dict[str, Decimal] = field(default_factory=dict)
    paid: dict[str, Decimal] = field(default_factory=dict)


def _filter(case_id: int, kinds: Collection[Kind] | None) -> tuple[str, list[object]]:
    where = "case_id = ? AND deleted_at IS NULL"
    params: list[object] = [case_id]
    if kinds is not None:
        where += f" AND kind IN ({', '.join('?' for _ in kinds)})"
        params += [Kind(k).value for k in kinds]
    return where, params


def timeline(
    conn: Connection,
    case_id: int,
    limit: int = 50,
    offset: int = 0,
    newest_first: bool = False,
    kinds: Collection[Kind] | None = None,
) -> list[TimelineItem]:
    """A page of the case's live entries in time order (oldest first unless asked)."""
    where, params = _filter(case_id, kinds)
    order = "DESC" if newest_first else "ASC"
    rows = conn.execute(
        f"SELECT id, kind, sort_at, at_offset FROM entry INDEXED BY entry_timeline"  # noqa: S608
        f" WHERE {where} ORDER BY sort_at {order}, id {order} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    ids_by_kind: dict[Kind, list[int]] = defaultdict(list)
    for row in rows:
        ids_by_kind[Kind(row[1])].append(int(row[0]))
    records = fetch_many(conn, ids_by_kind)
    return [
        TimelineItem(int(row[0]), Kind(row[1]), sort_time(row[2], row[3]), records[int(row[0])])
        for row in rows
    ]


def timeline_count(conn: Connection, case_id: int, kinds: Collection[Kind] | None = None) -> int:
    """How many live entries the timeline has (for paging)."""
    where, params = _filter(case_id, kinds)
    row = conn.execute(f"SELECT count(*) FROM entry WHERE {where}", params).fetchone()  # noqa: S608
    return int(row[0])


def _sum(conn: Connection, table: str, case_id: int) -> dict[str, Decimal]:
    sums: dict[str, Decimal] = defaultdict(Decimal)
    rows = conn.execute(
        f"SELECT d.amount, d.currency FROM {table} AS d JOIN entry AS e ON e.id = d.entry_id"  # noqa: S608
        " WHERE e.case_id = ? AND e.deleted_at IS NULL AND d.amount IS NOT NULL",
        (case_id,),
    )
    for amount, currency in rows:
        sums[str(currency)] += Decimal(amount)
    return dict(sums)


def totals(conn: Connection, case_id: int) -> Totals:
    """Sums of live demands and payments per currency."""
    return Totals(demanded=_sum(conn, "demand", case_id), paid=_sum(conn, "payment", case_id))
