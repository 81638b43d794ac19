"""The vault's own bookkeeping: a key/value table for settings kept inside the encryption."""

from core.vault.migrations import Connection

VERSION = 1


def upgrade(conn: Connection) -> None:
    """Create the ``meta`` table."""
    conn.execute(
        "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID"
    )
