"""Evidence metadata (the bytes live in encrypted blob files) and the per-vault blob master key.

Each blob's own key is derived from the master key and ``key_salt``, which lives only in the
row: purging the row makes the blob file unreadable even from an old copy of the blobs folder.
"""

import secrets

from core.vault.migrations import Connection

VERSION = 3


def upgrade(conn: Connection) -> None:
    """Create the ``evidence`` table and store a fresh blob master key in ``meta``."""
    conn.execute(
        """
        CREATE TABLE evidence (
            entry_id INTEGER PRIMARY KEY REFERENCES entry(id) ON DELETE CASCADE,
            note TEXT, description TEXT, where_seen TEXT,
            original_name TEXT, size INTEGER, mime TEXT, file_kind TEXT, sha256 TEXT,
            file_modified_utc TEXT, file_modified_offset INTEGER,
            blob_id TEXT UNIQUE, key_salt BLOB,
            CHECK ((blob_id IS NULL) = (key_salt IS NULL))
        )
        """
    )
    conn.execute(
        "INSERT OR IGNORE INTO meta (key, value) VALUES ('blob_master_key', ?)",
        (secrets.token_hex(32),),
    )
