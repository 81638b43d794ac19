"""A policy that forbids the keyring never strands a diary only the keyring opens (real keyring)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.policy import SAFEST, Policy
from core.session import Session
from core.vault import Method
from core.vault.errors import KeyringUnavailable
from core.vault.kdf import KdfParams

FAST = KdfParams()  # the floor: the test is about the policy, not key stretching


def _keyring_only_diary(profile: Path) -> None:
    session = Session(profile, Policy())
    session.create_vault(use_keyring=True, passphrase=None)
    session.lock(make_backup=False)


def test_a_keyring_only_diary_still_opens_under_a_broken_policy(data_dir: Path) -> None:
    _keyring_only_diary(data_dir)
    session = Session(data_dir, SAFEST)
    assert Method.KEYRING in session.available_methods()
    session.unlock(Method.KEYRING)
    session.require_vault().set_passphrase("a long enough passphrase", FAST)
    session.lock(make_backup=False)
    # Now that a passphrase exists, the policy's "no keyring" applies.
    assert Method.KEYRING not in session.available_methods()
    with pytest.raises(KeyringUnavailable) as refused:
        session.unlock(Method.KEYRING)
    assert refused.value.reason == "not_allowed"
    session.unlock(Method.PASSPHRASE, "a long enough passphrase")
    session.lock(make_backup=False)


def test_a_forbidden_keyring_is_not_offered_for_new_diaries(data_dir: Path) -> None:
    session = Session(data_dir, Policy(keyring_allowed=False))
    with pytest.raises(KeyringUnavailable) as refused:
        session.create_vault(use_keyring=True, passphrase=None)
    assert refused.value.reason == "not_allowed"
    assert session.vault_state.value == "none"
