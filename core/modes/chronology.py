"""A case's chronology for a safeguarding record: every diary entry and every recorded event in
time order, one row each: when, what kind, what was said or decided, and by whom.

Rows are words in the staff member's language (``school.chronology.*`` content keys, the flows'
own wording for decisions); ``core.modes.export`` writes them as CSV and ``ui/school`` as PDF.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from core.content.catalog import Catalog
from core.diary.columns import decimal_text
from core.diary.kinds import spec_for
from core.diary.records import EntryRecord, Kind, Note
from core.diary.timeline import timeline, timeline_count
from core.flow.model import Flow
from core.modes.events import CaseEvent, EventKind, Origin, list_events, origins
from core.vault.migrations import Connection

PUPIL_WORDS = "pupil_words"
"""The stage a note of what a pupil said is saved with."""

_HIDDEN_FIELDS = frozenset(
    {"blob_id", "mime", "file_kind", "size", "file_modified_at", "person_id", "direction", "role"}
)
_EVENT_TYPES = {
    EventKind.ANSWER: "decision",
    EventKind.TICK: "step",
    EventKind.UNTICK: "step",
    EventKind.NO_RISK: "risk",
}


@dataclass(frozen=True)
class ChronologyRow:
    """One line of the chronology."""

    at: dt.datetime
    kind: str
    what: str
    by: str


def when_text(at: dt.datetime) -> str:
    """A time as the record shows it, with its UTC offset: ``2026-11-26 14:05+00:00``."""
    return at.isoformat(sep=" ", timespec="minutes")


def _value_text(value: object) -> str:
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, dt.datetime):
        return when_text(value)
    return str(value)


def entry_text(record: EntryRecord, t: Catalog) -> str:
    """What an entry says, field by field (a note is just its text)."""
    if isinstance(record, Note):
        return record.text or ""
    parts = []
    for name in spec_for(record).fields:
        value = getattr(record, name)
        if name in _HIDDEN_FIELDS or value is None or value == "":
            continue
        if isinstance(value, enum.Enum):
            value = t.text(f"school.chronology.actions.{value.value}")
        parts.append(t.text(f"school.chronology.fields.{name}", value=_value_text(value)))
    return "; ".join(parts)


def _flow_text(t: Catalog, flows: Mapping[str, Flow], event: CaseEvent) -> tuple[str, str]:
    """The step's title and the chosen option's or item's words, from the flow's content."""
    flow = flows.get(event.flow or "")
    step = flow.steps.get(event.step or "") if flow else None
    if step is None:
        return event.step or "", event.choice or ""
    if event.kind is EventKind.ANSWER:
        option = step.option(event.choice or "")
        return t.text(step.text.title), t.text(option.key) if option else event.choice or ""
    item = next((i for i in step.items if i.id == event.choice), None)
    return t.text(step.text.title), t.text(item.key) if item else event.choice or ""


def event_text(event: CaseEvent, t: Catalog, flows: Mapping[str, Flow]) -> str:
    """What an event records, in words, with the reason typed for it."""
    key = f"school.chronology.events.{event.kind.value}"
    if event.kind in (EventKind.ANSWER, EventKind.TICK, EventKind.UNTICK, EventKind.BACK):
        step, choice = _flow_text(t, flows, event)
        what = t.text(key, step=step, choice=choice)
    elif event.kind is EventKind.STAGE:
        what = t.text(key, stage=t.text(f"helpline.stages.{event.step}.title"))
    elif event.kind in (EventKind.RISK, EventKind.NO_RISK):
        what = t.text(key, flag=t.text(f"helpline.risks.{event.choice}"))
    elif event.kind is EventKind.EXPORT:
        what = t.text(key, format=(event.choice or "").upper())
    else:
        what = t.text(key)
    if event.detail:
        what = t.text("school.chronology.reason", what=what.rstrip("."), reason=event.detail)
    return what


def _entry_kind(kind: Kind, origin: Origin | None) -> str:
    if kind is Kind.NOTE and origin is not None and origin.stage == PUPIL_WORDS:
        return PUPIL_WORDS
    return kind.value


def chronology(
    conn: Connection, case_id: int, t: Catalog, flows: Mapping[str, Flow]
) -> list[ChronologyRow]:
    """Every live entry and every event of the case, oldest first."""
    who = origins(conn, case_id)
    rows = []
    for item in timeline(conn, case_id, limit=max(1, timeline_count(conn, case_id))):
        origin = who.get(item.entry_id)
        rows.append(
            ChronologyRow(
                item.at,
                t.text(f"school.chronology.types.{_entry_kind(item.kind, origin)}"),
                entry_text(item.record, t),
                (origin.by if origin else None) or "",
            )
        )
    for event in list_events(conn, case_id):
        kind = _EVENT_TYPES.get(event.kind, event.kind.value)
        rows.append(
            ChronologyRow(
                event.at,
                t.text(f"school.chronology.types.{kind}"),
                event_text(event, t, flows),
                event.by or "",
            )
        )
    rows.sort(key=lambda row: row.at)
    return rows


def chronology_table(rows: list[ChronologyRow], t: Catalog) -> list[list[str]]:
    """The header and one list of cells per row, as CSV and PDF show them."""
    header = [t.text(f"school.chronology.columns.{c}") for c in ("when", "type", "what", "by")]
    return [header] + [[when_text(r.at), r.kind, r.what, r.by] for r in rows]
