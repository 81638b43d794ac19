"""The person's place in the guide, kept in the vault, and which place to carry on from.

Plain functions taking an open vault connection: call ``save_progress`` inside
``vault.transaction()``. Before a vault exists the guide's state lives only in memory, because
it reveals the person's situation; the UI calls these only once the diary is unlocked.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from core.flow.model import Flow
from core.flow.state import FlowState
from core.vault.migrations import Connection


def save_progress(conn: Connection, state: FlowState) -> None:
    """Store ``state`` as the saved walk of its flow (replacing the one before)."""
    conn.execute(
        "INSERT INTO guide_progress (flow, state) VALUES (?, ?) "
        "ON CONFLICT (flow) DO UPDATE SET state = excluded.state",
        (state.flow.id, state.to_json()),
    )


def load_progress(
    conn: Connection, flow: Flow, context: Mapping[str, str] | None = None
) -> FlowState | None:
    """The saved walk of ``flow`` with today's ``context`` applied, or None if there is none."""
    row = conn.execute("SELECT state FROM guide_progress WHERE flow = ?", (flow.id,)).fetchone()
    return FlowState.from_json(flow, str(row[0]), context) if row else None


def steps_taken(state: FlowState) -> int:
    """How far along a walk is: the number of steps behind the current one."""
    return len(json.loads(state.to_json())["back"])


def resume(current: FlowState, saved: FlowState | None) -> FlowState:
    """The walk to carry on with once the vault opens.

    The saved walk wins unless the walk of this session has gone further; ticks from both are
    kept, so nothing the person marked as done is lost either way.
    """
    if saved is None:
        return current
    chosen, other = (
        (current, saved) if steps_taken(current) > steps_taken(saved) else (saved, current)
    )
    keep_ticks(chosen, other)
    return chosen


def keep_ticks(into: FlowState, other: FlowState) -> None:
    """Tick in ``into`` everything ticked in ``other`` (a walk of the same flow)."""
    for step in into.flow.steps.values():
        for item in other.ticked(step.id):
            into.tick(item, True, step.id)
