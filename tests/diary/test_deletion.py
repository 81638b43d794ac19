"""Deleting can be undone until the diary is closed; the purge then removes the text from disk."""

from __future__ import annotations

import pytest

from core import diary
from core.diary.errors import NotFoundError
from core.diary.records import Case, Message, Note, Person
from core.vault.migrations import Connection
from tests.diary.raw_pages import plaintext_pages
from tests.diary.vault_fixtures import Vault

SECRET = "zebracorn-7731 quokkafish"


def test_delete_hides_and_undo_restores(conn: Connection, case_id: int) -> None:
    note = diary.add(conn, case_id, Note(text=SECRET))
    diary.delete_entry(conn, note.id or 0)
    assert diary.list_entries(conn, case_id, Note) == []
    assert diary.timeline(conn, case_id) == []
    with pytest.raises(NotFoundError):
        diary.get(conn, note.id or 0, Note)
    assert diary.get(conn, note.id or 0, Note, include_deleted=True).deleted_at is not None
    with pytest.raises(NotFoundError):
        diary.delete_entry(conn, note.id or 0)
    diary.undo_delete(conn, note.id or 0)
    assert diary.list_entries(conn, case_id, Note) == [note]
    with pytest.raises(NotFoundError):
        diary.undo_delete(conn, note.id or 0)


def test_purge_makes_deletes_final_and_keeps_the_rest(conn: Connection, case_id: int) -> None:
    person = diary.add(conn, case_id, Person(username="offender"))
    message = diary.add(conn, case_id, Message(content="kept", person_id=person.id))
    gone = diary.add(conn, case_id, Note(text=SECRET))
    diary.delete_entry(conn, gone.id or 0)
    diary.delete_entry(conn, person.id or 0)
    result = diary.purge_deleted(conn)
    assert (result.entries, result.cases, result.blob_ids) == (2, 0, ())
    with pytest.raises(NotFoundError):
        diary.undo_delete(conn, gone.id or 0)
    kept = diary.get(conn, message.id or 0, Message)
    assert kept.content == "kept" and kept.person_id is None
    assert diary.verify_audit(conn) is None


def test_deleted_cases_hide_and_purge_everything_inside(conn: Connection) -> None:
    case = diary.add_case(conn, Case(title="helpline caller"))
    diary.add(conn, case.id or 0, Note(text=SECRET))
    diary.delete_case(conn, case.id or 0)
    assert diary.list_cases(conn) == []
    diary.undo_delete_case(conn, case.id or 0)
    assert [c.id for c in diary.list_cases(conn)] == [case.id]
    diary.delete_case(conn, case.id or 0)
    result = diary.purge_deleted(conn)
    assert (result.entries, result.cases) == (1, 1)
    assert diary.list_cases(conn, include_deleted=True) == []


def test_purged_text_is_gone_from_the_database_file(vault: Vault, case_id: int) -> None:
    conn = vault.conn
    for n in range(30):
        diary.add(conn, case_id, Note(text=f"filler entry {n} " * 20))
    secret_note = diary.add(conn, case_id, Note(text=SECRET))
    diary.add(conn, case_id, Message(content=f"{SECRET} again"))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert SECRET.encode() in plaintext_pages(vault.key, vault.path)  # the check can see text
    assert len(diary.search(conn, case_id, "zebracorn")) == 2
    diary.delete_entry(conn, secret_note.id or 0)
    for message in diary.list_entries(conn, case_id, Message):
        diary.delete_entry(conn, message.id or 0)
    diary.purge_deleted(conn)
    raw = plaintext_pages(vault.key, vault.path)
    assert b"filler entry 29" in raw
    assert b"zebracorn" not in raw and b"quokkafish" not in raw
    assert diary.search(conn, case_id, "zebracorn") == []
    rows = conn.execute("SELECT count(*) FROM search_index WHERE search_index MATCH 'zebracorn'")
    assert rows.fetchone()[0] == 0
