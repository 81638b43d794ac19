"""A vault made at any older schema version opens at the latest with its data intact."""

from __future__ import annotations

import secrets
from decimal import Decimal
from pathlib import Path

import pytest

from core import diary
from core.diary.records import Demand, Evidence, Message, Note
from core.evidence import open_blob_store
from core.vault.database import connect, transaction
from core.vault.migrations import (
    Connection,
    all_migrations,
    apply_migrations,
    current_version,
    latest_version,
)

STAMP = "2024-03-05T20:45:00.000000Z"


def _v1(conn: Connection) -> None:
    conn.execute("INSERT INTO meta (key, value) VALUES ('created_by', 'harbour 0.1')")


def _v2(conn: Connection) -> None:
    conn.execute(
        "INSERT INTO diary_case (id, title, status, age_group, region, created_at)"
        " VALUES (1, 'Old case', 'open', 'adult', 'PT', ?)",
        (STAMP,),
    )
    for entry_id, kind in ((1, "message"), (2, "demand"), (3, "note")):
        conn.execute(
            "INSERT INTO entry (id, case_id, kind, at_utc, at_offset, sort_at, created_at,"
            " updated_at) VALUES (?, 1, ?, ?, 60, ?, ?, ?)",
            (entry_id, kind, STAMP, STAMP, STAMP, STAMP),
        )
    conn.execute(
        "INSERT INTO message (entry_id, platform, direction, content) VALUES"
        " (1, 'WhatsApp', 'incoming', 'Paga ou publico as fotografias')"
    )
    conn.execute("INSERT INTO demand (entry_id, amount, currency) VALUES (2, '250.50', 'EUR')")
    conn.execute("INSERT INTO note (entry_id, text) VALUES (3, 'Informação')")
    conn.execute("INSERT INTO search_index (rowid, body) VALUES (1, 'Paga ou publico')")
    conn.execute("INSERT INTO search_index (rowid, body) VALUES (3, 'Informação')")


def _v3(conn: Connection) -> None:
    conn.execute(
        "INSERT INTO entry (id, case_id, kind, sort_at, created_at, updated_at)"
        " VALUES (4, 1, 'evidence', ?, ?, ?)",
        (STAMP, STAMP, STAMP),
    )
    conn.execute(
        "INSERT INTO evidence (entry_id, description, sha256) VALUES (4, 'A screenshot', ?)",
        ("ab" * 32,),
    )


FILLERS = {1: _v1, 2: _v2, 3: _v3}


def _build(path: Path, key: bytes, version: int) -> None:
    conn = connect(path, key)
    for step in range(1, version + 1):
        with transaction(conn):
            apply_migrations(conn, up_to=step)
            if step in FILLERS:
                FILLERS[step](conn)
    assert current_version(conn) == version
    conn.close()


def _check(conn: Connection, version: int, data_dir: Path) -> None:
    assert conn.execute("SELECT value FROM meta WHERE key = 'created_by'").fetchone()[0] == (
        "harbour 0.1"
    )
    open_blob_store(conn, data_dir)  # the blob master key exists whatever the starting version
    assert diary.verify_audit(conn) is None
    if version < 2:
        return
    case = diary.get_case(conn, 1)
    assert (case.title, case.region) == ("Old case", "PT")
    assert diary.get(conn, 1, Message).content == "Paga ou publico as fotografias"
    assert diary.get(conn, 1, Message).at is not None
    assert diary.get(conn, 2, Demand).amount == Decimal("250.50")
    assert [h.entry_id for h in diary.search(conn, 1, "informacao")] == [3]
    assert diary.totals(conn, 1).demanded == {"EUR": Decimal("250.50")}
    diary.add(conn, 1, Note(text="after the upgrade"))
    assert diary.verify_audit(conn) is None
    if version >= 3:
        assert diary.get(conn, 4, Evidence).description == "A screenshot"


@pytest.mark.parametrize("version", range(1, 4))
def test_every_older_version_upgrades_with_its_data(data_dir: Path, version: int) -> None:
    assert latest_version() > version
    key = secrets.token_bytes(32)
    path = data_dir / "vault.db"
    _build(path, key, version)
    conn = connect(path, key)
    with transaction(conn):
        applied = apply_migrations(conn)
    assert applied == [m.version for m in all_migrations() if m.version > version]
    assert current_version(conn) == latest_version()
    _check(conn, version, data_dir)
    conn.close()


def test_the_latest_schema_is_sound(data_dir: Path) -> None:
    conn = connect(data_dir / "v.db", secrets.token_bytes(32))
    with transaction(conn):
        apply_migrations(conn)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
