"""``main.py --self-test``: prove on this machine that Harbour can keep and show a diary.

Offscreen, in a throw-away profile: create a vault (this computer's keyring, or a passphrase
when there is none), write an entry and read it back, lock and unlock, render the first screen.
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from pathlib import Path

from core.policy import Policy
from core.session import Session, VaultState
from core.vault import Method, keyring_store
from core.vault.errors import KeyringUnavailable
from core.vault.kdf import KdfParams

_PASSPHRASE = "self-test passphrase"  # noqa: S105 - a throw-away profile


def _check_vault(profile: Path) -> str:
    session = Session(profile, Policy())
    try:
        session.create_vault(use_keyring=True, passphrase=None)
        method = Method.KEYRING
    except KeyringUnavailable:
        session.create_vault(use_keyring=False, passphrase=_PASSPHRASE, kdf_params=KdfParams())
        method = Method.PASSPHRASE
    marker = uuid.uuid4().hex
    with session.require_vault().transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('self-test', ?)", (marker,))
    session.lock()
    if session.vault_state is not VaultState.LOCKED:
        raise RuntimeError("the vault did not lock")
    session.unlock(method, _PASSPHRASE)
    row = (
        session.require_vault()
        .conn.execute("SELECT value FROM meta WHERE key = 'self-test'")
        .fetchone()
    )
    vault_id = session.require_vault().vault_id
    session.lock()
    keyring_store.forget(vault_id)  # the throw-away vault leaves no entry in the keyring
    if row is None or row[0] != marker:
        raise RuntimeError("the entry written before locking was not read back")
    return method.value


def _check_first_screen(profile: Path) -> None:
    from ui.app import HarbourApp

    app = HarbourApp(profile, Policy())
    app.window.resize(1000, 700)
    app.window.show()
    app.qt.processEvents()
    picture = app.window.grab()
    if picture.isNull() or picture.width() < 100:
        raise RuntimeError("the first screen did not render")
    app.window.close()
    app.shutdown()


def run_self_test() -> int:
    """Run every check; print ``self-test ok`` and return 0, or the reason and 1."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        with tempfile.TemporaryDirectory(prefix="harbour-self-test-") as scratch:
            method = _check_vault(Path(scratch) / "vault-profile")
            _check_first_screen(Path(scratch) / "ui-profile")
    except Exception as exc:  # the point is to report any failure plainly
        print(f"self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"self-test ok (vault unlocked by {method})")
    return 0
