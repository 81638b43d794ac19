"""A record that a case existed and was purged: its number, when it was closed and purged, and
why. Nothing the person said is kept here."""

from core.vault.migrations import Connection

VERSION = 32


def upgrade(conn: Connection) -> None:
    """Create the ``purge_record`` table."""
    conn.execute(
        """
        CREATE TABLE purge_record (
            id INTEGER PRIMARY KEY,
            case_label TEXT NOT NULL,
            closed_on TEXT,
            purged_at TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (reason IN ('retention', 'confirmed'))
        )
        """
    )
