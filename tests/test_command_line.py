"""``main.py`` options used by people, packaging and checks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from core import __version__

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def test_version() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Harbour {__version__}"


def test_self_test_passes_with_the_real_keyring() -> None:
    result = _run("--self-test")
    assert result.returncode == 0, result.stderr
    assert "self-test ok (vault unlocked by keyring)" in result.stdout


def test_self_test_falls_back_to_a_passphrase_without_a_keyring() -> None:
    result = _run("--self-test", env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert result.returncode == 0, result.stderr
    assert "self-test ok (vault unlocked by passphrase)" in result.stdout
