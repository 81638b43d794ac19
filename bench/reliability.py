"""The long reliability runs: thousands of SIGKILLs, a thousand wrong passphrases, a hundred
single-byte damages of each file type, the hostile corpus and the UI leak sweep. Prints a
table and ends with ``reliability: N checks, 0 failures ok`` (or names what failed).

Run inside a keyring session as root (the corpus uses a small tmpfs): ``make bench
BENCHES=reliability``. ``HARBOUR_CRASH_SEED`` replays a run; ``--quick`` divides every count by
ten. Expect an hour or more on two shared cores.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from tests.disks import small_tmpfs
from tests.leaks.sweep import export_hits, leak_hits, run_sweep
from tests.reliability.crash import Zygote, crash_seed
from tests.reliability.damage import (
    DamageReport,
    damage_blob,
    damage_database,
    damage_keyfile,
    make_sample,
    wrong_keys,
)
from tests.reliability.hostile import build_corpus, hostile_texts, run_corpus
from tests.reliability.scenarios import (
    KillReport,
    evidence_profile,
    passphrase_kills,
    sha256_is,
    work_kills,
    write_kills,
)

WORK_KILLS, PASSPHRASE_KILLS, EXPORT_KILLS = 800, 100, 100
WRONG_PASSPHRASES, DAMAGED_COPIES = 1000, 100
MAX_RSS = 1024**3


def _kills(folder: Path, scale: int, rng: random.Random) -> list[KillReport]:
    reports = []
    with Zygote() as zygote:
        for name, run in (
            ("work", lambda f: work_kills(zygote, f, WORK_KILLS // scale, rng)),
            ("passphrase", lambda f: passphrase_kills(zygote, f, PASSPHRASE_KILLS // scale, rng)),
        ):
            (folder / name).mkdir()
            reports.append(run(folder / name))
        entry_id, sha = evidence_profile(folder / "export-profile", 6 << 20)
        (folder / "exports").mkdir()
        reports.append(
            write_kills(
                zygote,
                folder / "export-profile",
                "evidence",
                {"entry_id": entry_id},
                folder / "exports" / "evidence.bin",
                sha256_is(sha),
                EXPORT_KILLS // scale,
                rng,
            )
        )
    return reports


def _row(name: str, value: object, failures: int) -> None:
    print(f"  {name:<44} {value!s:>14}  {'ok' if failures == 0 else 'FAIL'}", flush=True)


def main(argv: list[str] | None = None) -> int:
    """Run everything, print the table and the verdict line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a tenth of every count")
    scale = 10 if parser.parse_args(argv).quick else 1
    rng = random.Random(crash_seed())
    failed: list[str] = []
    checks = 0
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="harbour-reliability-") as scratch:
        folder = Path(scratch)
        kills = _kills(folder, scale, rng)
        sample = make_sample(folder / "sample", rng)
        keys = wrong_keys(sample, WRONG_PASSPHRASES // scale, rng)
        (folder / "damage").mkdir()
        damage: list[DamageReport] = [
            damage_database(sample, folder / "damage", DAMAGED_COPIES, rng),
            damage_keyfile(sample, folder / "damage", DAMAGED_COPIES, rng),
            damage_blob(sample, DAMAGED_COPIES, rng),
        ]
        corpus, server = build_corpus(folder / "corpus", rng)
        (folder / "out").mkdir()
        try:
            with small_tmpfs(folder / "disk", "256m") as disk:
                hostile = run_corpus(disk / "profile", corpus, hostile_texts(rng), folder / "out")
        finally:
            server.close()
    with run_sweep() as swept:
        complete = "3 passed" in swept.output
        leaks, exported = leak_hits(swept), len(export_hits(swept))

    print("reliability bench")
    for report in kills:
        problems = len(report.problems)
        checks += report.rounds
        _row(f"{report.name}: kills", report.kills, 0)
        if report.in_window:  # only scenarios that aim their kills at one write count these
            _row(f"{report.name}: kills inside the aimed write", report.in_window, 0)
        _row(f"{report.name}: lost acknowledged commits", report.lost, report.lost)
        _row(
            f"{report.name}: broken vaults / leftovers",
            f"{report.broken} / {report.leftovers}",
            problems,
        )
        failed += report.problems
    checks += keys.passphrases + keys.recovery_keys
    _row("wrong passphrases / recovery keys tried", f"{keys.passphrases} / {keys.recovery_keys}", 0)
    _row("wrong-key runs with a file changed", keys.changed, len(keys.problems))
    failed += keys.problems
    for harm in damage:
        checks += harm.injected
        caught = f"{harm.detected}+{harm.harmless}/{harm.injected}"
        _row(f"{harm.kind}: damage detected(+harmless)/injected", caught, len(harm.problems))
        _row(f"{harm.kind}: restored from backup or mirror", harm.restored, 0)
        failed += harm.problems
    checks += hostile.files + hostile.texts
    _row("hostile files / texts", f"{hostile.files} / {hostile.texts}", 0)
    _row("hostile crashes (not a Harbour code)", len(hostile.crashes), len(hostile.crashes))
    _row("peak RSS during the corpus (MiB)", hostile.peak_rss >> 20, hostile.peak_rss > MAX_RSS)
    failed += hostile.crashes
    if hostile.peak_rss > MAX_RSS:
        failed.append(f"peak RSS {hostile.peak_rss >> 20} MiB over 1024 MiB")
    checks += 1
    _row("leak sweep: canary hits outside exports", len(leaks), len(leaks))
    _row("leak sweep: hits in exports (search works)", exported, not complete or not exported)
    failed += [f"leak: {hit}" for hit in leaks]
    if not complete or not exported:
        failed.append("the leak sweep did not go through every feature")
    print(f"  took {time.monotonic() - started:.0f} s")
    for problem in failed[:40]:
        print(f"  FAILED: {problem}")
    if failed:
        print(f"reliability: {checks} checks, {len(failed)} failures FAIL: {failed[0][:200]}")
        return 1
    print(f"reliability: {checks} checks, 0 failures ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
