"""A vault made before helpline and school modes gets case numbers and last activity for the
cases it holds, and keeps numbering from there."""

from __future__ import annotations

import secrets
from pathlib import Path

from core import diary
from core.diary.records import Case, Note
from core.modes.casefile import get_case_file, open_case
from core.modes.find import case_rows
from core.vault.database import connect, transaction
from core.vault.migrations import apply_migrations, current_version, latest_version


def test_older_cases_are_numbered_in_the_order_they_were_made(data_dir: Path) -> None:
    conn = connect(data_dir / "vault.db", secrets.token_bytes(32))
    with transaction(conn):
        apply_migrations(conn, up_to=4)
    first = diary.add_case(conn, Case(title="first"))
    second = diary.add_case(conn, Case(title="second"))
    note = diary.add(conn, first.id or 0, Note(text="written before the upgrade"))
    with transaction(conn):
        assert 30 in apply_migrations(conn)
    assert current_version(conn) == latest_version()
    assert get_case_file(conn, first.id or 0).number == 1
    assert get_case_file(conn, second.id or 0).number == 2
    rows = {row.case_id: row for row in case_rows(conn)}
    assert rows[first.id or 0].last_activity == note.updated_at
    assert rows[second.id or 0].last_activity is None
    assert open_case(conn).number == 3
    later = diary.add(conn, second.id or 0, Note(text="after"))
    assert {row.case_id: row for row in case_rows(conn)}[second.id or 0].last_activity == (
        later.updated_at
    )
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert diary.verify_audit(conn) is None
    conn.close()
