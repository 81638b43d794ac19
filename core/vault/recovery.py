"""Recovery keys: 128 random bits written as letters that are hard to misread, with check letters.

A key looks like ``KQWTR-MNBVX-HCDFG-PLZSA-EUYJR-TWKMA``: 28 random letters from a 24-letter
alphabet (no I or O, which look like 1 and 0) followed by two check letters that catch typing slips
before any decryption is tried. Because the key itself is high-entropy, HKDF (not Argon2) turns it
into a wrapping key.
"""

from __future__ import annotations

import hashlib
import secrets

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from core.vault.errors import RecoveryKeyTypo

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
DATA_LETTERS = 28
CHECK_LETTERS = 2
GROUP = 5
_INFO = b"harbour recovery key v1"


def _check_letters(data: str) -> str:
    digest = hashlib.sha256(data.encode("ascii")).digest()
    return "".join(ALPHABET[b % len(ALPHABET)] for b in digest[:CHECK_LETTERS])


def generate() -> str:
    """A new recovery key, grouped for writing down."""
    data = "".join(secrets.choice(ALPHABET) for _ in range(DATA_LETTERS))
    letters = data + _check_letters(data)
    return "-".join(letters[i : i + GROUP] for i in range(0, len(letters), GROUP))


def normalise(typed: str) -> str:
    """The 28 data letters of a typed key (any case, spaces, dashes), or ``RecoveryKeyTypo``."""
    letters = "".join(ch for ch in typed.upper() if ch.isalnum())
    if len(letters) != DATA_LETTERS + CHECK_LETTERS or any(ch not in ALPHABET for ch in letters):
        raise RecoveryKeyTypo("wrong length or letters")
    data, check = letters[:DATA_LETTERS], letters[DATA_LETTERS:]
    if _check_letters(data) != check:
        raise RecoveryKeyTypo("check letters do not match")
    return data


def wrapping_key(typed: str, salt: bytes) -> bytes:
    """The 32-byte wrapping key for a recovery key."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_INFO)
    return hkdf.derive(normalise(typed).encode("ascii"))
