"""The core workflows, run as a separate process under strace: no internet socket is ever
opened, and nothing typed or imported reaches a log, the terminal, the profile or temp files in
plaintext (exports, chosen by the person, are the one place it belongs)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.leaks import encodings_of, find_in_files
from tests.reliability.crash import ROOT


@dataclass(frozen=True)
class Run:
    """One traced run of ``tests.reliability.workflows``."""

    result: subprocess.CompletedProcess[str]
    calls: list[str]
    canaries: list[str]
    profile: Path
    outside: Path
    scratch: Path


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    folder = tmp_path_factory.mktemp("workflows")
    profile, outside, scratch = folder / "profile", folder / "outside", folder / "tmp"
    outside.mkdir()
    scratch.mkdir()
    trace = folder / "trace.txt"
    canaries = [f"CANARY{uuid.uuid4().hex}", f"Ŵyn-ñandú-{uuid.uuid4().hex[:8]}"]
    strace = ["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o", str(trace)]
    workflows = [sys.executable, "-m", "tests.reliability.workflows", str(profile), str(outside)]
    result = subprocess.run(
        [*strace, *workflows, *canaries],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "TMPDIR": str(scratch)},
        timeout=300,
        check=False,
    )
    calls = trace.read_text().splitlines() if trace.exists() else []
    return Run(result, calls, canaries, profile, outside, scratch)


def test_core_workflows_open_no_internet_socket(run: Run) -> None:
    assert run.result.returncode == 0, run.result.stderr
    assert "workflows ok" in run.result.stdout
    assert any("socket(" in line for line in run.calls), "strace saw no socket calls at all"
    assert [line for line in run.calls if "AF_INET" in line] == []


def test_nothing_typed_reaches_logs_the_terminal_or_disk(run: Run) -> None:
    assert run.result.returncode == 0, run.result.stderr
    log = run.outside / "harbour.log"
    assert log.exists(), "DEBUG logging was not set up"
    printed = run.result.stdout + run.result.stderr + log.read_text(encoding="utf-8")
    assert [c for c in run.canaries if c in printed] == []
    needles = encodings_of(run.canaries)
    assert find_in_files([run.profile, run.scratch], needles) == []
    in_exports = [hit for hit in find_in_files([run.outside], needles) if "/export-" in hit]
    assert in_exports, "the search itself is broken: the exports hold the text"
