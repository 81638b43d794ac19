"""What helpline and school modes keep per case beside the diary: the case number, the call
stage, next steps, when confidentiality was explained, when an entry was last written (kept by
triggers, so the case list never scans every entry), risk flags, and walked flows.

Every case gets a number when it is created (a trigger), numbered from an AUTOINCREMENT key so a
number is never reused, even after a purge: a purge record can then name the case without
holding anything the person said. Every row here goes when its case row goes (``ON DELETE
CASCADE``).
"""

from core.vault.migrations import Connection

VERSION = 30

_SCHEMA = """
CREATE TABLE case_file (
    number INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL UNIQUE REFERENCES diary_case(id) ON DELETE CASCADE,
    stage TEXT NOT NULL DEFAULT 'opening',
    next_steps TEXT,
    confidentiality_at TEXT,
    last_activity TEXT
);
CREATE TRIGGER case_file_for_new_case AFTER INSERT ON diary_case
BEGIN INSERT INTO case_file (case_id) VALUES (NEW.id); END;
INSERT INTO case_file (case_id) SELECT id FROM diary_case ORDER BY id;
CREATE TRIGGER case_file_entry_added AFTER INSERT ON entry
BEGIN UPDATE case_file SET last_activity = NEW.updated_at WHERE case_id = NEW.case_id; END;
CREATE TRIGGER case_file_entry_changed AFTER UPDATE OF updated_at ON entry
BEGIN UPDATE case_file SET last_activity = NEW.updated_at WHERE case_id = NEW.case_id; END;
UPDATE case_file SET last_activity =
    (SELECT max(updated_at) FROM entry WHERE entry.case_id = case_file.case_id);
CREATE TABLE case_risk (
    case_id INTEGER NOT NULL REFERENCES diary_case(id) ON DELETE CASCADE,
    flag TEXT NOT NULL,
    PRIMARY KEY (case_id, flag)
) WITHOUT ROWID;
CREATE TABLE case_walk (
    case_id INTEGER NOT NULL REFERENCES diary_case(id) ON DELETE CASCADE,
    flow TEXT NOT NULL,
    state TEXT NOT NULL,
    PRIMARY KEY (case_id, flow)
) WITHOUT ROWID
"""


def upgrade(conn: Connection) -> None:
    """Create the per-case tables, number every existing case, and number new ones on insert."""
    for statement in _SCHEMA.split(";\n"):
        if statement.strip():
            conn.execute(statement)
