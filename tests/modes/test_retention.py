"""Closed cases are purged after the organisation's retention period, leaving only a record
that they existed, and no trace of their text in the database file, its WAL or the backups."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from core import diary
from core.diary.records import CaseStatus, Message, Person
from core.evidence import BlobStore, add_description, import_bytes, open_blob_store
from core.modes.casefile import change_case, open_case, set_next_steps
from core.modes.events import EventKind, NewEvent, add_note, record_event
from core.modes.purge import (
    PurgeReason,
    expired_cases,
    forget_old_backups,
    purge_expired,
    purge_records,
)
from core.policy import Mode, Policy
from core.session import Session
from core.vault import Method
from core.vault.backup import list_backups
from core.vault.kdf import KdfParams
from core.vault.migrations import Connection
from tests.diary.raw_pages import plaintext_pages
from tests.diary.vault_fixtures import Vault

CANARY = "zebracorn5521"
KEPT = "keptwombat"


def fill_case(conn: Connection, store: BlobStore, case_id: int, word: str) -> None:
    """Put ``word`` in every place a case holds text."""
    change_case(conn, case_id, title=f"Caller {word}")
    add_note(conn, case_id, f"quick note {word}", by=f"Sam {word}")
    diary.add(conn, case_id, Message(content=f"pay or else {word}", threat=f"{word} threat"))
    diary.add(conn, case_id, Person(username=f"{word}_user", notes=f"{word} notes"))
    add_description(conn, case_id, f"a screenshot showing {word}")
    import_bytes(conn, store, case_id, f"chat log {word}\n".encode() * 50, f"{word}.txt", word)
    set_next_steps(conn, case_id, f"call back {word}")
    record_event(conn, case_id, NewEvent(EventKind.RISK, choice="paid", detail=f"{word} reason"))
    for n in range(20):
        add_note(conn, case_id, f"filler {n} {word} " * 10)


def test_closed_cases_are_purged_after_retention_without_trace(
    vault: Vault, store: BlobStore
) -> None:
    conn = vault.conn
    old = open_case(conn)
    fill_case(conn, store, old.case_id, CANARY)
    kept_closed = open_case(conn)
    still_open = open_case(conn)
    fill_case(conn, store, still_open.case_id, KEPT)
    change_case(conn, old.case_id, status=CaseStatus.CLOSED)
    blobs_before = set(store.folder.iterdir())
    assert len(blobs_before) == 2
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    assert CANARY.encode() in plaintext_pages(vault.key, vault.path), "the check can see text"

    today = dt.date.today()
    assert purge_expired(conn, store, 30, today + dt.timedelta(days=29)) == []
    change_case(conn, kept_closed.case_id, status=CaseStatus.CLOSED)
    assert expired_cases(conn, 30, today + dt.timedelta(days=30)) == [
        old.case_id,
        kept_closed.case_id,
    ]

    change_case(conn, kept_closed.case_id, status=CaseStatus.FOLLOW_UP)  # reopened: kept
    records = purge_expired(conn, store, 30, today + dt.timedelta(days=30))

    assert [(r.case_label, r.closed_on, r.reason) for r in records] == [
        (old.label, today, PurgeReason.RETENTION)
    ]
    assert purge_records(conn) == records
    assert [c.id for c in diary.list_cases(conn, include_deleted=True)] == [
        still_open.case_id,
        kept_closed.case_id,
    ]
    assert diary.search(conn, old.case_id, CANARY) == []
    assert diary.verify_audit(conn) is None
    assert len(set(store.folder.iterdir())) == 1, "the purged case's evidence file is gone"

    raw = plaintext_pages(vault.key, vault.path)
    assert KEPT.encode() in raw
    assert CANARY.encode() not in raw
    assert CANARY.encode("utf-16-le") not in raw
    assert not Path(f"{vault.path}-wal").exists() or Path(f"{vault.path}-wal").stat().st_size == 0
    for table in ("case_event", "case_file", "case_walk", "case_risk", "entry"):
        query = f"SELECT count(*) FROM {table} WHERE case_id = ?"  # noqa: S608
        assert conn.execute(query, (old.case_id,)).fetchone()[0] == 0, table
    orphans = "SELECT count(*) FROM entry_origin WHERE entry_id NOT IN (SELECT id FROM entry)"
    assert conn.execute(orphans).fetchone()[0] == 0


def test_purge_replaces_the_backups_that_held_the_case(data_dir: Path) -> None:
    session = Session(data_dir, Policy(mode=Mode.HELPLINE, retention_days=1))
    session.create_vault(use_keyring=False, passphrase="staff words here", kdf_params=KdfParams())
    vault = session.require_vault()
    conn = vault.conn
    file = open_case(conn)
    fill_case(conn, session.require_blobs(), file.case_id, CANARY)
    change_case(conn, file.case_id, status=CaseStatus.CLOSED)
    vault.backup()
    vault.backup()
    key = bytes(vault._db_key or b"")
    assert any(CANARY.encode() in plaintext_pages(key, b.path) for b in list_backups(vault.files))

    purge_expired(conn, session.require_blobs(), 1, dt.date.today() + dt.timedelta(days=1))
    assert forget_old_backups(vault) == 2
    backups = list_backups(vault.files)
    assert len(backups) == 1
    assert CANARY.encode() not in plaintext_pages(key, backups[0].path)
    session.lock()
    reopened = Session(data_dir, Policy(mode=Mode.HELPLINE))
    reopened.unlock(Method.PASSPHRASE, "staff words here")
    assert [r.case_label for r in purge_records(reopened.require_vault().conn)] == [file.label]
    assert open_blob_store(reopened.require_vault().conn, data_dir).folder.exists()
    reopened.lock()
