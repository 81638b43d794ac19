"""Creating and unlocking a vault by every method, with the real Secret Service keyring."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from core.vault import Method, Vault, keyring_store
from core.vault.errors import (
    KeyringUnavailable,
    LastMethod,
    MethodNotSet,
    RecoveryKeyTypo,
    VaultAlreadyExists,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)
from core.vault.kdf import KdfParams
from tests.vault.conftest import fingerprint


def _write(vault: Vault, key: str, value: str) -> None:
    with vault.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


def _read(vault: Vault, key: str) -> str:
    return str(vault.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()[0])


def test_real_keyring_is_the_secret_service() -> None:
    assert type(keyring.get_keyring()).__module__ == "keyring.backends.SecretService"


def test_keyring_vault_round_trip(data_dir: Path) -> None:
    vault, recovery_key = Vault.create(data_dir, use_keyring=True)
    _write(vault, "note", "kept safe")
    vault.lock()
    assert vault.is_locked
    reopened = Vault.unlock_with_keyring(data_dir)
    assert _read(reopened, "note") == "kept safe"
    assert set(reopened.methods()) == {Method.KEYRING, Method.RECOVERY}
    reopened.lock()
    by_recovery = Vault.unlock_with_recovery_key(data_dir, recovery_key)
    assert _read(by_recovery, "note") == "kept safe"
    by_recovery.lock()


def test_passphrase_and_recovery_key(data_dir: Path, floor_kdf: KdfParams) -> None:
    vault, recovery_key = Vault.create(
        data_dir, use_keyring=False, passphrase="blue kettle morning", kdf_params=floor_kdf
    )
    _write(vault, "a", "1")
    vault.lock()
    assert _read(Vault.unlock_with_passphrase(data_dir, "blue kettle morning"), "a") == "1"
    typed = recovery_key.lower().replace("-", " ")
    assert _read(Vault.unlock_with_recovery_key(data_dir, typed), "a") == "1"
    with pytest.raises(MethodNotSet):
        Vault.unlock_with_keyring(data_dir)


def test_recovery_key_typo_and_wrong_key(data_dir: Path, floor_kdf: KdfParams) -> None:
    vault, recovery_key = Vault.create(data_dir, use_keyring=True)
    vault.lock()
    letters = recovery_key.replace("-", "")
    slipped = letters[:3] + ("B" if letters[3] != "B" else "C") + letters[4:]
    with pytest.raises(RecoveryKeyTypo):
        Vault.unlock_with_recovery_key(data_dir, slipped)
    other_dir = data_dir.parent / "other"
    other, other_key = Vault.create(other_dir, use_keyring=True)
    other.lock()
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(data_dir, other_key)


def test_never_creates_over_an_existing_vault(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, use_keyring=True)
    vault.lock()
    before = fingerprint(data_dir)
    with pytest.raises(VaultAlreadyExists):
        Vault.create(data_dir, use_keyring=True)
    assert fingerprint(data_dir) == before


def test_unlocking_an_empty_profile_says_there_is_no_vault(data_dir: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.unlock_with_keyring(data_dir)
    assert list(data_dir.iterdir()) == []


def test_change_passphrase_old_stops_new_works(data_dir: Path, floor_kdf: KdfParams) -> None:
    vault, _ = Vault.create(data_dir, use_keyring=False, passphrase="old", kdf_params=floor_kdf)
    vault.set_passphrase("new", floor_kdf)
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_passphrase(data_dir, "old")
    Vault.unlock_with_passphrase(data_dir, "new").lock()


def test_change_passphrase_interrupted_keeps_the_old_one(
    data_dir: Path, floor_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = Vault.create(data_dir, use_keyring=False, passphrase="old", kdf_params=floor_kdf)

    def crash(*_args: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr("core.atomic.os.replace", crash)
    with pytest.raises(OSError, match="power cut"):
        vault.set_passphrase("new", floor_kdf)
    monkeypatch.undo()
    vault.lock()
    assert not [p for p in data_dir.rglob("*.tmp")]
    Vault.unlock_with_passphrase(data_dir, "old").lock()


def test_add_and_remove_methods(data_dir: Path, floor_kdf: KdfParams) -> None:
    vault, _ = Vault.create(data_dir, use_keyring=True)
    vault.set_passphrase("added", floor_kdf)
    assert set(vault.methods()) == {Method.KEYRING, Method.PASSPHRASE, Method.RECOVERY}
    vault.remove_method(Method.KEYRING)
    with pytest.raises(KeyringUnavailable) as missing:
        keyring_store.load(vault.vault_id)
    assert missing.value.reason == "no_entry"
    with pytest.raises(LastMethod):
        vault.remove_method(Method.PASSPHRASE)
    new_key = vault.new_recovery_key()
    vault.lock()
    Vault.unlock_with_recovery_key(data_dir, new_key).lock()
    Vault.unlock_with_passphrase(data_dir, "added").lock()
