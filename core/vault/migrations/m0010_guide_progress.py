"""The person's place in the guide (``core.flow.progress``), kept inside the encryption."""

from core.vault.migrations import Connection

VERSION = 10


def upgrade(conn: Connection) -> None:
    """Create the ``guide_progress`` table: one saved walk (``FlowState.to_json``) per flow."""
    conn.execute(
        "CREATE TABLE guide_progress ("
        " flow TEXT PRIMARY KEY NOT NULL,"
        " state TEXT NOT NULL"
        ") WITHOUT ROWID"
    )
