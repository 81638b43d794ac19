"""A flow walked for one case (the guide with a caller, the decision steps with a pupil),
saved in the vault beside the case.

The UI keeps the live ``FlowState`` and moves it; after each move it saves the state's JSON
and the event that records the move, together, in one transaction on the diary's write thread.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.diary import audit
from core.diary.cases import get_case
from core.flow.model import Flow
from core.flow.state import FlowState, FlowStateError
from core.modes.events import EventKind, NewEvent, insert_event
from core.vault.database import transaction
from core.vault.migrations import Connection


def load_walk(
    conn: Connection, case_id: int, flow: Flow, context: Mapping[str, str] | None = None
) -> FlowState:
    """The case's saved walk of ``flow`` (a fresh one if none), with ``context`` applied.

    A context value the flow does not declare (a region it has no pack for) is left out.
    """
    allowed = {
        name: value
        for name, value in (context or {}).items()
        if value in flow.vocabulary.context.get(name, ())
    }
    row = conn.execute(
        "SELECT state FROM case_walk WHERE case_id = ? AND flow = ?", (case_id, flow.id)
    ).fetchone()
    if row is None:
        return FlowState(flow, allowed)
    try:
        return FlowState.from_json(flow, str(row[0]), allowed)
    except FlowStateError:
        return FlowState(flow, allowed)


def save_walk(
    conn: Connection, case_id: int, flow_id: str, state_json: str, event: NewEvent | None = None
) -> None:
    """Save a walk's state (from ``FlowState.to_json()``) and the event that moved it."""
    with transaction(conn):
        get_case(conn, case_id)
        conn.execute(
            "INSERT OR REPLACE INTO case_walk (case_id, flow, state) VALUES (?, ?, ?)",
            (case_id, flow_id, state_json),
        )
        audit.append(conn, "update", "case_walk", case_id, case_id, {"state": state_json})
        if event is not None:
            insert_event(conn, case_id, event)


def answer(
    state: FlowState, option_id: str, *, by: str | None = None, detail: str | None = None
) -> NewEvent:
    """Answer the current question; return the event that records the decision."""
    step = state.step
    state.answer(option_id)
    return NewEvent(
        EventKind.ANSWER, flow=state.flow.id, step=step.id, choice=option_id, by=by, detail=detail
    )


def tick(
    state: FlowState,
    item_id: str,
    done: bool,
    *,
    by: str | None = None,
    detail: str | None = None,
) -> NewEvent:
    """Tick or untick an item of the current step; return the event that records it."""
    state.tick(item_id, done)
    kind = EventKind.TICK if done else EventKind.UNTICK
    return NewEvent(
        kind, flow=state.flow.id, step=state.step.id, choice=item_id, by=by, detail=detail
    )


def back(state: FlowState, *, by: str | None = None) -> NewEvent:
    """Go back a step to look again; return the event that records it."""
    step = state.back()
    return NewEvent(EventKind.BACK, flow=state.flow.id, step=step.id, by=by)
