"""FlowState moves, the back stack, ticks, progress, and resuming after a restart."""

from __future__ import annotations

import json

import pytest

from core.flow.loader import load_flow
from core.flow.model import Flow
from core.flow.state import FlowState, FlowStateError, Progress
from tests.flow.conftest import MiniProject

UK = {"region": "uk"}


def test_starts_on_safety_with_defaults(guide: Flow) -> None:
    state = FlowState(guide)
    assert state.step.id == "safe_now"
    assert state.context == {"region": "intl", "mode": "victim"}
    assert state.answers == {}
    assert not state.can_go_back
    assert state.progress() == Progress(0, 10)


def test_back_stack_restores_answers_exactly(guide: Flow) -> None:
    state = FlowState(guide, UK)
    trail = []
    for move in ("safe", "recording", "adult", None, "yes", None, "yes"):
        trail.append((state.step.id, state.answers))
        if move is None:
            state.advance()
        else:
            state.answer(move)
    assert state.step.id == "stop_talking"
    assert state.answers == {
        "danger": "no",
        "threat": "recording",
        "age": "adult",
        "paid": "yes",
        "contact": "yes",
    }
    while trail:
        step_id, answers = trail.pop()
        assert state.back().id == step_id
        assert state.answers == answers
    assert not state.can_go_back
    with pytest.raises(FlowStateError):
        state.back()


def test_changing_an_answer_after_going_back_changes_the_route(guide: Flow) -> None:
    state = FlowState(guide, UK)
    for option in ("safe", "recording", "adult"):
        state.answer(option)
    assert "removal_adult" in [s.step.id for s in state.route()]
    state.back()
    assert state.step.id == "age" and "age" not in state.answers
    state.answer("under18")
    ids = [s.step.id for s in state.route()]
    assert "removal_child" in ids and "removal_adult" not in ids


def test_progress_and_overview_follow_the_person(guide: Flow) -> None:
    state = FlowState(guide, UK)
    for option in ("safe", "recording", "adult"):
        state.answer(option)
    assert state.step.id == "breathe"
    assert state.progress() == Progress(1, 10)
    state.advance()  # to the "paid?" question: between overview steps
    assert state.progress() == Progress(1, 10)
    state.answer("yes")  # paying adds the money step
    assert state.progress() == Progress(2, 11)
    route = state.route()
    assert [(s.step.id, s.done, s.current) for s in route[:3]] == [
        ("breathe", True, False),
        ("paid_stop", False, True),
        ("stay_silent", False, False),
    ]
    assert route[1].visited and not route[2].visited
    state.tick("profile", step_id="evidence")
    assert next(s for s in state.route() if s.step.id == "evidence").ticked == {"profile"}


def test_school_mode_never_asks_age(guide: Flow) -> None:
    state = FlowState(guide, {"mode": "school"})
    state.answer("safe")
    state.answer("recording")
    assert state.step.id == "breathe"
    assert state.facts()["age"] == "under18"
    assert "age" not in state.answers
    assert state.back().id == "threat"  # the skipped question never enters the back stack


def test_switching_to_school_mode_drops_an_age_answer(guide: Flow) -> None:
    state = FlowState(guide, UK)
    for option in ("safe", "recording", "adult"):
        state.answer(option)
    state.set_context(mode="school")
    assert "age" not in state.answers
    assert state.facts()["age"] == "under18"
    assert "evidence_under18" in [s.step.id for s in state.route()]
    with pytest.raises(FlowStateError):
        state.set_context(region="atlantis")


def test_moves_that_do_not_fit_the_step_are_refused(guide: Flow) -> None:
    state = FlowState(guide, UK)
    with pytest.raises(FlowStateError):
        state.advance()  # a question needs an answer
    with pytest.raises(FlowStateError):
        state.answer("maybe")
    with pytest.raises(FlowStateError):
        state.tick("profile")  # not a checklist
    state.answer("danger")
    with pytest.raises(FlowStateError):
        state.answer("safe")  # crisis is an info step
    with pytest.raises(FlowStateError):
        FlowState(guide, {"mode": "burglar"})


def test_ticks(guide: Flow) -> None:
    state = FlowState(guide, UK)
    state.tick("profile", step_id="evidence")
    state.tick("times", step_id="evidence")
    state.tick("profile", done=False, step_id="evidence")
    assert state.ticked("evidence") == {"times"}
    with pytest.raises(FlowStateError):
        state.tick("no_such_item", step_id="evidence")


def _walk_to_evidence(guide: Flow) -> FlowState:
    state = FlowState(guide, UK)
    for move in ("safe", "recording", "adult", None, "no", None, "no", None):
        if move is None:
            state.advance()
        else:
            state.answer(move)
    assert state.step.id == "evidence"
    state.tick("profile")
    return state


def test_json_round_trip_resumes_exactly(guide: Flow) -> None:
    state = _walk_to_evidence(guide)
    text = state.to_json()
    assert json.loads(text)["step"] == "evidence"
    again = FlowState.from_json(guide, text)
    assert again.to_json() == text
    assert again.step.id == "evidence"
    assert again.answers == state.answers
    assert again.ticked() == {"profile"}
    assert again.progress() == state.progress()
    assert again.back().id == "stay_silent"
    assert again.back().id == "contact" and "contact" not in again.answers


def test_resume_with_a_new_context_applies_it(guide: Flow) -> None:
    text = _walk_to_evidence(guide).to_json()
    school = FlowState.from_json(guide, text, {"mode": "school", "region": "es"})
    assert school.context == {"region": "es", "mode": "school"}
    assert "age" not in school.answers
    assert "evidence_under18" in [s.step.id for s in school.route()]
    back = [school.back().id for _ in range(6)]
    assert back == ["stay_silent", "contact", "dont_pay", "paid", "breathe", "threat"]
    assert school.answers == {"danger": "no"}


@pytest.mark.parametrize(
    "text",
    ["", "not json", "[]", '{"format": 99, "flow": "guide"}', '{"format": 1, "flow": "other"}'],
)
def test_unusable_saved_state_starts_again(guide: Flow, text: str) -> None:
    state = FlowState.from_json(guide, text, UK)
    assert state.step.id == "safe_now"
    assert state.context["region"] == "uk"
    assert not state.can_go_back


def test_saved_values_the_flow_no_longer_knows_are_dropped(guide: Flow) -> None:
    saved = json.loads(_walk_to_evidence(guide).to_json())
    saved["answers"]["paid"] = "maybe"
    saved["answers"]["mood"] = "low"
    saved["context"]["region"] = "atlantis"
    saved["ticks"] = {"evidence": ["profile", "gone"], "nowhere": ["x"], "police": "bad"}
    saved["visited"] = ["breathe", "nowhere", 3]
    saved["back"].append("junk")
    state = FlowState.from_json(guide, json.dumps(saved))
    assert state.step.id == "evidence"
    assert "paid" not in state.answers and "mood" not in state.answers
    assert state.context["region"] == "intl"
    assert state.ticked() == {"profile"}
    assert "nowhere" not in json.loads(state.to_json())["visited"]


def test_resume_after_a_step_was_removed(mini: MiniProject) -> None:
    flow = load_flow(mini.flow_file)
    state = FlowState(flow)
    state.answer("adult")
    assert state.step.id == "grown"
    text = state.to_json()
    mini.edit_flow('goto = "grown" }', 'goto = "adult_info" }')
    mini.edit_flow("[steps.grown]", "[steps.adult_info]")
    changed = load_flow(mini.flow_file)
    resumed = FlowState.from_json(changed, text)
    assert resumed.step.id == "ask"  # the nearest step that still exists
    assert resumed.answers == {}
    assert not resumed.can_go_back
    resumed.answer("adult")
    assert resumed.step.id == "adult_info"


def test_resume_when_nothing_saved_exists_any_more(mini: MiniProject) -> None:
    flow = load_flow(mini.flow_file)
    saved = {
        "format": 1,
        "flow": "mini",
        "step": "gone",
        "answers": {},
        "back": [{"step": "lost", "answers": {}}],
    }
    state = FlowState.from_json(flow, json.dumps(saved))
    assert state.step.id == "ask"
