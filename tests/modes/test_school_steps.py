"""The safeguarding lead's steps: where each answer leads, and every decision recorded in the
case with the time and the lead's name; the chronology and its CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping
from pathlib import Path

import pytest

from core.content.catalog import Catalog
from core.diary.records import AgeGroup
from core.flow.model import Flow
from core.flow.state import FlowState
from core.modes import walks
from core.modes.casefile import explain_confidentiality, open_case
from core.modes.chronology import PUPIL_WORDS, chronology, chronology_table
from core.modes.events import EventKind, NewEvent, add_note, list_events
from core.modes.export import csv_bytes, neutralise, write_csv
from core.vault.migrations import Connection

DSL = "Ms Okafor"


@pytest.mark.parametrize(
    ("answers", "lands_on"),
    [
        ({"risk_now": "no", "blackmail": "yes"}, "refer"),
        ({"risk_now": "no", "blackmail": "unsure"}, "refer"),
        ({"risk_now": "yes", "blackmail": "no"}, "refer"),
        ({"risk_now": "no", "blackmail": "no", "adult": "yes"}, "refer"),
        ({"risk_now": "no", "blackmail": "no", "adult": "unsure"}, "refer"),
        ({"risk_now": "no", "blackmail": "no", "adult": "no", "other_factors": "yes"}, "refer"),
        ({"risk_now": "no", "blackmail": "no", "adult": "no", "other_factors": "no"}, "in_school"),
    ],
)
def test_when_the_police_and_social_care_are_involved(
    flows: Mapping[str, Flow], answers: dict[str, str], lands_on: str
) -> None:
    state = FlowState(flows["school"], {"region": "uk"})
    state.advance()
    state.advance()
    while state.step.kind.value in ("question", "info") and state.step.id not in (
        "refer",
        "in_school",
    ):
        if state.step.kind.value == "question":
            state.answer(answers[state.step.asks or ""])
        else:
            assert state.step.id == "urgent"
            assert state.view().services == ("emergency", "crisis", "child_support")
            state.advance()
    assert state.step.id == lands_on


def test_ceop_and_report_remove_show_in_the_uk_only(flows: Mapping[str, Flow]) -> None:
    for region, shown in (("uk", True), ("ie", False)):
        state = FlowState(flows["school"], {"region": region})
        items = {
            i.id
            for s in state.flow.steps.values()
            for i in s.items
            if i.when.matches(state.facts())
        }
        assert ("ceop" in items and "report_remove" in items) is shown


def test_decisions_are_recorded_with_time_and_the_leads_name(
    conn: Connection, catalog: Catalog, flows: Mapping[str, Flow], tmp_path: Path
) -> None:
    school = flows["school"]
    file = open_case(conn, age_group=AgeGroup.UNDER18, region_pack="uk")
    explain_confidentiality(conn, file.case_id, by=DSL)
    state = walks.load_walk(conn, file.case_id, school, {"region": "uk"})

    def save(event: NewEvent | None = None) -> None:
        walks.save_walk(conn, file.case_id, school.id, state.to_json(), event)

    before = dt.datetime.now().astimezone()
    for item in ("no_viewing", "not_asked", "not_deleted", "no_blame", "device"):
        save(walks.tick(state, item, True, by=DSL))
    state.advance()
    save()
    add_note(
        conn,
        file.case_id,
        "He said a girl on Instagram asked for pictures, then demanded £100 in gift cards.",
        by=DSL,
        stage=PUPIL_WORDS,
    )
    state.advance()
    save(walks.answer(state, "no", by=DSL))
    save(walks.answer(state, "yes", by=DSL, detail="Demanding £100 or they send it to his friends"))
    assert state.step.id == "refer"
    save(walks.tick(state, "police", True, by=DSL, detail="Ref 44/2211"))
    save(walks.tick(state, "ceop", True, by=DSL))
    save(walks.tick(state, "ceop", False, by=DSL, detail="Police said they would"))
    save(walks.back(state, by=DSL))
    assert state.step.id == "blackmail"
    after = dt.datetime.now().astimezone()

    reopened = walks.load_walk(conn, file.case_id, school, {"region": "uk"})
    assert reopened.step.id == "blackmail" and reopened.answers["risk_now"] == "no"
    assert reopened.ticked("first_rules") == {
        "no_viewing",
        "not_asked",
        "not_deleted",
        "no_blame",
        "device",
    }
    events = list_events(conn, file.case_id)
    assert [e.kind for e in events].count(EventKind.TICK) == 7
    assert all(e.by == DSL and before - dt.timedelta(seconds=1) <= e.at <= after for e in events)
    decision = next(e for e in events if e.step == "blackmail" and e.kind is EventKind.ANSWER)
    assert (decision.flow, decision.choice) == ("school", "yes")
    assert decision.detail == "Demanding £100 or they send it to his friends"

    rows = chronology(conn, file.case_id, catalog, flows)
    assert [r.at for r in rows] == sorted(r.at for r in rows)
    table = chronology_table(rows, catalog)
    assert table[0] == ["Date and time", "Type", "What was said or decided", "By"]
    lines = [" | ".join(row) for row in table[1:]]
    t = catalog.text
    assert any(
        "What the pupil said | He said a girl on Instagram" in line and line.endswith(DSL)
        for line in lines
    )
    assert any("Confidentiality limits explained to the pupil" in line for line in lines)
    assert any(
        f"Decision | {t('school.steps.blackmail.title')} Yes. Reason: Demanding £100" in line
        for line in lines
    )
    assert any(
        f"Done: {t('school.steps.refer.items.police').rstrip('.')}. Reason: Ref 44/2211" in ln
        for ln in lines
    )
    assert any(f"Marked as not done: {t('school.steps.refer.items.ceop')}" in ln for ln in lines)
    assert any(
        f"Went back to look again at: {t('school.steps.blackmail.title')}" in ln for ln in lines
    )

    path = write_csv(tmp_path / "record.csv", table)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    parsed = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert parsed == table
    assert path.stat().st_mode & 0o777 == 0o600


def test_csv_cells_that_look_like_formulas_are_neutralised() -> None:
    table = [
        ["h1", "h2"],
        ['=HYPERLINK("http://x","click")', "+44 7700 900123"],
        ["-1+2", "@SUM(A1:A2)"],
        ["\tindented", "\rreturn"],
        ["2026-11-26 14:05+00:00", "plain = text"],
    ]
    parsed = list(csv.reader(io.StringIO(csv_bytes(table).decode("utf-8-sig"))))
    assert parsed[1] == ['\'=HYPERLINK("http://x","click")', "'+44 7700 900123"]
    assert parsed[2] == ["'-1+2", "'@SUM(A1:A2)"]
    assert parsed[3] == ["'\tindented", "'\rreturn"]
    assert parsed[4] == ["2026-11-26 14:05+00:00", "plain = text"]
    assert neutralise("ok") == "ok"
