"""The crash scenarios shared by the tests (a few hundred kills) and ``bench/reliability.py``
(thousands): diary and evidence writes, passphrase changes, and atomic file writes (exports).

Each returns a ``KillReport``; a sound Harbour gives one with no ``problems``.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core import diary
from core.diary.records import AgeGroup, Case
from core.evidence import import_bytes, open_blob_store
from core.vault import Vault, keyfile
from core.vault.errors import KeyFileDamaged, VaultError, WrongPassphrase
from core.vault.files import VaultFiles
from core.vault.kdf import KdfParams
from tests.reliability.crash import Outcome, Zygote, writing_in
from tests.reliability.crash_worker import passphrase_for
from tests.reliability.vault_checks import Acks, crash_problems, leftover_temps, read_acks

SAMPLE_OLD_EVIDENCE = 8
DATABASE_FILES = ("vault.db", "vault.db-wal", "vault.db-shm")


@dataclass
class KillReport:
    """What a series of kills did to the vault."""

    name: str
    rounds: int = 0
    kills: int = 0
    lost: int = 0  # acknowledged commits missing or changed
    broken: int = 0  # rounds after which the vault did not open or failed a check
    leftovers: int = 0  # rounds that left a temp file behind outside blobs/
    in_window: int = 0  # kills aimed at a file write that came while it was under way
    problems: list[str] = field(default_factory=list)

    def count(self, outcome: Outcome, round_no: int, seed: int) -> bool:
        """Count one round; False (with the problem noted) if the worker failed by itself."""
        self.rounds += 1
        self.kills += outcome.killed
        self.in_window += outcome.killed and outcome.triggered
        if outcome.failed:
            self.add(round_no, seed, ["the worker failed by itself (see stderr)"])
        return not outcome.failed

    def add(self, round_no: int, seed: int, problems: list[str]) -> None:
        """Record one round's problems (each names the round and its worker seed)."""
        self.problems += [f"{self.name} round {round_no} (seed {seed}): {p}" for p in problems]
        self.lost += sum(p.startswith("acknowledged") for p in problems)
        self.broken += any(not p.startswith("acknowledged") for p in problems)


def new_profile(profile: Path, passphrase: str | None = None) -> int:
    """A keyring vault (plus a passphrase if given, floor Argon2id) with one case; locked."""
    vault, _ = Vault.create(
        profile, use_keyring=True, passphrase=passphrase, kdf_params=KdfParams()
    )
    case = diary.add_case(vault.conn, Case(title="Crash", region="GB", age_group=AgeGroup.ADULT))
    vault.lock()
    assert case.id is not None
    return case.id


def evidence_profile(profile: Path, size: int) -> tuple[int, str]:
    """A vault holding one random evidence file of ``size`` bytes: its entry id and SHA-256."""
    case_id = new_profile(profile)
    vault = Vault.unlock_with_keyring(profile)
    store = open_blob_store(vault.conn, profile)
    record = import_bytes(vault.conn, store, case_id, random.randbytes(size), "evidence.bin")
    vault.lock()
    assert record.id is not None and record.sha256 is not None
    return record.id, record.sha256


def sha256_is(expected: str) -> Callable[[Path], bool]:
    """A ``complete`` check for ``write_kills``: the file's SHA-256 is ``expected``."""

    def check(path: Path) -> bool:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest() == expected

    return check


def _merge(into: Acks, new: Acks) -> None:
    into.entries.update(new.entries)
    into.evidence.update(new.evidence)
    into.backups += new.backups


def work_kills(zygote: Zygote, folder: Path, rounds: int, rng: random.Random) -> KillReport:
    """Kill a worker adding entries, importing evidence and making backups, ``rounds`` times.

    After each kill every check runs on the vault; the evidence read back is this round's plus
    a sample of older files, and all of it is read once more at the end.
    """
    report = KillReport("diary+evidence")
    profile, sources = folder / "profile", folder / "sources"
    new_profile(profile)
    sources.mkdir()
    acks = Acks()
    for round_no in range(rounds):
        seed = rng.randrange(10**9)
        before_ready = rng.random() < 0.1
        delay = rng.uniform(0, 0.03) if before_ready else rng.uniform(0, 0.3)
        ack_file = folder / f"acks-{round_no}"
        job = {
            "job": "work",
            "profile": str(profile),
            "acks": str(ack_file),
            "sources": str(sources),
            "seed": seed,
        }
        outcome = zygote.run(job, delay, before_ready=before_ready)
        if not report.count(outcome, round_no, seed):
            break
        new = read_acks(ack_file)
        _merge(acks, new)
        older = sorted(set(acks.evidence) - set(new.evidence))
        sample = set(new.evidence) | set(rng.sample(older, min(SAMPLE_OLD_EVIDENCE, len(older))))
        report.add(round_no, seed, crash_problems(profile, acks, sample))
        left = leftover_temps(profile)
        report.leftovers += bool(left)
        if left:
            report.add(round_no, seed, [f"temp files left behind: {left}"])
    report.add(rounds, 0, [f"final check: {p}" for p in crash_problems(profile, acks)])
    return report


def _opens_with(profile: Path, label: str) -> bool:
    try:
        Vault.unlock_with_passphrase(profile, passphrase_for(label)).lock()
    except WrongPassphrase:
        return False
    return True


def passphrase_kills(zygote: Zygote, folder: Path, rounds: int, rng: random.Random) -> KillReport:
    """Kill a worker changing the passphrase over and over: the last acknowledged passphrase or
    the one being set must open the vault, never neither. Half the kills aim at the moment the
    new key file is being written."""
    report = KillReport("passphrase")
    profile = folder / "profile"
    files = VaultFiles(profile)
    current = "start"
    new_profile(profile, passphrase_for(current))
    for round_no in range(rounds):
        seed = rng.randrange(10**9)
        ack_file = folder / f"acks-{round_no}"
        job = {"job": "passphrase", "profile": str(profile), "acks": str(ack_file), "seed": seed}
        aim = rng.random() < 0.5
        outcome = zygote.run(
            job,
            rng.uniform(0.2, 1.2) if aim else rng.uniform(0, 0.8),
            trigger=writing_in(profile, DATABASE_FILES) if aim else None,
            jitter=rng.uniform(0, 0.004),
        )
        if not report.count(outcome, round_no, seed):
            break
        acked = read_acks(ack_file).passphrases
        old = acked[-1] if acked else current
        new = f"{seed}-{len(acked)}"
        problems = []
        try:
            keyfile.read(files.keyfile_mirror)
            if _opens_with(profile, old):
                current = old
            elif _opens_with(profile, new):
                current = new
            else:
                problems.append(f"neither {old!r} nor {new!r} opens the vault")
        except (KeyFileDamaged, VaultError) as exc:
            problems.append(f"{exc.code} {exc.detail}")
        left = leftover_temps(profile)
        report.leftovers += bool(left)
        if left:
            problems.append(f"temp files left behind: {left}")
        report.add(round_no, seed, problems)
    return report


def write_kills(
    zygote: Zygote,
    profile: Path,
    writer: str,
    args: dict[str, Any],
    dest: Path,
    complete: Callable[[Path], bool],
    kills: int,
    rng: random.Random,
) -> KillReport:
    """Kill a worker running one atomic write (``crash_worker.WRITERS[writer]``) into ``dest``
    (alone in its folder) until it has been killed ``kills`` times; some runs finish first.

    Afterwards ``dest`` is absent or ``complete(dest)``, never partial, and nothing else is
    left in its folder. Half the kills aim at the moments the file is being written.
    """
    report = KillReport(f"write {writer}")
    for round_no in range(4 * kills):
        if report.kills >= kills:
            break
        dest.unlink(missing_ok=True)
        aim = rng.random() < 0.5
        job = {
            "job": "write",
            "profile": str(profile),
            "writer": writer,
            "dest": str(dest),
            "args": args,
        }
        outcome = zygote.run(
            job,
            rng.uniform(0.05, 1.0) if aim else rng.uniform(0, 0.08),
            trigger=writing_in(dest.parent) if aim else None,
            jitter=rng.uniform(0, 0.03),
        )
        report.count(outcome, round_no, 0)
        problems = []
        if dest.exists() and not complete(dest):
            problems.append("the destination holds a partial file")
        if outcome.done and not dest.exists():
            problems.append("the write finished but the destination is missing")
        left = [p.name for p in dest.parent.iterdir() if p != dest]
        report.leftovers += bool(left)
        if left:
            problems.append(f"temp files left behind: {left}")
            for name in left:
                (dest.parent / name).unlink()
        report.add(round_no, 0, problems)
    return report
