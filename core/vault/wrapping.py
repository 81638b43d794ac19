"""Wrapping the database key: AES-256-GCM with the slot's identity bound in as associated data."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12


class UnwrapFailed(Exception):
    """The wrapping key is wrong, or the wrapped bytes were altered."""


def wrap(wrapping_key: bytes, secret: bytes, context: bytes) -> tuple[bytes, bytes]:
    """Encrypt ``secret``; return ``(nonce, ciphertext_with_tag)``."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(wrapping_key).encrypt(nonce, secret, context)


def unwrap(wrapping_key: bytes, nonce: bytes, ciphertext: bytes, context: bytes) -> bytes:
    """Decrypt what ``wrap`` produced, or raise ``UnwrapFailed``."""
    try:
        return AESGCM(wrapping_key).decrypt(nonce, ciphertext, context)
    except (InvalidTag, ValueError) as exc:
        raise UnwrapFailed from exc
