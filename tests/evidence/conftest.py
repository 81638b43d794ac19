"""Evidence tests run against a real SQLCipher vault."""

from tests.diary.vault_fixtures import case_id, conn, vault

__all__ = ["case_id", "conn", "vault"]
