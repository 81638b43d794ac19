"""The audit log chains every change, holds no typed text, and shows where it was tampered."""

from __future__ import annotations

import pytest

from core import diary
from core.diary.audit import GENESIS
from core.diary.records import Note, Person
from core.vault.migrations import Connection

SECRET = "my-very-private-words"


def _fill(conn: Connection, case_id: int) -> None:
    person = diary.add(conn, case_id, Person(username=SECRET, phone="612345678"))
    person.notes = SECRET
    diary.update(conn, person)
    note = diary.add(conn, case_id, Note(text=SECRET))
    diary.delete_entry(conn, note.id or 0)
    diary.undo_delete(conn, note.id or 0)


def test_every_change_is_logged_without_what_was_typed(conn: Connection, case_id: int) -> None:
    _fill(conn, case_id)
    lines = diary.export_audit(conn)
    actions = [line.split("\t")[2:5] for line in lines[1:]]
    assert [a[:2] for a in actions] == [
        ["add", "case"],
        ["add", "person"],
        ["update", "person"],
        ["add", "note"],
        ["delete", "note"],
        ["restore", "note"],
    ]
    text = "\n".join(lines)
    assert SECRET not in text and "612345678" not in text
    assert lines[1].split("\t")[8] == GENESIS
    assert diary.verify_audit(conn) is None


def test_the_log_refuses_changes(conn: Connection, case_id: int) -> None:
    _fill(conn, case_id)
    with pytest.raises(Exception, match="append-only"):
        conn.execute("UPDATE audit_log SET action = 'add' WHERE seq = 3")
    with pytest.raises(Exception, match="append-only"):
        conn.execute("DELETE FROM audit_log WHERE seq = 3")


def _force(conn: Connection, sql: str) -> None:
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute(sql)


@pytest.mark.parametrize(
    ("sql", "seq", "reason"),
    [
        ("UPDATE audit_log SET action = 'purge' WHERE seq = 4", 4, "hash"),
        ("UPDATE audit_log SET at = '2020-01-01T00:00:00.000000Z' WHERE seq = 2", 2, "hash"),
        ("UPDATE audit_log SET prev_hash = hash WHERE seq = 5", 5, "link"),
        ("DELETE FROM audit_log WHERE seq = 3", 3, "gap"),
        ("DELETE FROM audit_log WHERE seq = 6", 6, "tail"),
    ],
)
def test_tampering_is_found_at_the_right_link(
    conn: Connection, case_id: int, sql: str, seq: int, reason: str
) -> None:
    _fill(conn, case_id)
    _force(conn, sql)
    broken = diary.verify_audit(conn)
    assert broken is not None and (broken.seq, broken.reason) == (seq, reason)


def test_a_rewritten_row_with_a_fresh_hash_breaks_the_next_link(
    conn: Connection, case_id: int
) -> None:
    _fill(conn, case_id)
    _force(conn, "UPDATE audit_log SET hash = '" + "ab" * 32 + "' WHERE seq = 2")
    broken = diary.verify_audit(conn)
    assert broken is not None and broken.seq == 2


def test_export_for_one_case_lists_only_its_rows(conn: Connection, case_id: int) -> None:
    other = diary.add_case(conn, diary.records.Case(title="other"))
    diary.add(conn, other.id or 0, Note(text="x"))
    diary.add(conn, case_id, Note(text="y"))
    lines = diary.export_audit(conn, case_id)
    assert {line.split("\t")[5] for line in lines[1:]} == {str(case_id)}
