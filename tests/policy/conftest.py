"""Helpers for the policy tests: write a policy file and read back where each fault was found."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from core.policy import Fault, Policy

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "packaging" / "policy.example.toml"


def faults_of(policy: Policy) -> list[tuple[int | None, Fault, str | None]]:
    """Each fault as (line, code, key), the parts a test pins down."""
    return [(fault.line, fault.code, fault.key) for fault in policy.faults]


@pytest.fixture
def write_policy(tmp_path: Path) -> Callable[[str | bytes], Path]:
    """Write text or bytes to a policy file in a temporary folder; return its path."""

    def write(content: str | bytes) -> Path:
        path = tmp_path / "policy.toml"
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        return path

    return write
