"""Running the leak sweep (``sweep_session.py`` in a fresh home, under strace) and searching
everywhere it could have written for its canaries. Used by ``test_leak_sweep.py`` and by
``bench/reliability.py``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.leaks import ascii_stretches, hits_in_files, needles_for
from tests.leaks.canaries import CanaryBook
from tests.leaks.outside import beyond, outer_places
from tests.leaks.plan import Plan
from tests.packaging.isolation import ROOT, Home, Writes, fresh_home

SESSION = "tests/leaks/sweep_session.py"


def _child(plan: Plan) -> tuple[str, ...]:
    """The sweep's command: pytest without output capture (so Qt's and Python's own stderr,
    at exit too, goes straight to ``captured/stderr.txt``) on the session module."""
    stderr = plan.captured / "stderr.txt"
    pytest_run = ("-m", "pytest", "-q", "-s", "--no-qt-log", f"--basetemp={plan.captured}/pytest")
    return ("/bin/sh", "-c", 'exec "$@" 2>"$0"', str(stderr), sys.executable, *pytest_run, SESSION)


@dataclass(frozen=True)
class Swept:
    """One finished sweep: where it ran, what it typed, what it printed and wrote."""

    home: Home
    plan: Plan
    started: float
    output: str
    writes: Writes
    canaries: dict[str, str]  # canary -> the field it was typed into

    @property
    def needles(self) -> list[bytes]:
        """Every canary's byte patterns, and the picture's bytes and pixels."""
        return needles_for(self.canaries) + self.plan.picture().needles()

    @property
    def own(self) -> tuple[Path, ...]:
        """Folders the test itself made or the run wrote for it (not Harbour's)."""
        return self.plan.inputs, self.plan.captured

    def tags_in(self, text: str) -> list[str]:
        """The fields whose canary (or its ASCII stretch) ``text`` holds."""
        found = {
            tag
            for canary, tag in self.canaries.items()
            if any(mark in text for mark in (canary, *ascii_stretches(canary)))
        }
        return sorted(found)

    def tag(self, needle: bytes) -> str:
        """Which field a needle belongs to."""
        for canary, tag in self.canaries.items():
            if needle in needles_for([canary]):
                return tag
        return "picture"


@contextmanager
def run_sweep() -> Iterator[Swept]:
    """Run the sweep once; its home folder is removed on leaving."""
    with fresh_home() as home:
        plan = Plan.prepare(home.root)
        started = time.time()
        output, writes = home.run(*_child(plan))
        canaries = {**plan.names().made, **CanaryBook.load(plan.captured / "canaries.json")}
        yield Swept(home, plan, started, output, writes, canaries)


def leak_hits(swept: Swept) -> list[str]:
    """Every canary found outside the exports: ``"path: field"``. The data dirs, HOME
    (.config, .cache, .local/share), XDG_RUNTIME_DIR and TMPDIR of the run, and the machine's
    temp folders and the source tree for what changed since the run began."""
    allowed = (swept.plan.exports, *swept.own)
    inside = hits_in_files([swept.home.root], swept.needles)
    found = [f"{p}: {swept.tag(n)}" for p, n in inside if beyond(p, allowed)]
    elsewhere = [*outer_places(), ROOT]
    recent = hits_in_files(elsewhere, swept.needles, since=swept.started)
    return found + [f"{p}: {swept.tag(n)}" for p, n in recent if beyond(p, (swept.home.root,))]


def export_hits(swept: Swept) -> set[tuple[str, str]]:
    """(file name, field) for every canary in the export folder, where they are meant to be."""
    return {(p.name, swept.tag(n)) for p, n in hits_in_files([swept.plan.exports], swept.needles)}
