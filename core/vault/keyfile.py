"""The key file beside the database: one wrapped copy of the database key per way to unlock.

Layout (JSON)::

    {"format": "harbour-keyfile", "version": 1, "checksum": "<sha256 of body>",
     "body": {"vault_id": "...", "created": "...", "slots": [
        {"kind": "keyring" | "passphrase" | "recovery", "nonce": b64, "wrapped": b64,
         "salt": b64 | null, "kdf": {...} | null, "created": "..."}]}}

The checksum is not a secret: it tells accidental damage ("the key file is damaged, use a backup")
apart from a wrong passphrase (the GCM tag fails but the file is intact).
"""

from __future__ import annotations

import base64
import binascii
import errno
import hashlib
import json
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from core.atomic import atomic_write_bytes
from core.vault.errors import DiskFull, KeyFileDamaged
from core.vault.kdf import KdfParams

FORMAT = "harbour-keyfile"
VERSION = 1
MAX_BYTES = 64 * 1024


class Method(StrEnum):
    """The ways a vault can be unlocked."""

    KEYRING = "keyring"
    PASSPHRASE = "passphrase"  # noqa: S105 - a method name, not a secret
    RECOVERY = "recovery"


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the database key."""

    kind: Method
    nonce: bytes
    wrapped: bytes
    created: str
    salt: bytes | None = None
    kdf: KdfParams | None = None


@dataclass(frozen=True)
class KeyFile:
    """Every slot of one vault."""

    vault_id: str
    created: str
    slots: tuple[Slot, ...]

    def slot(self, kind: Method) -> Slot | None:
        """The slot for ``kind``, if that method is set up."""
        return next((s for s in self.slots if s.kind == kind), None)

    def methods(self) -> tuple[Method, ...]:
        """The methods set up, in a stable order."""
        return tuple(m for m in Method if self.slot(m))

    def with_slot(self, slot: Slot) -> KeyFile:
        """A copy with ``slot`` replacing any slot of the same kind."""
        others = tuple(s for s in self.slots if s.kind != slot.kind)
        return replace(self, slots=(*others, slot))

    def without(self, kind: Method) -> KeyFile:
        """A copy with the ``kind`` slot removed."""
        return replace(self, slots=tuple(s for s in self.slots if s.kind != kind))


def slot_context(vault_id: str, kind: Method) -> bytes:
    """Associated data binding a wrapped key to its vault and method."""
    return f"harbour-keyfile/v{VERSION}/{vault_id}/{kind.value}".encode()


def _b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def _unb64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(value, validate=True)


def _body(kf: KeyFile) -> dict[str, Any]:
    return {
        "vault_id": kf.vault_id,
        "created": kf.created,
        "slots": [
            {
                "kind": s.kind.value,
                "nonce": _b64(s.nonce),
                "wrapped": _b64(s.wrapped),
                "salt": _b64(s.salt),
                "kdf": s.kdf.to_dict() if s.kdf else None,
                "created": s.created,
            }
            for s in kf.slots
        ],
    }


def _checksum(body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


def to_bytes(kf: KeyFile) -> bytes:
    """Serialise with a checksum."""
    body = _body(kf)
    doc = {"format": FORMAT, "version": VERSION, "checksum": _checksum(body), "body": body}
    return json.dumps(doc, indent=1, sort_keys=True).encode("utf-8")


def _slot_from(raw: Any) -> Slot:
    if not isinstance(raw, dict):
        raise ValueError("slot must be a table")
    kind = Method(str(raw.get("kind")))
    salt = None if raw.get("salt") is None else _unb64(raw["salt"])
    kdf = None if raw.get("kdf") is None else KdfParams.from_dict(raw["kdf"])
    if kind is Method.PASSPHRASE and (salt is None or kdf is None):
        raise ValueError("passphrase slot needs salt and kdf")
    if kind is Method.RECOVERY and salt is None:
        raise ValueError("recovery slot needs a salt")
    created = raw.get("created")
    if not isinstance(created, str):
        raise ValueError("slot needs a creation time")
    return Slot(kind, _unb64(raw.get("nonce")), _unb64(raw.get("wrapped")), created, salt, kdf)


def from_bytes(data: bytes) -> KeyFile:
    """Parse and check a key file, or raise ``KeyFileDamaged``."""
    try:
        doc = json.loads(data.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError("not a Harbour key file")
        if doc.get("version") != VERSION:
            raise ValueError(f"unknown key file version {doc.get('version')!r}")
        body = doc.get("body")
        if not isinstance(body, dict) or _checksum(body) != doc.get("checksum"):
            raise ValueError("checksum does not match")
        slots = tuple(_slot_from(raw) for raw in body.get("slots", []))
        vault_id, created = body.get("vault_id"), body.get("created")
        if not isinstance(vault_id, str) or not isinstance(created, str) or not slots:
            raise ValueError("missing vault id, creation time or slots")
        if len({s.kind for s in slots}) != len(slots):
            raise ValueError("two slots of the same kind")
    except (ValueError, UnicodeDecodeError, binascii.Error, TypeError) as exc:
        raise KeyFileDamaged(str(exc)) from exc
    return KeyFile(vault_id, created, slots)


def read(path: Path) -> KeyFile:
    """Read the key file at ``path`` (damage and oversize raise ``KeyFileDamaged``)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise KeyFileDamaged(f"unreadable: {exc.strerror}") from exc
    if len(data) > MAX_BYTES:
        raise KeyFileDamaged("too large")
    return from_bytes(data)


def write(path: Path, kf: KeyFile) -> None:
    """Write atomically: after a crash the old or the new key file is there, never a mix."""
    try:
        atomic_write_bytes(path, to_bytes(kf))
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull("key file") from exc
        raise
