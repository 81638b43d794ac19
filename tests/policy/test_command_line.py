"""``--policy FILE`` and ``--check-policy`` from the command line, as an administrator uses them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.policy.conftest import EXAMPLE, ROOT


def _harbour(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_check_policy_reports_the_settings_of_a_good_file() -> None:
    result = _harbour("--policy", str(EXAMPLE), "--check-policy")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"policy file: {EXAMPLE}",
        "mode: helpline",
        "region: uk",
        "language: en-GB",
        "auto_lock_minutes: 10",
        "keyring_allowed: false",
        "passphrase_required: true",
        "retention_days: 90",
        "evidence_images_allowed: true",
    ]


def test_check_policy_lists_each_problem_and_the_safest_settings(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text('mode = "school"\nregion = "uk"\nauto_lock = 3\nretention_days = 0\n')
    result = _harbour("--check-policy", "--policy", str(path))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"policy file: {path}",
        f'problem: {path}, line 3: unknown setting "auto_lock" (did you mean "auto_lock_minutes"?)',
        f"problem: {path}, line 4: retention_days must be from 1 to 3650, not 0",
        "mode: school",
        "region: uk",
        "language: not fixed",
        "auto_lock_minutes: 5",
        "keyring_allowed: false",
        "passphrase_required: true",
        "retention_days: not fixed",
        "evidence_images_allowed: false",
    ]


def test_a_missing_policy_named_on_the_command_line_is_reported(tmp_path: Path) -> None:
    result = _harbour("--check-policy", "--policy", str(tmp_path / "nope.toml"))
    assert result.returncode == 1
    assert f"problem: {tmp_path / 'nope.toml'}: file not found" in result.stdout.splitlines()
