"""Texts tests use a real SQLCipher vault, and for the page a real Harbour with its diary open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.session import Session, VaultState
from core.vault import Method
from core.vault.kdf import KdfParams
from tests.diary.vault_fixtures import case_id, conn, vault
from tests.ui.conftest import harbour, make_harbour
from ui.app import HarbourApp

__all__ = ["case_id", "conn", "harbour", "make_harbour", "unlocked", "vault"]

PASSPHRASE = "a calm long passphrase"


@pytest.fixture
def unlocked(qtbot: QtBot, make_harbour: Callable[..., HarbourApp], data_dir: Path) -> HarbourApp:
    """A Harbour whose diary exists and has just been unlocked with a passphrase."""
    session = Session(data_dir)
    session.create_vault(use_keyring=False, passphrase=PASSPHRASE, kdf_params=KdfParams())
    session.lock()
    app = make_harbour()
    with qtbot.waitSignal(app.controller.vaultStateChanged, timeout=20_000):
        app.controller.unlock(Method.PASSPHRASE, PASSPHRASE)
    assert app.controller.vault_state is VaultState.UNLOCKED
    return app
