"""Wrong keys change nothing on disk; one changed byte anywhere in the database, the key file or
an evidence blob is caught with the right code, and the backup or key file mirror restores it.

Offsets are random; each test prints its seed (``HARBOUR_CRASH_SEED`` replays it).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.reliability.crash import crash_seed
from tests.reliability.damage import (
    Sample,
    damage_blob,
    damage_database,
    damage_keyfile,
    make_sample,
    wrong_keys,
)

COPIES = 100
WRONG_PASSPHRASES = 100


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Sample:
    folder = tmp_path_factory.mktemp("damage")
    return make_sample(folder / "profile", random.Random(7))


@pytest.mark.slow
def test_wrong_passphrases_and_recovery_keys_change_no_byte(sample: Sample) -> None:
    report = wrong_keys(sample, WRONG_PASSPHRASES, random.Random(crash_seed()))
    assert report.problems == []
    assert (report.passphrases, report.recovery_keys, report.changed) == (
        WRONG_PASSPHRASES,
        WRONG_PASSPHRASES,
        0,
    )


@pytest.mark.slow
def test_every_damaged_database_is_caught_and_the_backup_restores_it(
    sample: Sample, tmp_path: Path
) -> None:
    report = damage_database(sample, tmp_path, COPIES, random.Random(crash_seed()))
    assert report.problems == []
    assert report.detected == report.restored == COPIES


@pytest.mark.slow
def test_every_damaged_key_file_is_caught_and_the_mirror_restores_it(
    sample: Sample, tmp_path: Path
) -> None:
    report = damage_keyfile(sample, tmp_path, COPIES, random.Random(crash_seed()))
    assert report.problems == []
    assert report.detected + report.harmless == COPIES
    assert report.restored == report.detected


def test_every_damaged_evidence_blob_is_caught(sample: Sample) -> None:
    report = damage_blob(sample, COPIES, random.Random(crash_seed()))
    assert report.problems == []
    assert report.detected == COPIES
