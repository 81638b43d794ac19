"""More than 200 hostile files and texts go through evidence import and export, diary add,
search and the timeline: no crash (only Harbour's own codes), bounded memory, nothing escapes
the export folder. The corpus is made fresh in a temp folder; the vault sits on a small real
disk, so the sparse 2 GB and 20 GB files are refused as too big for it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.disks import small_tmpfs
from tests.reliability.crash import crash_seed
from tests.reliability.hostile import build_corpus, hostile_texts, run_corpus

MAX_RSS = 1024**3


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_hostile_corpus_gives_only_harbour_codes(tmp_path: Path) -> None:
    rng = random.Random(crash_seed())
    corpus, server = build_corpus(tmp_path / "corpus", rng)
    texts = hostile_texts(rng)
    out = tmp_path / "exports"
    out.mkdir()
    try:
        with small_tmpfs(tmp_path / "disk", "256m") as disk:
            report = run_corpus(disk / "profile", corpus, texts, out)
    finally:
        server.close()
    print(f"refused: {dict(report.refused)}; peak RSS {report.peak_rss >> 20} MiB")
    assert report.crashes == []
    assert report.files + report.texts >= 200
    assert report.files == len(corpus) >= 200
    assert report.imported > 100
    assert report.refused["evidence.disk_full"] >= 2  # the 2 GB and 20 GB sparse files
    assert {"evidence.symlink", "evidence.fifo", "evidence.socket", "evidence.directory"} <= set(
        report.refused
    )
    assert report.peak_rss <= MAX_RSS
