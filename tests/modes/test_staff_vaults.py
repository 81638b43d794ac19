"""One vault per staff member: two staff vaults can never open each other."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.modes.casefile import open_case
from core.modes.events import add_note
from core.modes.staff import SetupWarning, setup_warnings
from core.policy import Mode, Policy
from core.session import Session
from core.vault import Method, Vault
from core.vault.database import WrongKeyOrDamaged, connect
from core.vault.errors import WrongPassphrase, WrongRecoveryKey
from core.vault.kdf import KdfParams

HELPLINE = Policy(mode=Mode.HELPLINE, passphrase_required=True, keyring_allowed=False)


def _staff_vault(profile: Path, passphrase: str) -> tuple[str, bytes]:
    """Create a staff member's vault with a note in it; return its recovery key and db key."""
    session = Session(profile, HELPLINE)
    recovery = session.create_vault(
        use_keyring=False, passphrase=passphrase, kdf_params=KdfParams()
    )
    vault = session.require_vault()
    add_note(vault.conn, open_case(vault.conn).case_id, f"call notes of {profile.name}")
    key = bytes(vault._db_key or b"")
    session.lock()
    return recovery, key


def test_two_staff_vaults_cannot_open_each_other(tmp_path: Path) -> None:
    sam, alex = tmp_path / "sam", tmp_path / "alex"
    sam_recovery, sam_key = _staff_vault(sam, "sam's own passphrase")
    alex_recovery, alex_key = _staff_vault(alex, "alex's own passphrase")

    assert sam_key != alex_key
    assert Vault.read_keyfile(sam).vault_id != Vault.read_keyfile(alex).vault_id
    sam_files = {p.relative_to(sam) for p in sam.rglob("*")}
    assert {Path("vault.db"), Path("vault.key")} <= sam_files
    alex_files = {p.resolve() for p in alex.rglob("*")}
    assert not alex_files & {p.resolve() for p in sam.rglob("*")}, "no file is shared"
    assert sam.stat().st_mode & 0o077 == 0 and alex.stat().st_mode & 0o077 == 0

    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_passphrase(alex, "sam's own passphrase")
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(alex, sam_recovery)
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_passphrase(sam, "alex's own passphrase")
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery_key(sam, alex_recovery)
    with pytest.raises(WrongKeyOrDamaged):
        connect(alex / "vault.db", sam_key)

    session = Session(alex, HELPLINE)
    assert set(session.available_methods()) == {Method.RECOVERY, Method.PASSPHRASE}
    session.unlock(Method.PASSPHRASE, "alex's own passphrase")
    notes = session.require_vault().conn.execute("SELECT text FROM note").fetchall()
    assert notes == [("call notes of alex",)]
    session.lock()


def test_set_up_warnings_name_what_weakens_the_separation(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    assert setup_warnings(HELPLINE, profile) == ()
    assert setup_warnings(Policy(mode=Mode.HELPLINE), profile) == (
        SetupWarning.KEYRING_ALLOWED,
        SetupWarning.NO_PASSPHRASE_REQUIRED,
    )
    profile.mkdir(mode=0o700)
    assert setup_warnings(HELPLINE, profile) == ()
    profile.chmod(0o755)
    assert setup_warnings(HELPLINE, profile) == (SetupWarning.PROFILE_OPEN,)
