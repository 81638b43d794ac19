"""Numbered cases, the caller's region, stages, risk flags, quick notes and the case list."""

from __future__ import annotations

import datetime as dt

import pytest

from core import diary
from core.diary.errors import ValidationError
from core.diary.records import AgeGroup, Case, CaseStatus, Message, Note
from core.evidence import BlobStore
from core.modes.casefile import (
    change_case,
    explain_confidentiality,
    get_case_file,
    open_case,
    pack_for_iso,
    set_risk,
    set_stage,
)
from core.modes.events import EventKind, add_note, list_events, origins
from core.modes.find import case_rows, find_cases
from core.modes.purge import PurgeReason, purge_case
from core.vault.migrations import Connection


def test_every_case_gets_a_number_never_reused(conn: Connection, store: BlobStore) -> None:
    first = open_case(conn)
    second = open_case(conn)
    assert second.number == first.number + 1
    year = dt.datetime.now().year
    assert first.label == f"{year}-{first.number:04d}"
    purge_case(conn, store, second.case_id, PurgeReason.CONFIRMED)
    third = open_case(conn)
    assert third.number == second.number + 1, "a purged case's number is never given again"
    made_by_the_diary = diary.add_case(conn, Case())
    assert get_case_file(conn, made_by_the_diary.id or 0).number == third.number + 1


def test_the_callers_region_may_differ_from_the_helpline(conn: Connection) -> None:
    file = open_case(conn, region_pack="es")
    assert (file.case.region, file.region_pack) == ("ES", "es")
    file = change_case(conn, file.case_id, region_pack="uk", age_group=AgeGroup.UNDER18)
    assert (file.case.region, file.region_pack, file.case.age_group) == ("GB", "uk", "under18")
    assert pack_for_iso("GB-WLS") == "uk"
    assert pack_for_iso(None) == pack_for_iso("ZZ") == "intl"
    assert change_case(conn, file.case_id, region_pack="intl").case.region is None


def test_stage_risk_and_confidentiality_are_timed_events(conn: Connection) -> None:
    file = open_case(conn)
    assert file.confidentiality_at is None and file.stage == "opening"
    explain_confidentiality(conn, file.case_id, by="Sam")
    set_stage(conn, file.case_id, "safety", by="Sam")
    set_risk(conn, file.case_id, "paid", True, by="Sam")
    set_risk(conn, file.case_id, "danger_now", True)
    file = set_risk(conn, file.case_id, "danger_now", False)
    assert file.confidentiality_at is not None
    assert (file.stage, file.risks) == ("safety", frozenset({"paid"}))
    events = list_events(conn, file.case_id)
    kinds = [e.kind for e in events]
    assert kinds == [
        EventKind.CONFIDENTIALITY,
        EventKind.STAGE,
        EventKind.RISK,
        EventKind.RISK,
        EventKind.NO_RISK,
    ]
    assert events[0].by == "Sam" and events[0].at.tzinfo is not None
    with pytest.raises(ValueError, match="unknown risk flag"):
        set_risk(conn, file.case_id, "made_up", True)
    assert diary.verify_audit(conn) is None


def test_quick_notes_are_timestamped_diary_notes(conn: Connection) -> None:
    file = open_case(conn)
    before = dt.datetime.now().astimezone()
    note = add_note(
        conn, file.case_id, "  Caller says they paid 200 euros  ", by="Sam", stage="safety"
    )
    after = dt.datetime.now().astimezone()
    assert note.text == "Caller says they paid 200 euros"
    assert note.at is not None and before - dt.timedelta(seconds=1) <= note.at <= after
    assert note.at.utcoffset() == before.utcoffset()
    assert diary.list_entries(conn, file.case_id, Note) == [note]
    assert [h.entry_id for h in diary.search(conn, file.case_id, "euros")] == [note.id]
    assert origins(conn, file.case_id)[note.id or 0].by == "Sam"
    with pytest.raises(ValidationError):
        add_note(conn, file.case_id, "   ")


def test_case_list_and_search_across_cases(conn: Connection) -> None:
    anna = open_case(conn, title="Anna, Instagram")
    ben = open_case(conn, title="Ben")
    closed = open_case(conn, title="Old caller")
    change_case(conn, closed.case_id, status=CaseStatus.CLOSED)
    add_note(conn, ben.case_id, "Threatened on Snapchat by user quokka_77")
    diary.add(conn, anna.case_id, Message(content="Pay 300 or I send it to your family"))

    assert [r.case_id for r in case_rows(conn)] == [closed.case_id, ben.case_id, anna.case_id]
    open_only = frozenset({CaseStatus.OPEN, CaseStatus.FOLLOW_UP})
    assert [r.case_id for r in case_rows(conn, open_only)] == [ben.case_id, anna.case_id]
    assert case_rows(conn)[1].last_activity is not None

    assert [r.case_id for r in find_cases(conn, "instagram")] == [anna.case_id]
    found = find_cases(conn, "quokka")
    assert [r.case_id for r in found] == [ben.case_id]
    assert found[0].snippet is not None and "quokka_77" in found[0].snippet.text
    assert [r.case_id for r in find_cases(conn, "FAMILY")] == [anna.case_id]
    assert [r.case_id for r in find_cases(conn, ben.label)] == [ben.case_id]
    assert [r.case_id for r in find_cases(conn, "old", open_only)] == []
    assert find_cases(conn, '"*:(') == []
    assert len(find_cases(conn, "  ")) == 3
