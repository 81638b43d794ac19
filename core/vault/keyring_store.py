"""The "this computer" unlock method: a wrapping key kept in the operating system's keyring.

Every failure is turned into ``KeyringUnavailable`` with a reason, so the caller can fall back to
the passphrase or recovery key calmly instead of crashing.
"""

from __future__ import annotations

import base64
import binascii
import os

from core import APP_NAME
from core.vault.errors import KeyringUnavailable

SERVICE = APP_NAME
KEY_BYTES = 32


def _backend_usable() -> bool:
    import keyring  # imported on first use: it is slow to load and start-up must be quick

    backend = keyring.get_keyring()
    try:
        priority = float(backend.priority)
    except Exception:  # a backend with a broken priority is not one we trust
        return False
    name = type(backend).__module__
    return priority > 0 and not name.startswith(("keyring.backends.fail", "keyring.backends.null"))


def _classify(exc: BaseException) -> KeyringUnavailable:
    import keyring.errors

    if isinstance(exc, keyring.errors.KeyringLocked):
        return KeyringUnavailable("locked", type(exc).__name__)
    if isinstance(exc, keyring.errors.NoKeyringError | keyring.errors.InitError):
        return KeyringUnavailable("missing", type(exc).__name__)
    return KeyringUnavailable("denied", type(exc).__name__)


def available() -> bool:
    """True if a real keyring backend is present (it may still be locked or refuse)."""
    try:
        return _backend_usable()
    except Exception:
        return False


def new_wrapping_key() -> bytes:
    """A fresh random wrapping key."""
    return os.urandom(KEY_BYTES)


def store(vault_id: str, wrapping_key: bytes) -> None:
    """Keep ``wrapping_key`` in the keyring under this vault's id."""
    if not available():
        raise KeyringUnavailable("missing")
    import keyring

    try:
        keyring.set_password(SERVICE, vault_id, base64.b64encode(wrapping_key).decode("ascii"))
    except Exception as exc:
        raise _classify(exc) from exc


def load(vault_id: str) -> bytes:
    """The wrapping key stored for this vault, or ``KeyringUnavailable``."""
    if not available():
        raise KeyringUnavailable("missing")
    import keyring

    try:
        value = keyring.get_password(SERVICE, vault_id)
    except Exception as exc:
        raise _classify(exc) from exc
    if value is None:
        raise KeyringUnavailable("no_entry")
    try:
        key = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise KeyringUnavailable("no_entry", "unreadable entry") from exc
    if len(key) != KEY_BYTES:
        raise KeyringUnavailable("no_entry", "unreadable entry")
    return key


def forget(vault_id: str) -> None:
    """Remove this vault's entry from the keyring (missing entries are fine)."""
    if not available():
        return
    import keyring.errors

    try:
        keyring.delete_password(SERVICE, vault_id)
    except keyring.errors.PasswordDeleteError:
        return
    except Exception as exc:
        raise _classify(exc) from exc
