"""Timed, signed events of a helpline call or a safeguarding lead's decisions, and who wrote a
note.

``case_event`` holds one row per thing done: confidentiality explained, a call stage reached, a
flow question answered or checklist item ticked, a risk flag set, a record exported. Steps and
choices are ids from the flows (the words come from content); ``by_name`` is the name the staff
member typed for the session and ``detail`` an optional reason they typed. ``entry_origin`` says
who wrote a diary entry from these modes and at which call stage. Both go with their case.
"""

from core.vault.migrations import Connection

VERSION = 31

_SCHEMA = """
CREATE TABLE case_event (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES diary_case(id) ON DELETE CASCADE,
    at_utc TEXT NOT NULL,
    at_offset INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN
        ('confidentiality', 'stage', 'answer', 'tick', 'untick', 'back', 'risk', 'no_risk',
         'export')),
    flow TEXT,
    step TEXT,
    choice TEXT,
    by_name TEXT,
    detail TEXT
);
CREATE INDEX case_event_case ON case_event(case_id, at_utc, id);
CREATE TABLE entry_origin (
    entry_id INTEGER PRIMARY KEY REFERENCES entry(id) ON DELETE CASCADE,
    by_name TEXT,
    stage TEXT
)
"""


def upgrade(conn: Connection) -> None:
    """Create the event and note-origin tables."""
    for statement in _SCHEMA.split(";\n"):
        if statement.strip():
            conn.execute(statement)
