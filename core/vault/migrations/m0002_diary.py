"""The diary: cases, their entries (one row each in ``entry`` plus a row in the kind's table)
and one FTS5 index over all their text.

Storage conventions (see ``core/diary/columns.py``):
- times are ISO-8601 UTC text ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` (sortable as text); a time the
  person entered keeps their UTC offset in minutes in a ``*_offset`` column beside it;
- money is exact decimal text (``"1234.50"``) with an ISO 4217 code beside it;
- ``deleted_at`` marks a soft delete that can be undone until the diary is closed.
"""

from core.vault.migrations import Connection

VERSION = 2

_SCHEMA = """
CREATE TABLE diary_case (
    id INTEGER PRIMARY KEY,
    title TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'follow_up', 'closed')),
    age_group TEXT NOT NULL CHECK (age_group IN ('under18', 'adult', 'unknown')),
    region TEXT,
    created_at TEXT NOT NULL,
    closed_at TEXT,
    deleted_at TEXT
);
CREATE TABLE entry (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES diary_case(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN
        ('person', 'message', 'demand', 'payment', 'action', 'note', 'evidence')),
    at_utc TEXT,
    at_offset INTEGER,
    sort_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE INDEX entry_timeline ON entry(case_id, sort_at, id) WHERE deleted_at IS NULL;
CREATE INDEX entry_deleted ON entry(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX entry_case ON entry(case_id);
CREATE TABLE person (
    entry_id INTEGER PRIMARY KEY REFERENCES entry(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('offender', 'other')),
    platform TEXT, username TEXT, display_name TEXT, profile_url TEXT, phone TEXT, email TEXT,
    iban TEXT, payment_account TEXT, wallet TEXT, notes TEXT
);
CREATE TABLE message (
    entry_id INTEGER PRIMARY KEY REFERENCES entry(id) ON DELETE CASCADE,
    platform TEXT,
    direction TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
    content TEXT, threat TEXT,
    person_id INTEGER REFERENCES person(entry_id) ON DELETE SET NULL
);
CREATE TABLE demand (
    entry_id INTEGER PRIMARY KEY REFERENCES entry(id) ON DELETE CASCADE,
    amount TEXT, currency TEXT, method TEXT, deadline_utc TEXT, deadline_offset INTEGER,
    destination TEXT,
    person_id INTEGER REFERENCES person(entry_id) ON DELETE SET NULL
);
CREATE TABLE payment (
    entry_id INTEGER PRIMARY KEY REFERENCES entry(id) ON DELETE CASCADE,
    amount TEXT, currency TEXT, method TEXT, reference TEXT, recipient TEXT,
    person_id INTEGER REFERENCES person(entry_id) ON DELETE SET NULL
);
CREATE TABLE action_taken (
    entry_id INTEGER PRIMARY KEY REFERENCES entry(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('blocked', 'reported_platform', 'police_report',
        'bank_contacted', 'removal_request', 'account_secured', 'told_someone')),
    platform TEXT, reference TEXT, notes TEXT
);
CREATE TABLE note (
    entry_id INTEGER PRIMARY KEY REFERENCES entry(id) ON DELETE CASCADE,
    text TEXT
);
CREATE INDEX message_person ON message(person_id);
CREATE INDEX demand_person ON demand(person_id);
CREATE INDEX payment_person ON payment(person_id);
CREATE VIRTUAL TABLE search_index USING fts5(
    body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1);
"""


def upgrade(conn: Connection) -> None:
    """Create the case, entry, per-kind and search tables."""
    for statement in _SCHEMA.split(";"):
        if statement.strip():
            conn.execute(statement)
