"""Texts tests use a real SQLCipher vault, and for the page a real Harbour with its diary open."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.session import Session, VaultState
from core.vault import Method
from tests.diary.vault_fixtures import case_id, conn, vault
from tests.ui.conftest import harbour, make_harbour
from ui.app import HarbourApp

__all__ = ["case_id", "conn", "harbour", "make_harbour", "unlocked", "vault", "vault_template"]


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A profile with an empty diary unlocked by the keyring, made once (creating one derives
    the recovery key's wrapping with Argon2, which takes seconds)."""
    folder = tmp_path_factory.mktemp("template") / "profile"
    folder.mkdir(mode=0o700)
    session = Session(folder)
    session.create_vault(use_keyring=True, passphrase=None)
    session.lock()
    return folder


@pytest.fixture
def unlocked(
    qtbot: QtBot, make_harbour: Callable[..., HarbourApp], data_dir: Path, vault_template: Path
) -> HarbourApp:
    """A Harbour whose diary exists and has just been unlocked by this computer's keyring."""
    shutil.copytree(vault_template, data_dir, dirs_exist_ok=True)
    app = make_harbour()
    with qtbot.waitSignal(app.controller.vaultStateChanged, timeout=20_000):
        app.controller.unlock(Method.KEYRING)
    assert app.controller.vault_state is VaultState.UNLOCKED
    return app
