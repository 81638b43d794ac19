"""Fixtures for helpline and school mode tests: a real migrated vault, its blob store, the
en-GB wording and the bundled flows."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from core.content.catalog import Catalog, load_catalog
from core.evidence import BlobStore, open_blob_store
from core.flow.loader import load_bundled
from core.flow.model import Flow
from tests.diary.vault_fixtures import Vault, case_id, conn, vault

__all__ = ["case_id", "catalog", "conn", "flows", "store", "vault"]


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
