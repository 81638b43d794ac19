"""The timed record of a call or a safeguarding lead's decisions, and notes with who wrote them.

An event names what was done with ids (a flow step and option, a call stage, a risk flag) and
keeps who did it (the name typed for the session) and an optional reason in their own words.
Content turns the ids into words when the record is shown or exported.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from core.diary import audit
from core.diary.cases import get_case
from core.diary.columns import from_utc_text, offset_minutes, utc_text
from core.diary.entries import get, insert_entry
from core.diary.errors import Code, ValidationError
from core.diary.normalise import clean_line, clean_text
from core.diary.records import Note
from core.diary.validate import prepare
from core.vault.database import transaction
from core.vault.migrations import Connection


class EventKind(StrEnum):
    """What an event records."""

    CONFIDENTIALITY = "confidentiality"  # the limits of confidentiality were explained
    STAGE = "stage"  # the call moved to a stage
    ANSWER = "answer"  # a flow question was answered (step, option)
    TICK = "tick"  # a checklist item was done (step, item)
    UNTICK = "untick"
    BACK = "back"  # went back to an earlier step to look again
    RISK = "risk"  # a risk flag was raised (choice = flag)
    NO_RISK = "no_risk"  # ... or cleared
    EXPORT = "export"  # the record was exported (choice = "pdf" or "csv")


@dataclass(frozen=True)
class NewEvent:
    """An event to record; ``at`` defaults to now, in this computer's offset."""

    kind: EventKind
    flow: str | None = None
    step: str | None = None
    choice: str | None = None
    by: str | None = None
    detail: str | None = None
    at: dt.datetime | None = None


@dataclass(frozen=True)
class CaseEvent:
    """A recorded event."""

    id: int
    case_id: int
    at: dt.datetime
    kind: EventKind
    flow: str | None
    step: str | None
    choice: str | None
    by: str | None
    detail: str | None


@dataclass(frozen=True)
class Origin:
    """Who wrote a diary entry through these modes, and at which call stage."""

    by: str | None
    stage: str | None


def local_now() -> dt.datetime:
    """Now, aware, in this computer's offset."""
    return dt.datetime.now().astimezone()


def insert_event(conn: Connection, case_id: int, event: NewEvent) -> int:
    """Add an event inside the caller's transaction; return its id."""
    at = event.at or local_now()
    cursor = conn.execute(
        "INSERT INTO case_event (case_id, at_utc, at_offset, kind, flow, step, choice, by_name,"
        " detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            case_id,
            utc_text(at),
            offset_minutes(at),
            event.kind.value,
            event.flow,
            event.step,
            event.choice,
            clean_line(event.by),
            clean_text(event.detail),
        ),
    )
    event_id = int(cursor.lastrowid)
    audit.append(conn, "add", "case_event", event_id, case_id, event)
    return event_id


def record_event(conn: Connection, case_id: int, event: NewEvent) -> CaseEvent:
    """Record one event in its own transaction and return it."""
    with transaction(conn):
        get_case(conn, case_id)
        event_id = insert_event(conn, case_id, event)
    return next(e for e in list_events(conn, case_id) if e.id == event_id)


def list_events(conn: Connection, case_id: int) -> list[CaseEvent]:
    """The case's events in time order."""
    rows = conn.execute(
        "SELECT id, case_id, at_utc, at_offset, kind, flow, step, choice, by_name, detail"
        " FROM case_event WHERE case_id = ? ORDER BY at_utc, id",
        (case_id,),
    )
    events = []
    for row in rows:
        at = from_utc_text(row[2], row[3])
        assert at is not None
        events.append(CaseEvent(int(row[0]), int(row[1]), at, EventKind(row[4]), *row[5:]))
    return events


def add_note(
    conn: Connection,
    case_id: int,
    text: str,
    *,
    by: str | None = None,
    stage: str | None = None,
    at: dt.datetime | None = None,
) -> Note:
    """Save a diary note stamped with the time (now unless given), who wrote it and the stage.

    Quick notes in a call and what a pupil said are both notes: they appear in the diary's
    timeline and search like any other.
    """
    if clean_text(text) is None:
        raise ValidationError.single("text", Code.REQUIRED)
    with transaction(conn):
        tidy = prepare(Note(text=text, at=at or local_now()), get_case(conn, case_id).region)
        entry_id = insert_entry(conn, case_id, tidy)
        conn.execute(
            "INSERT INTO entry_origin (entry_id, by_name, stage) VALUES (?, ?, ?)",
            (entry_id, clean_line(by), stage),
        )
    return get(conn, entry_id, Note)


def origins(conn: Connection, case_id: int) -> dict[int, Origin]:
    """Who wrote each of the case's entries written through these modes, by entry id."""
    rows = conn.execute(
        "SELECT o.entry_id, o.by_name, o.stage FROM entry_origin AS o"
        " JOIN entry AS e ON e.id = o.entry_id WHERE e.case_id = ?",
        (case_id,),
    )
    return {int(r[0]): Origin(r[1], r[2]) for r in rows}
