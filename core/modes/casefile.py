"""What helpline and school modes keep per case beside the diary: number, stage, next steps,
when confidentiality was explained, risk flags, and the caller's or pupil's region.

The case number comes from the vault (migration 30) and is never reused, so a purge record can
name a case without holding anything personal. Its label joins the year the case was opened and
the number, e.g. ``2026-0007``: staff read it aloud and type it to confirm a purge.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from core.content.regions import FALLBACK_REGION, load_region, region_for_locale
from core.diary import audit
from core.diary.cases import add_case, get_case, update_case
from core.diary.columns import from_utc_text, now_utc, utc_text
from core.diary.errors import NotFoundError
from core.diary.normalise import clean_text, country_of
from core.diary.records import AgeGroup, Case, CaseStatus
from core.modes.events import EventKind, NewEvent, insert_event
from core.vault.database import transaction
from core.vault.migrations import Connection

RISK_FLAGS: tuple[str, ...] = ("danger_now", "self_harm", "paid", "deadline", "shared")
"""Risk flags a helpline call can raise (words: ``helpline.risks.<flag>``)."""


@dataclass(frozen=True)
class CaseFile:
    """A case as helpline and school modes see it."""

    case: Case
    number: int
    stage: str
    next_steps: str | None
    confidentiality_at: dt.datetime | None
    risks: frozenset[str]

    @property
    def case_id(self) -> int:
        """The diary case's id."""
        assert self.case.id is not None
        return self.case.id

    @property
    def label(self) -> str:
        """The number staff read and type, e.g. ``2026-0007``."""
        return case_label(self.number, self.case.created_at)

    @property
    def region_pack(self) -> str:
        """The region pack of the caller or pupil (``intl`` when unknown)."""
        return pack_for_iso(self.case.region)


def case_label(number: int, created: dt.datetime | None) -> str:
    """``<year opened>-<number, four digits>``."""
    year = (created or now_utc()).astimezone().year
    return f"{year}-{number:04d}"


def pack_for_iso(iso: str | None) -> str:
    """The region pack for a case's ISO 3166 code (``GB-WLS`` → ``uk``; None → ``intl``)."""
    if not iso:
        return FALLBACK_REGION
    return region_for_locale(f"und_{country_of(iso)}")


def iso_for_pack(pack_code: str) -> str | None:
    """The ISO 3166 country a region pack serves (None for ``intl``)."""
    locale = load_region(pack_code).locale
    return locale.split("_")[1] if locale else None


def get_case_file(conn: Connection, case_id: int) -> CaseFile:
    """The case and its mode data; ``NotFoundError`` if there is no live case."""
    case = get_case(conn, case_id)
    row = conn.execute(
        "SELECT number, stage, next_steps, confidentiality_at FROM case_file WHERE case_id = ?",
        (case_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError("case", case_id)
    risks = conn.execute("SELECT flag FROM case_risk WHERE case_id = ?", (case_id,))
    return CaseFile(
        case=case,
        number=int(row[0]),
        stage=str(row[1]),
        next_steps=row[2],
        confidentiality_at=from_utc_text(row[3]),
        risks=frozenset(str(r[0]) for r in risks),
    )


def open_case(
    conn: Connection,
    *,
    age_group: AgeGroup = AgeGroup.UNKNOWN,
    region_pack: str | None = None,
    title: str | None = None,
) -> CaseFile:
    """Start a case (a call, or a pupil's record); it gets the next case number."""
    case = add_case(
        conn,
        Case(
            title=title,
            age_group=age_group,
            region=iso_for_pack(region_pack) if region_pack else None,
        ),
    )
    assert case.id is not None
    return get_case_file(conn, case.id)


def change_case(
    conn: Connection,
    case_id: int,
    *,
    title: str | None = None,
    status: CaseStatus | None = None,
    age_group: AgeGroup | None = None,
    region_pack: str | None = None,
) -> CaseFile:
    """Change the given fields of a case (None leaves a field as it is)."""
    case = get_case(conn, case_id)
    if title is not None:
        case.title = title or None
    if status is not None:
        case.status = status
    if age_group is not None:
        case.age_group = age_group
    if region_pack is not None:
        case.region = iso_for_pack(region_pack)
    update_case(conn, case)
    return get_case_file(conn, case_id)


def _set_column(conn: Connection, case_id: int, column: str, value: str | None) -> None:
    get_case(conn, case_id)
    conn.execute(
        f"UPDATE case_file SET {column} = ? WHERE case_id = ?",  # noqa: S608
        (value, case_id),
    )
    audit.append(conn, "update", "case_file", case_id, case_id, {column: value})


def explain_confidentiality(conn: Connection, case_id: int, by: str | None = None) -> CaseFile:
    """Record that the confidentiality limits were explained, now, before any details."""
    with transaction(conn):
        _set_column(conn, case_id, "confidentiality_at", utc_text(now_utc()))
        insert_event(conn, case_id, NewEvent(EventKind.CONFIDENTIALITY, by=by))
    return get_case_file(conn, case_id)


def set_stage(conn: Connection, case_id: int, stage: str, by: str | None = None) -> CaseFile:
    """Move the call to ``stage`` (an id of ``core.modes.helpline.STAGES``), with an event."""
    with transaction(conn):
        _set_column(conn, case_id, "stage", stage)
        insert_event(conn, case_id, NewEvent(EventKind.STAGE, step=stage, by=by))
    return get_case_file(conn, case_id)


def set_next_steps(conn: Connection, case_id: int, text: str | None) -> CaseFile:
    """Save what happens next (free text typed by staff)."""
    with transaction(conn):
        _set_column(conn, case_id, "next_steps", clean_text(text))
    return get_case_file(conn, case_id)


def set_risk(
    conn: Connection, case_id: int, flag: str, raised: bool, by: str | None = None
) -> CaseFile:
    """Raise or clear a risk flag (one of ``RISK_FLAGS``), with an event."""
    if flag not in RISK_FLAGS:
        raise ValueError(f"unknown risk flag {flag!r}")
    with transaction(conn):
        get_case(conn, case_id)
        if raised:
            conn.execute("INSERT OR IGNORE INTO case_risk VALUES (?, ?)", (case_id, flag))
        else:
            conn.execute("DELETE FROM case_risk WHERE case_id = ? AND flag = ?", (case_id, flag))
        kind = EventKind.RISK if raised else EventKind.NO_RISK
        insert_event(conn, case_id, NewEvent(kind, choice=flag, by=by))
    return get_case_file(conn, case_id)
