"""The order of the guide for each situation, as CONTENT.md gives it (steps 0-11)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest

from core.flow.model import Flow
from core.flow.state import FlowState
from tests.flow.conftest import drive

SCAM = ["scam_dont_pay", "scam_no_reply", "scam_password", "scam_report", "scam_signs", "support"]


def expected_route(
    threat: str, age: str, paid: str, contact: str, shared: str = "no", danger: str = "no"
) -> list[str]:
    """The overview steps in order: 0 crisis, 1 breathe ... 11 support."""
    route = ["crisis"] if danger == "yes" else []
    if threat == "mass_email":
        return route + SCAM
    if threat == "unsure":
        route.append("threat_unsure")
    young = age == "under18"
    route += [
        "breathe",
        "paid_stop" if paid == "yes" else "dont_pay",
        "stop_talking" if contact == "yes" else "stay_silent",
        "evidence_under18" if young else "evidence",
        "block_report",
        "police",
        "removal_child" if young else "removal_adult",
        "lock_down",
    ]
    if paid == "yes":
        route.append("money")
    return [*route, "family_shared" if shared == "yes" else "family", "support"]


def expected_questions(threat: str, mode: str) -> list[str]:
    asked = ["safe_now", "threat"] + ([] if mode == "school" else ["age"])
    return asked if threat == "mass_email" else [*asked, "paid", "contact", "shared"]


CASES = list(
    itertools.product(
        ("recording", "mass_email", "unsure"), ("under18", "adult"), ("yes", "no"), ("yes", "no")
    )
)


@pytest.mark.parametrize("mode", ["victim", "helpline", "school"])
@pytest.mark.parametrize("region", ["uk", "es", "intl"])
@pytest.mark.parametrize(("threat", "age", "paid", "contact"), CASES)
def test_route_table(
    guide: Flow, region: str, mode: str, threat: str, age: str, paid: str, contact: str
) -> None:
    answers = {
        "danger": "no",
        "threat": threat,
        "age": age,
        "paid": paid,
        "contact": contact,
        "shared": "no",
    }
    effective_age = "under18" if mode == "school" else age
    state = FlowState(guide, {"region": region, "mode": mode})
    # Before any answer the overview shows the likely route (not paid, not in contact ...).
    likely = expected_route("recording", "under18" if mode == "school" else "adult", "no", "no")
    assert [s.step.id for s in state.route()] == likely
    shown = drive(state, answers)
    route = expected_route(threat, effective_age, paid, contact)
    assert [s.step.id for s in state.route()] == route
    assert [s for s in shown if s not in route] == [*expected_questions(threat, mode), "end"]


def test_literal_routes(guide: Flow) -> None:
    """Three situations written out in full, as a person would meet them."""
    adult = FlowState(guide, {"region": "uk"})
    shown = drive(
        adult,
        {
            "danger": "no",
            "threat": "recording",
            "age": "adult",
            "paid": "no",
            "contact": "no",
            "shared": "no",
        },
    )
    assert shown == [
        "safe_now", "threat", "age", "breathe", "paid", "dont_pay", "contact", "stay_silent",
        "evidence", "block_report", "police", "removal_adult", "lock_down", "shared", "family",
        "support", "end",
    ]  # fmt: skip
    pupil = FlowState(guide, {"region": "uk", "mode": "school"})
    shown = drive(
        pupil,
        {"danger": "yes", "threat": "unsure", "paid": "yes", "contact": "yes", "shared": "yes"},
    )
    assert shown == [
        "safe_now", "crisis", "threat", "threat_unsure", "breathe", "paid", "paid_stop", "contact",
        "stop_talking", "evidence_under18", "block_report", "police", "removal_child", "lock_down",
        "money", "shared", "family_shared", "support", "end",
    ]  # fmt: skip
    scam = FlowState(guide, {"region": "es"})
    shown = drive(scam, {"danger": "no", "threat": "mass_email", "age": "adult"})
    assert shown == ["safe_now", "threat", "age", *SCAM, "end"]


def test_images_already_shared_changes_step_10(guide: Flow) -> None:
    for shared, step in (("yes", "family_shared"), ("no", "family"), ("unknown", "family")):
        state = FlowState(guide, {"region": "uk"})
        answers = {
            "danger": "no",
            "threat": "recording",
            "age": "adult",
            "paid": "no",
            "contact": "no",
            "shared": shared,
        }
        drive(state, answers)
        assert [s.step.id for s in state.route()] == expected_route(
            "recording", "adult", "no", "no", shared
        )
        assert step in [s.step.id for s in state.route()]


@dataclass(frozen=True)
class Seen:
    """What one shown step offered: service categories, action names, note and item ids."""

    services: list[str]
    actions: list[str]
    notes: list[str]
    items: list[str]


def _views(guide: Flow, context: dict[str, str], answers: dict[str, str]) -> dict[str, Seen]:
    seen: dict[str, Seen] = {}

    def record(state: FlowState) -> None:
        view = state.view()
        seen[state.step.id] = Seen(
            list(view.services),
            [a.name for a in view.actions],
            [n.id for n in view.notes],
            [i.id for i in view.items],
        )

    drive(FlowState(guide, context), answers, record)
    return seen


def test_police_services_follow_age_and_payment(guide: Flow) -> None:
    base = {"danger": "no", "threat": "recording", "contact": "no", "shared": "yes"}
    young_paid = _views(guide, {"region": "uk"}, {**base, "age": "under18", "paid": "yes"})
    assert young_paid["police"].services == ["police", "fraud", "child_protection"]
    assert young_paid["police"].notes == ["under18", "paid"]
    assert young_paid["removal_child"].services == ["removal_child"]
    assert young_paid["family_shared"].services == ["removal_child", "online_safety"]
    assert "diary.add_payment" in young_paid["evidence_under18"].actions
    assert young_paid["support"].services == ["support", "child_support", "crisis"]
    adult = _views(guide, {"region": "uk"}, {**base, "age": "adult", "paid": "no"})
    assert adult["police"].services == ["police"]
    assert adult["police"].notes == []
    assert adult["removal_adult"].services == ["removal_adult"]
    assert adult["family_shared"].services == ["removal_adult", "online_safety"]
    assert adult["evidence"].actions == [
        "evidence.add", "diary.add_account", "diary.add_message", "diary.add_demand"
    ]  # fmt: skip
    assert adult["support"].services == ["support", "crisis"]


def test_crisis_numbers_come_first_when_in_danger(guide: Flow) -> None:
    views = _views(
        guide, {"region": "au"}, {"danger": "yes", "threat": "mass_email", "age": "adult"}
    )
    assert list(views)[:2] == ["safe_now", "crisis"]
    assert views["crisis"].services == ["emergency", "crisis"]
    assert views["crisis"].actions == ["crisis.show"]


@pytest.mark.parametrize(
    ("mode", "helper"), [("victim", False), ("helpline", True), ("school", True)]
)
def test_under18_evidence_offers_description_not_files(
    guide: Flow, mode: str, helper: bool
) -> None:
    answers = {
        "danger": "no",
        "threat": "recording",
        "age": "under18",
        "paid": "no",
        "contact": "no",
        "shared": "no",
    }
    evidence = _views(guide, {"region": "uk", "mode": mode}, answers)["evidence_under18"]
    assert evidence.actions[0] == "evidence.add_description"
    assert "evidence.add" not in evidence.actions
    assert evidence.items[0] == "no_images"
    assert ("helper" in evidence.items) is helper
