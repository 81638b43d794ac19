"""From the Quick exit key to hidden + locked + clipboard cleared. Target < 100 ms.

The baseline, measured in the same run, is hiding a bare window of the same size; the ratio
shows what locking and clearing add on top of simply disappearing.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow

from bench.common import verdict
from core.policy import Policy
from core.session import VaultState
from core.vault import Method
from core.vault.kdf import KdfParams
from ui.app import HarbourApp

RUNS = 15


def main() -> int:
    """Unlock, copy, press Esc; time until every condition holds. Repeat."""
    with tempfile.TemporaryDirectory() as scratch:
        app = HarbourApp(Path(scratch) / "profile", Policy())
        session = app.session
        session.create_vault(use_keyring=False, passphrase="bench words", kdf_params=KdfParams())
        session.lock()
        bare = QMainWindow()
        exits, hides = [], []
        for _ in range(RUNS):
            session.unlock(Method.PASSPHRASE, "bench words")
            app.window.resize(1000, 700)
            app.window.show()
            app.window.activateWindow()
            app.qt.processEvents()
            QGuiApplication.clipboard().setText("secret on the clipboard")
            start = time.perf_counter()
            QTest.keyClick(app.window, Qt.Key.Key_Escape)
            done = (
                not app.window.isVisible()
                and QGuiApplication.clipboard().text() == ""
                and session.vault_state is VaultState.LOCKED
            )
            exits.append(time.perf_counter() - start)
            if not done:
                print("Quick exit did not finish its work")
                verdict("quick exit", float("nan"), "ms", "< 100 ms", False)
                return 1
            bare.resize(1000, 700)
            bare.show()
            app.qt.processEvents()
            start = time.perf_counter()
            bare.hide()
            hides.append(time.perf_counter() - start)
        app.shutdown()
    exit_ms, hide_ms = statistics.median(exits) * 1000, statistics.median(hides) * 1000
    print(
        f"bare window hide: {hide_ms:.2f} ms; Quick exit: {exit_ms:.2f} ms "
        f"({exit_ms / max(hide_ms, 1e-3):.1f}x); worst Quick exit {max(exits) * 1000:.2f} ms"
    )
    verdict("quick exit", exit_ms, "ms", "< 100 ms", exit_ms < 100)
    return 0


if __name__ == "__main__":
    sys.exit(main())
