"""When the keyring is missing, locked or refuses, Harbour says why and the passphrase still works.

These tests replace the keyring backend on purpose: they are about the fallback itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail

from core.vault import Vault
from core.vault.errors import KeyringUnavailable, MethodNotSet
from core.vault.kdf import KdfParams
from tests.vault.conftest import fingerprint


class _Refusing(keyring.backend.KeyringBackend):
    priority = 10

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    real = keyring.get_keyring()
    yield
    keyring.set_keyring(real)


@pytest.mark.parametrize(
    ("backend", "reason"),
    [
        (fail.Keyring(), "missing"),
        (_Refusing(keyring.errors.KeyringLocked("locked")), "locked"),
        (_Refusing(keyring.errors.KeyringError("user said no")), "denied"),
        (_Refusing(RuntimeError("dbus fell over")), "denied"),
    ],
)
def test_unlock_falls_back_to_passphrase(
    data_dir: Path,
    floor_kdf: KdfParams,
    restore_keyring: None,
    backend: keyring.backend.KeyringBackend,
    reason: str,
) -> None:
    vault, _ = Vault.create(data_dir, use_keyring=True, passphrase="fallback", kdf_params=floor_kdf)
    with vault.transaction() as conn:
        conn.execute("INSERT INTO meta VALUES ('kept', 'yes')")
    vault.lock()
    before = fingerprint(data_dir)
    keyring.set_keyring(backend)
    with pytest.raises(KeyringUnavailable) as failure:
        Vault.unlock_with_keyring(data_dir)
    assert failure.value.reason == reason
    assert fingerprint(data_dir) == before
    reopened = Vault.unlock_with_passphrase(data_dir, "fallback")
    assert reopened.conn.execute("SELECT value FROM meta WHERE key='kept'").fetchone()[0] == "yes"
    reopened.lock()


def test_create_without_keyring_writes_nothing(data_dir: Path, restore_keyring: None) -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyringUnavailable):
        Vault.create(data_dir, use_keyring=True)
    assert list(data_dir.iterdir()) == []
    with pytest.raises(MethodNotSet):
        Vault.create(data_dir, use_keyring=False)


def test_entry_gone_from_keyring(data_dir: Path) -> None:
    vault, recovery_key = Vault.create(data_dir, use_keyring=True)
    vault.lock()
    keyring.delete_password("Harbour", vault.vault_id)
    with pytest.raises(KeyringUnavailable) as failure:
        Vault.unlock_with_keyring(data_dir)
    assert failure.value.reason == "no_entry"
    Vault.unlock_with_recovery_key(data_dir, recovery_key).lock()
