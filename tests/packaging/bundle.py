"""Build the PyInstaller bundle for tests with ``make bundle``, again only when an input changed.

The fingerprint covers every file that goes into the bundle (code, resources, built catalogues,
the recipe, the locked dependencies). On CI (``CI`` set) the bundle is always built afresh, so a
stale ``dist/`` can never stand in for the real thing.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "harbour"
EXECUTABLE = DIST / ("harbour.exe" if sys.platform == "win32" else "harbour")
STAMP = ROOT / "build" / "bundle.fingerprint"
INPUTS = ("main.py", "requirements.lock", "core", "ui", "resources", "packaging/pyinstaller")


def fingerprint() -> str:
    """SHA-256 over the names and contents of every input file, and the built catalogues."""
    digest = hashlib.sha256()
    files = [ROOT / name for name in INPUTS if (ROOT / name).is_file()]
    for name in INPUTS:
        if (ROOT / name).is_dir():
            files += [p for p in (ROOT / name).rglob("*") if p.is_file()]
    files += list((ROOT / "translations").glob("*.qm"))
    for path in sorted(p for p in files if "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def ensure_bundle() -> Path:
    """``dist/harbour``, built now unless an identical build is already there (never on CI)."""
    wanted = fingerprint()
    current = STAMP.read_text(encoding="ascii") if STAMP.is_file() else ""
    if os.environ.get("CI") or current != wanted or not EXECUTABLE.is_file():
        STAMP.unlink(missing_ok=True)
        result = subprocess.run(
            ["make", "--no-print-directory", "bundle", f"PY={sys.executable}"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=1200,
            check=False,
        )
        assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
        # The inputs as they were when the build began: a file edited during the build makes
        # the next run build again instead of trusting a bundle made from the older file.
        STAMP.write_text(wanted, encoding="ascii")
    return DIST
