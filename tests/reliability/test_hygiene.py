"""Process hygiene: core dumps are off in the running app, and copied secrets leave the
clipboard by themselves."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QClipboard, QGuiApplication
from pytestqt.qtbot import QtBot

from tests.reliability.crash import ROOT
from ui.vault.clipboard import ClipboardGuard


def _core_limits(pid: int) -> tuple[str, str]:
    """The soft and hard core file size limits of a running process, from /proc."""
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            soft, hard = line.removeprefix("Max core file size").split()[:2]
            return soft, hard
    raise LookupError("no core limit listed")


def test_harden_process_turns_core_dumps_off_for_good() -> None:
    code = (
        "import resource; from ui.app import harden_process; harden_process(); "
        "print(resource.getrlimit(resource.RLIMIT_CORE))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CORE, (1 << 20, 1 << 20)),
    )
    assert result.stdout.strip() == "(0, 0)"


@pytest.mark.timeout(120)
def test_the_running_app_has_core_dumps_off(tmp_path: Path) -> None:
    """Start the real app offscreen (core dumps allowed before it starts) and read its limits."""
    app = subprocess.Popen(
        [sys.executable, "main.py", "--data-dir", str(tmp_path / "profile")],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CORE, (1 << 20, 1 << 20)),
    )
    try:
        deadline = time.monotonic() + 90
        seen = _core_limits(app.pid)
        while seen != ("0", "0") and time.monotonic() < deadline and app.poll() is None:
            time.sleep(0.05)
            seen = _core_limits(app.pid)
        assert app.poll() is None, app.stderr.read().decode() if app.stderr else ""
        assert seen == ("0", "0")
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()


def test_a_copied_secret_leaves_the_clipboard_by_itself(qtbot: QtBot) -> None:
    guard = ClipboardGuard()
    board = QGuiApplication.clipboard()
    guard.copy("recovery key KQWTR-MNBVX", seconds=1)
    assert board.text() == "recovery key KQWTR-MNBVX"
    qtbot.waitUntil(lambda: board.text() == "", timeout=5_000)


def test_what_the_person_copied_since_is_left_alone(qtbot: QtBot) -> None:
    guard = ClipboardGuard()
    board = QGuiApplication.clipboard()
    guard.copy("a police reference", seconds=1)
    board.setText("their own words")
    qtbot.wait(1_500)
    assert board.text() == "their own words"


def test_clearing_now_empties_the_selection_too(qtbot: QtBot) -> None:
    guard = ClipboardGuard()
    board = QGuiApplication.clipboard()
    guard.copy("a secret", seconds=30)
    if board.supportsSelection():
        board.setText("selected secret", QClipboard.Mode.Selection)
    guard.clear_now()
    assert board.text() == ""
    if board.supportsSelection():
        assert board.text(QClipboard.Mode.Selection) == ""
