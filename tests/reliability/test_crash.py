"""SIGKILL at random moments never loses an acknowledged commit, never breaks the vault, and
never leaves a partial file: diary and evidence writes, passphrase changes, exports.

More than 200 kills in all (``bench/reliability.py`` runs thousands). Each test prints its seed;
``HARBOUR_CRASH_SEED=<seed>`` replays the same kills.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.crash import Zygote, crash_seed
from tests.reliability.scenarios import (
    evidence_profile,
    passphrase_kills,
    sha256_is,
    work_kills,
    write_kills,
)

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

WORK_KILLS = 120
PASSPHRASE_KILLS = 30
EXPORT_KILLS = 50
EXPORT_BYTES = 6 * 1024 * 1024


@pytest.fixture(scope="module")
def zygote() -> Iterator[Zygote]:
    with Zygote() as started:
        yield started


def test_killed_diary_and_evidence_writes_lose_nothing(zygote: Zygote, tmp_path: Path) -> None:
    report = work_kills(zygote, tmp_path, WORK_KILLS, random.Random(crash_seed()))
    assert report.problems == []
    assert report.kills == WORK_KILLS


def test_killed_passphrase_change_keeps_the_old_or_the_new_one(
    zygote: Zygote, tmp_path: Path
) -> None:
    report = passphrase_kills(zygote, tmp_path, PASSPHRASE_KILLS, random.Random(crash_seed()))
    assert report.problems == []
    assert report.kills == PASSPHRASE_KILLS
    assert report.in_window > 0, "no kill landed while the key file was being written"


def test_killed_export_leaves_the_whole_file_or_nothing(zygote: Zygote, tmp_path: Path) -> None:
    entry_id, sha = evidence_profile(tmp_path / "profile", EXPORT_BYTES)
    out = tmp_path / "exports"
    out.mkdir()
    report = write_kills(
        zygote,
        tmp_path / "profile",
        "evidence",
        {"entry_id": entry_id},
        out / "evidence.bin",
        sha256_is(sha),
        EXPORT_KILLS,
        random.Random(crash_seed()),
    )
    assert report.problems == []
    assert report.kills == EXPORT_KILLS
    assert report.in_window > 0, "no kill landed while the export was being written"
