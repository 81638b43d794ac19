"""Build the Qt Linguist catalogues, and check they are current (``make check-strings``).

``python -m ui.i18n_build`` compiles ``translations/*.ts`` into ``.qm`` with pyside6-lrelease.
``--check`` re-extracts every ``tr()`` string with pyside6-lupdate into a scratch copy and fails if
the committed ``.ts`` files are stale, then runs the content checks (``core.content.check``) and
the guide's validator (``core.flow.check``). ``--update`` refreshes the
committed ``.ts`` files after UI strings changed.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from core.content.check import main as content_check
from core.content.languages import DEFAULT_LANGUAGE, LANGUAGES
from core.flow.check import main as flow_check
from core.paths import app_root
from ui.i18n import qm_name

ROOT = app_root()
TRANSLATIONS = ROOT / "translations"


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else name


def ts_files() -> list[Path]:
    """The catalogue sources, one per non-English language."""
    return [TRANSLATIONS / f"{qm_name(lang)}.ts" for lang in LANGUAGES if lang != DEFAULT_LANGUAGE]


def ui_sources() -> list[Path]:
    """Every Python file whose ``tr()`` strings belong in the catalogues."""
    return sorted(p for p in (ROOT / "ui").rglob("*.py") if "__pycache__" not in p.parts)


def update(targets: list[Path]) -> None:
    """Re-extract strings into ``targets`` (created if missing), dropping obsolete ones."""
    args = [
        _tool("pyside6-lupdate"),
        *map(str, ui_sources()),
        "-no-obsolete",
        "-locations",
        "none",
        "-silent",
        "-ts",
        *map(str, targets),
    ]
    subprocess.run(args, check=True, cwd=ROOT)


def build() -> None:
    """Compile each ``.ts`` into its ``.qm``."""
    for ts in ts_files():
        if ts.exists():
            subprocess.run(
                [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                check=True,
            )


def stale() -> list[str]:
    """Names of committed ``.ts`` files that differ from a fresh extraction."""
    with tempfile.TemporaryDirectory() as scratch:
        copies = []
        for ts in ts_files():
            copy = Path(scratch) / ts.name
            if ts.exists():
                shutil.copyfile(ts, copy)
            copies.append(copy)
        update(copies)
        return [
            ts.name
            for ts, copy in zip(ts_files(), copies, strict=True)
            if not ts.exists() or not filecmp.cmp(ts, copy, shallow=False)
        ]


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if catalogues are stale")
    parser.add_argument("--update", action="store_true", help="refresh the committed .ts files")
    args = parser.parse_args(argv)
    if args.update:
        update(ts_files())
    if args.check:
        behind = stale()
        if behind:
            print("UI strings changed; run `python -m ui.i18n_build --update`:", *behind)
            return 1
        print("translation catalogues are current")
        return max(content_check([]), flow_check([]))
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
