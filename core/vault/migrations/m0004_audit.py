"""The append-only, hash-chained audit log of every change to the diary and evidence.

Rows hold ids, actions and keyed digests of changes, never what the person typed. Triggers
refuse UPDATE and DELETE; ``meta.audit_head`` remembers the newest hash so a cut-off tail shows.
"""

import secrets

from core.vault.migrations import Connection

VERSION = 4

_SCHEMA = """
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    case_id INTEGER,
    digest TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
"""


def upgrade(conn: Connection) -> None:
    """Create the audit table, its guards, and the key for change digests."""
    for statement in _SCHEMA.split(";\n"):
        if statement.strip():
            conn.execute(statement)
    conn.execute(
        "INSERT OR IGNORE INTO meta (key, value) VALUES ('audit_key', ?)", (secrets.token_hex(32),)
    )
