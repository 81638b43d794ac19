"""Fixtures for helpline and school mode tests: a real migrated vault, its blob store, the
en-GB wording, the bundled flows, and a real Harbour unlocked in a given mode."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.content.catalog import Catalog, load_catalog
from core.evidence import BlobStore, open_blob_store
from core.flow.loader import load_bundled
from core.flow.model import Flow
from core.policy import Policy
from core.session import Session
from core.vault import Method
from tests.diary.vault_fixtures import Vault, case_id, conn, vault
from tests.ui.conftest import make_harbour
from ui.app import HarbourApp

__all__ = ["case_id", "catalog", "conn", "flows", "make_harbour", "store", "vault"]


@pytest.fixture
def store(vault: Vault) -> BlobStore:
    """The vault's encrypted evidence store."""
    return open_blob_store(vault.conn, vault.folder)


@pytest.fixture
def catalog() -> Catalog:
    """British English wording."""
    return load_catalog("en-GB")


@pytest.fixture
def flows() -> Mapping[str, Flow]:
    """The bundled guide and school flows by id."""
    return {flow_id: load_bundled(flow_id) for flow_id in ("guide", "school")}


@pytest.fixture
def unlocked_harbour(
    make_harbour: Callable[..., HarbourApp], data_dir: Path, qtbot: QtBot
) -> Callable[[Policy], HarbourApp]:
    """A real Harbour in the policy's mode with its vault made (keyring) and unlocked."""

    def build(policy: Policy) -> HarbourApp:
        maker = Session(data_dir, policy)
        maker.create_vault(use_keyring=True, passphrase=None)
        maker.lock()
        app = make_harbour(policy)
        with qtbot.waitSignal(app.controller.vaultStateChanged, timeout=10_000):
            app.controller.unlock(Method.KEYRING)
        settle(qtbot, app)
        return app

    return build


def settle(qtbot: QtBot, app: HarbourApp) -> None:
    """Wait until every queued diary write (and what it set off) has finished."""
    qtbot.waitUntil(lambda: not app.controller.diary.writes.busy, timeout=10_000)
    qtbot.wait(20)
    qtbot.waitUntil(lambda: not app.controller.diary.writes.busy, timeout=10_000)
