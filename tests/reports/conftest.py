"""Report tests run against a real SQLCipher vault, real evidence blobs, real poppler, and a
real Harbour window offscreen."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from core.evidence import BlobStore, open_blob_store
from tests.diary.vault_fixtures import Vault, case_id, conn, vault
from tests.ui.conftest import harbour, make_harbour
from ui.app import HarbourApp

__all__ = ["case_id", "conn", "harbour", "make_harbour", "opened", "store", "vault"]


@pytest.fixture
def store(vault: Vault) -> BlobStore:
    """The vault's encrypted evidence store."""
    return open_blob_store(vault.conn, vault.folder)


@pytest.fixture
def opened(qtbot: QtBot, harbour: HarbourApp) -> tuple[HarbourApp, int]:
    """A running Harbour whose diary was just created (keyring) and holds one empty case."""
    with qtbot.waitSignal(harbour.controller.vaultCreated, timeout=30_000):
        harbour.controller.create_vault(True, None)
    return harbour, harbour.controller.diary.ensure_case()
