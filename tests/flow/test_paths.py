"""Every path through the real guide, for every region and mode, reaches an end step calmly."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from core.flow.model import SERVICE_CATEGORIES, Flow, StepKind
from core.flow.state import FlowState

REGIONS = ("intl", "uk", "ie", "es", "pt", "us", "ca", "au")
MODES = ("victim", "helpline", "school")


@dataclass(frozen=True)
class Walk:
    """One complete path: the steps shown, what each offered, and the final state."""

    shown: tuple[str, ...]
    actions: tuple[str, ...]
    services: tuple[str, ...]
    state: FlowState


def walks(flow: Flow, context: dict[str, str]) -> Iterator[Walk]:
    """Depth-first over every option of every question, cloning the state through JSON."""

    def go(
        state: FlowState,
        shown: tuple[str, ...],
        actions: tuple[str, ...],
        services: tuple[str, ...],
    ) -> Iterator[Walk]:
        view = state.view()
        shown = (*shown, state.step.id)
        actions = (*actions, *(a.name for a in view.actions))
        services = (*services, *view.services)
        assert len(shown) == len(set(shown)), f"a step is shown twice: {shown}"
        if state.finished:
            yield Walk(shown, actions, services, state)
        elif state.step.kind is StepKind.QUESTION:
            for option in state.step.options:
                branch = FlowState.from_json(flow, state.to_json())
                branch.answer(option.id)
                yield from go(branch, shown, actions, services)
        else:
            state.advance()
            yield from go(state, shown, actions, services)

    yield from go(FlowState(flow, context), (), (), ())


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("region", REGIONS)
def test_every_path_reaches_an_end(guide: Flow, region: str, mode: str) -> None:
    found = list(walks(guide, {"region": region, "mode": mode}))
    # danger 2 x (scam: age 2 + other threats 2 x age 2 x paid 2 x contact 2 x shared 3);
    # school mode never asks the age.
    assert len(found) == (
        2 * (1 + 2 * 2 * 2 * 3) if mode == "school" else 2 * (2 + 2 * 2 * 2 * 2 * 3)
    )
    for walk in found:
        state = walk.state
        assert state.step.kind is StepKind.END
        assert tuple(s.id for s in state.path()) == walk.shown, "the overview must match the walk"
        position, total = state.progress().position, state.progress().total
        assert position == total == len(state.route())
        assert all(stop.done for stop in state.route())
        assert set(walk.services) <= set(SERVICE_CATEGORIES)
        facts = state.facts()
        if facts["danger"] == "yes":
            assert walk.shown[:2] == ("safe_now", "crisis")
            assert "crisis.show" in walk.actions
        if facts["age"] == "under18":
            assert "removal_adult" not in walk.shown
            assert "removal_adult" not in walk.services
            assert "evidence.add" not in walk.actions
            assert "evidence" not in walk.shown
        if mode == "school":
            assert "age" not in walk.shown
            assert facts["age"] == "under18"
        if facts["threat"] == "mass_email":
            assert "breathe" not in walk.shown and walk.shown[-2:] == ("support", "end")
        else:
            assert "evidence_under18" in walk.shown or "evidence" in walk.shown


def test_every_step_is_shown_on_some_path(guide: Flow) -> None:
    seen: set[str] = set()
    for mode in MODES:
        for walk in walks(guide, {"region": "uk", "mode": mode}):
            seen.update(walk.shown)
    assert seen == set(guide.steps)
