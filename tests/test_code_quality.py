"""The suite fails when ruff or strict mypy would: CI runs only the README's test command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def test_ruff_lint_and_format() -> None:
    lint = _run(str(BIN / "ruff"), "check", ".")
    assert lint.returncode == 0, lint.stdout
    fmt = _run(str(BIN / "ruff"), "format", "--check", ".")
    assert fmt.returncode == 0, fmt.stdout


def test_mypy_strict() -> None:
    scripts = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "packaging").rglob("*.py"))]
    result = _run(str(BIN / "mypy"), "core", "ui", "main.py", "bench", "tests", *scripts)
    assert result.returncode == 0, result.stdout


def test_translation_catalogues_are_current() -> None:
    result = _run(sys.executable, "-m", "ui.i18n_build", "--check")
    assert result.returncode == 0, result.stdout + result.stderr
