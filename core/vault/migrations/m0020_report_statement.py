"""The person's own statement for the police report: one free text per case.

It is not a diary entry: it has no time of its own, never appears on the timeline, and is
rewritten as the person edits it. Deleting (purging) the case deletes it with the case.
"""

from core.vault.migrations import Connection

VERSION = 20

_SCHEMA = """
CREATE TABLE report_statement (
    case_id INTEGER PRIMARY KEY REFERENCES diary_case(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    updated_at TEXT NOT NULL
)
"""


def upgrade(conn: Connection) -> None:
    """Create the statement table."""
    conn.execute(_SCHEMA)
