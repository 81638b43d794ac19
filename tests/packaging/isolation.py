"""Run Harbour in a throw-away home (HOME, XDG folders, TMPDIR) and see everything it wrote.

Two views, so nothing slips through: ``strace`` records every path the process tree opened
for writing, created, renamed or removed anywhere on the machine (the system temp folder
included); and the home tree is listed afterwards for what is left.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_WRITE_FLAGS = re.compile(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC")
_CALL = re.compile(r"^\d+ +(\w+)\((.*)\) = ")
_AT_PATH = re.compile(r'(?:AT_FDCWD|\d+<([^>]*)>), "([^"]*)"')  # strace -y names the folder
_OPENS = {"open", "openat", "creat"}
_CHANGES = {"mkdir", "mkdirat", "rename", "renameat", "renameat2", "link", "linkat", "symlink"}
_CHANGES |= {"symlinkat", "truncate", "rmdir"}
_REMOVES = {"unlink", "unlinkat"}
_TRACED = ",".join(sorted(_OPENS | _CHANGES | _REMOVES))


def _paths(arguments: str, cwd: Path) -> list[Path]:
    """The paths a traced call names, made absolute (relative ones start at the folder given)."""
    pairs = _AT_PATH.findall(arguments)
    if not pairs:
        pairs = [("", path) for path in re.findall(r'"([^"]*)"', arguments)]
    return [Path(folder or cwd) / path for folder, path in pairs]


def _pseudo(path: Path) -> bool:
    """/dev/null and /proc/self/fd/N (how Qt names a new file it links into place) are no files."""
    return path.parts[1:2] in (("dev",), ("proc",))


def _within(path: Path, folder: Path) -> bool:
    """``path`` is ``folder``, inside it, or one of the folders that lead to it."""
    return path == folder or folder in path.parents or path in folder.parents


@dataclass
class Writes:
    """Paths a traced run wrote to, and those it removed again before it ended."""

    written: set[Path] = field(default_factory=set)
    removed: set[Path] = field(default_factory=set)

    @classmethod
    def from_trace(cls, text: str, cwd: Path) -> Writes:
        """Read an ``strace -f -y`` log of successful file calls made from ``cwd``."""
        writes = cls()
        for line in text.splitlines():
            call = _CALL.match(line)
            if call is None:
                continue
            name, arguments = call.groups()
            if name in _OPENS and not _WRITE_FLAGS.search(arguments):
                continue
            if name in _OPENS | _CHANGES | _REMOVES:
                paths = _paths(arguments, cwd)
                writes.written.update(paths)
                if name in _REMOVES:
                    writes.removed.update(paths)
        return writes

    def lasting(self) -> list[Path]:
        """Written paths still there afterwards (not removed, not /dev or /proc)."""
        return sorted(p for p in self.written - self.removed if not _pseudo(p) and p.exists())

    def outside(self, *allowed: Path) -> list[Path]:
        """Written paths outside ``allowed`` folders (and the folders leading to them).

        /dev and /proc are left out.
        """
        return sorted(
            p for p in self.written if not _pseudo(p) and not any(_within(p, a) for a in allowed)
        )


@dataclass(frozen=True)
class Home:
    """A fake person's home: every folder an app could write to without being told."""

    root: Path

    @property
    def temp(self) -> Path:
        """The session's TMPDIR."""
        return self.root / "tmp"

    @property
    def env(self) -> dict[str, str]:
        """A desktop session's environment living in this home (plus D-Bus, for the keyring)."""
        home = self.root / "home"
        keep = ("PATH", "LANG", "DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "PYTHON_KEYRING_BACKEND")
        return {
            **{name: os.environ[name] for name in keep if name in os.environ},
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_STATE_HOME": str(home / ".local" / "state"),
            "XDG_RUNTIME_DIR": str(self.root / "run"),
            "TMPDIR": str(self.temp),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONDONTWRITEBYTECODE": "1",  # the source tree is not the app's to write
        }

    def run(self, *command: str) -> tuple[str, Writes]:
        """Run ``command`` under strace in this home; its output and what it wrote."""
        log = self.root.parent / f"{self.root.name}.strace"
        traced = ["strace", "-f", "-y", "-qq", "-e", f"trace={_TRACED}", "-e", "status=successful"]
        result = subprocess.run(
            [*traced, "-o", str(log), *command],
            capture_output=True,
            text=True,
            env=self.env,
            cwd=ROOT,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        try:
            return result.stdout, Writes.from_trace(log.read_text(errors="replace"), ROOT)
        finally:
            log.unlink()

    def left_behind(self, *allowed: Path) -> list[str]:
        """Files in the home tree outside ``allowed`` folders, relative to the tree."""
        skeleton = {self.root / "home", self.root / "run", self.temp}
        return [
            str(path.relative_to(self.root))
            for path in sorted(self.root.rglob("*"))
            if path not in skeleton and not any(_within(path, folder) for folder in allowed)
        ]


@contextmanager
def fresh_home() -> Iterator[Home]:
    """A fresh, empty home in the system temp folder, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="harbour-home-") as scratch:
        root = Path(scratch) / "tree"
        for folder in ("home", "run", "tmp"):
            (root / folder).mkdir(mode=0o700, parents=True)
        yield Home(root)
