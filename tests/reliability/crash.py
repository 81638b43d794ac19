"""Killing a vault writer with SIGKILL at random moments (the parent side of ``crash_worker``).

``Zygote`` starts the worker script once and runs jobs in forked workers; ``run`` kills a worker
after a delay and returns how it ended. Delays come from a seeded ``random.Random``: every test
prints its seed, and ``HARBOUR_CRASH_SEED`` replays a run.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
WAIT_SECONDS = 120.0


def crash_seed() -> int:
    """The seed for this run: ``HARBOUR_CRASH_SEED`` if set, else a fresh one (printed)."""
    seed = int(os.environ.get("HARBOUR_CRASH_SEED") or random.SystemRandom().randrange(10**9))
    print(f"crash seed {seed} (replay with HARBOUR_CRASH_SEED={seed})", flush=True)
    return seed


@dataclass(frozen=True)
class Outcome:
    """How one worker ended."""

    pid: int
    status: int
    ready: bool  # it had unlocked the vault and begun writing
    done: bool  # it finished its job by itself
    triggered: bool = False  # the kill came when the trigger fired

    @property
    def killed(self) -> bool:
        """True if our SIGKILL ended it."""
        return os.WIFSIGNALED(self.status) and os.WTERMSIG(self.status) == signal.SIGKILL

    @property
    def failed(self) -> bool:
        """True if it ended with an error of its own (a traceback is on stderr)."""
        return not self.killed and not (os.WIFEXITED(self.status) and self.status == 0)


def _wait(delay: float, trigger: Callable[[], bool] | None, jitter: float) -> bool:
    if trigger is None:
        time.sleep(delay)
        return False
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline:
        if trigger():
            time.sleep(jitter)
            return True
        time.sleep(0.0002)
    return False


def writing_in(folder: Path, ignore: Collection[str] = ()) -> Callable[[int], bool]:
    """A trigger: the worker holds a file open inside ``folder`` (at any depth) whose name is
    not in ``ignore`` (a temp file, named or unnamed ``O_TMPFILE``, counts)."""
    prefix = f"{folder.resolve()}/"

    def check(pid: int) -> bool:
        try:
            fds = list(Path(f"/proc/{pid}/fd").iterdir())
        except OSError:
            return False
        for fd in fds:
            try:
                target = str(fd.readlink())
            except OSError:
                continue
            name = Path(target.removesuffix(" (deleted)")).name
            if target.startswith(prefix) and name not in ignore:
                return True
        return False

    return check


class Zygote:
    """The worker script, started once; use as a context manager."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.crash_worker"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self._next(lambda words: words[0] == "zygote")

    def _read(self) -> None:
        assert self._proc.stdout is not None
        for line in self._proc.stdout:
            self._lines.put(line.strip())
        self._lines.put("eof")

    def _next(self, wanted: Any, timeout: float = WAIT_SECONDS) -> list[str]:
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise TimeoutError("the crash worker stopped answering") from None
            words = line.split()
            if words == ["eof"]:
                raise RuntimeError("the crash worker script ended")
            if wanted(words):
                return words

    def run(
        self,
        job: dict[str, Any],
        delay: float,
        *,
        before_ready: bool = False,
        trigger: Callable[[int], bool] | None = None,
        jitter: float = 0.0,
    ) -> Outcome:
        """Start ``job`` and SIGKILL it ``delay`` seconds after it is ready (or after it starts,
        with ``before_ready``); return how it ended (it may finish or fail first).

        With ``trigger``, the kill comes ``jitter`` seconds after ``trigger(pid)`` first returns
        True (polled), or at ``delay`` if it never does: a way to aim at a short window such
        as a file write (see ``writing_in``).
        """
        assert self._proc.stdin is not None
        self._proc.stdin.write(json.dumps(job) + "\n")
        self._proc.stdin.flush()
        seen: dict[str, list[str]] = {}

        def note(words: list[str]) -> bool:
            seen[words[0]] = words
            if before_ready:
                return words[0] in ("forked", "reaped")
            return words[0] in ("ready", "reaped")

        first = self._next(note)
        triggered = False
        if first[0] != "reaped":
            pid = int(first[1])
            triggered = _wait(delay, None if trigger is None else lambda: trigger(pid), jitter)
            with contextlib.suppress(ProcessLookupError):  # it may have ended already
                os.kill(pid, signal.SIGKILL)
            self._next(note)
        reaped = seen["reaped"]
        return Outcome(int(reaped[1]), int(reaped[2]), "ready" in seen, "done" in seen, triggered)

    def close(self) -> None:
        """Let the worker script end."""
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        try:
            self._proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()

    def __enter__(self) -> Zygote:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
