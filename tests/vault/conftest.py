"""Fixtures for vault tests: fast-but-floor Argon2id settings and file fingerprints."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from core.vault.kdf import KdfParams


@pytest.fixture
def floor_kdf() -> KdfParams:
    """Harbour's minimum Argon2id settings (64 MiB, 3 passes): real, but not calibrated up."""
    return KdfParams()


def fingerprint(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under ``folder``, by relative path."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
