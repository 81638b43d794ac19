"""How long unlocking takes: by passphrase (calibrated Argon2id) and by this computer's keyring.

Targets: passphrase 0.3–1.5 s (slow enough to hurt guessing, quick enough for a person in a
hurry), keyring < 0.2 s. The baseline printed beside them is one raw Argon2id derivation at the
same settings, measured in the same run, so the vault's own overhead is visible as a ratio.
Run inside a keyring session (``make bench`` does this).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench.common import median_seconds, verdict
from core.vault import Vault, kdf
from core.vault.errors import KeyringUnavailable

RUNS = 7


def main() -> int:
    """Create calibrated vaults, unlock them repeatedly, print the medians."""
    with tempfile.TemporaryDirectory() as scratch:
        params = kdf.calibrate()
        print(
            f"calibrated Argon2id: {params.time_cost} passes, {params.memory_kib // 1024} MiB, "
            f"{params.parallelism} lanes"
        )
        raw = median_seconds(lambda: kdf.derive("bench", b"\0" * 16, params), RUNS)
        by_pass = Path(scratch) / "passphrase"
        vault, _ = Vault.create(
            by_pass, use_keyring=False, passphrase="bench words", kdf_params=params
        )
        vault.lock()
        passphrase = median_seconds(
            lambda: Vault.unlock_with_passphrase(by_pass, "bench words").lock(make_backup=False),
            RUNS,
        )
        print(
            f"raw Argon2id derivation: {raw:.3f} s; passphrase unlock: {passphrase:.3f} s "
            f"({passphrase / raw:.2f}x the derivation)"
        )
        keyring_ok = True
        try:
            by_keyring = Path(scratch) / "keyring"
            vault, _ = Vault.create(by_keyring, use_keyring=True)
            vault.lock()
            keyring_s = median_seconds(
                lambda: Vault.unlock_with_keyring(by_keyring).lock(make_backup=False), RUNS
            )
            print(f"keyring unlock: {keyring_s:.3f} s")
        except KeyringUnavailable as exc:
            keyring_ok = False
            print(f"keyring unavailable here ({exc.reason}); run inside tests/keyring_session.sh")
    verdict("passphrase unlock", passphrase, "s", "0.3-1.5 s", 0.3 <= passphrase <= 1.5)
    if keyring_ok:
        verdict("keyring unlock", keyring_s, "s", "< 0.2 s", keyring_s < 0.2)
    else:
        verdict("keyring unlock", float("nan"), "s", "< 0.2 s", False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
