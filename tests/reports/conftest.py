"""Report tests run against a real SQLCipher vault, real evidence blobs, real poppler, and a
real Harbour window offscreen."""

from __future__ import annotations

from collections.abc import Iterator

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
def opened(qtbot: QtBot, harbour: HarbourApp) -> Iterator[tuple[HarbourApp, int]]:
    """A running Harbour whose diary was just created (keyring) and holds one empty case.

    Afterwards it waits for the diary's thread and the jobs to finish before Harbour shuts
    down: a preview may still be reading when a test ends, and shutting down closes the vault.
    """
    with qtbot.waitSignal(harbour.controller.vaultCreated, timeout=30_000):
        harbour.controller.create_vault(True, None)
    yield harbour, harbour.controller.diary.ensure_case()
    for _ in range(3):  # a finished read can start a render, which can start nothing more
        harbour.controller.diary.writes.wait()
        harbour.controller.jobs.wait()
        qtbot.wait(10)
