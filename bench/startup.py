"""Time to Harbour's first interactive window, against a bare PySide6 window in the same run.

Each run is a fresh Python process (imports included), timed from spawn until the window has
been shown and the event loop has gone idle once. Both use compiled bytecode, as an installed
Harbour does, kept in a temporary folder rather than the source tree. Target: Harbour / bare <= 1.5.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from bench.common import ROOT, verdict

RUNS = 7

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow(); window.setCentralWidget(QLabel("Harbour")); window.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""

# The bare window again, touching Qt's namespace and event types as any real window does:
# PySide6 builds Python enums for all of them then. Printed for context; not the target.
BARE_WITH_ENUMS = BARE.replace(
    "window.show()", "window.show(); Qt.AlignmentFlag.AlignLeft; QEvent.Type.None_"
).replace("import QTimer", "import QEvent, Qt, QTimer")

HARBOUR = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from core.policy import load_policy
from ui.app import HarbourApp, harden_process
harden_process()
app = HarbourApp(Path(sys.argv[1]), load_policy())
app.window.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.qt.quit()))
app.qt.exec()
"""


def _time(script: str, pycache: str, *args: str) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=pycache)
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
        timeout=120,
    ).stdout
    elapsed = time.perf_counter() - start
    if "ready" not in out:
        raise RuntimeError("the window never became ready")
    return elapsed


def main() -> int:
    """Alternate the two programs so both see the same machine state."""
    bare, enums, harbour = [], [], []
    with tempfile.TemporaryDirectory() as scratch, tempfile.TemporaryDirectory() as pycache:
        _time(BARE, pycache)  # warm the file cache and the bytecode cache for both
        _time(HARBOUR, pycache, scratch)
        _time(BARE_WITH_ENUMS, pycache)
        for _ in range(RUNS):
            bare.append(_time(BARE, pycache))
            enums.append(_time(BARE_WITH_ENUMS, pycache))
            harbour.append(_time(HARBOUR, pycache, scratch))
    bare_s, harbour_s = statistics.median(bare), statistics.median(harbour)
    print(f"bare PySide6 window: {bare_s:.3f} s (median of {RUNS})")
    print(f"bare window using Qt's namespace enums: {statistics.median(enums):.3f} s (context)")
    print(f"Harbour first window: {harbour_s:.3f} s (median of {RUNS})")
    ratio = harbour_s / bare_s
    verdict("startup ratio", ratio, "x bare window", "<= 1.5", ratio <= 1.5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
