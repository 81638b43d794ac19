"""Fixtures for a real, migrated SQLCipher vault in a temp profile (shared by diary and evidence
tests through their conftest files)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from core import diary
from core.diary.records import AgeGroup, Case
from core.vault.database import connect, transaction
from core.vault.migrations import Connection, apply_migrations


@dataclass
class Vault:
    """An open test vault: its folder, database path, raw key and connection."""

    folder: Path
    path: Path
    key: bytes
    conn: Connection


@pytest.fixture
def vault(data_dir: Path) -> Iterator[Vault]:
    """A fresh vault migrated to the latest schema."""
    key = secrets.token_bytes(32)
    path = data_dir / "vault.db"
    conn = connect(path, key)
    with transaction(conn):
        apply_migrations(conn)
    yield Vault(data_dir, path, key, conn)
    conn.close()


@pytest.fixture
def conn(vault: Vault) -> Connection:
    """The vault's connection."""
    return vault.conn


@pytest.fixture
def case_id(conn: Connection) -> int:
    """An adult's case in Spain."""
    case = diary.add_case(conn, Case(title="Case", region="ES", age_group=AgeGroup.ADULT))
    assert case.id is not None
    return case.id
