"""Wrong keys and damaged files, shared by the tests and ``bench/reliability.py``.

A wrong passphrase or recovery key must leave every file byte-identical. A single changed byte
in the database, the key file or an evidence blob must be caught with the right code, and the
backup (database) or the key file mirror must bring the vault back.

One kind of change is not caught, on purpose: swapping one JSON whitespace byte of the key file
for another (space, tab, CR, LF). The key file's checksum covers its parsed content, and such a
change leaves the parsed content identical, so the file still says exactly the same thing. The
report counts these as ``harmless`` after proving the parsed key file is unchanged.
"""

from __future__ import annotations

import hashlib
import random
import shutil
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from core import diary, evidence
from core.diary.records import AgeGroup, Case, Message, Note, Payment, Person
from core.vault import Vault, keyfile
from core.vault.database import integrity_problems
from core.vault.errors import (
    KeyFileDamaged,
    RecoveryKeyTypo,
    VaultDamaged,
    VaultError,
    WrongPassphrase,
    WrongRecoveryKey,
)
from core.vault.files import VaultFiles
from core.vault.kdf import KdfParams
from core.vault.recovery import generate

PASSPHRASE = "Blue kettle, 7 mornings — ŵyr"
JSON_SPACE = b" \t\r\n"


@dataclass(frozen=True)
class Sample:
    """A realistic locked vault to damage: where it is and how to open it."""

    profile: Path
    recovery_key: str
    entries: int
    blob_id: str
    evidence_id: int


@dataclass
class DamageReport:
    """What happened to ``injected`` single-byte changes of one kind of file."""

    kind: str
    injected: int = 0
    detected: int = 0
    harmless: int = 0  # changed bytes that carry no data (see the module docstring)
    restored: int = 0
    problems: list[str] = field(default_factory=list)


def make_sample(profile: Path, rng: random.Random) -> Sample:
    """A keyring + passphrase vault with a case, entries of several kinds, two evidence files
    (one of three chunks), some purged entries (so there are freed pages), and a backup."""
    vault, recovery_key = Vault.create(
        profile, use_keyring=True, passphrase=PASSPHRASE, kdf_params=KdfParams()
    )
    conn = vault.conn
    case = diary.add_case(conn, Case(title="Damage", region="GB", age_group=AgeGroup.ADULT))
    case_id = case.id or 0
    person = diary.add(conn, case_id, Person(username="bad.actor", platform="instagram"))
    for i in range(80):
        words = " ".join(rng.choices(["photos", "money", "tonight", "ŵyr", "acción"], k=40))
        diary.add(conn, case_id, Note(text=f"{i} {words}"))
        diary.add(conn, case_id, Message(content=f"{i} {words}", person_id=person.id))
    diary.add(conn, case_id, Payment(amount=Decimal("250.00"), currency="GBP", method="gift card"))
    for entry_id in range(10, 60, 3):
        diary.delete_entry(conn, entry_id)
    diary.purge_deleted(conn)
    store = evidence.open_blob_store(conn, profile)
    evidence.import_bytes(conn, store, case_id, rng.randbytes(5000), "small.txt")
    big = evidence.import_bytes(conn, store, case_id, rng.randbytes(2_500_000), "chat.bin")
    entries = diary.timeline_count(conn, case_id)
    vault.lock()
    assert big.id is not None and big.blob_id is not None
    return Sample(profile, recovery_key, entries, big.blob_id, big.id)


def _flip(path: Path, rng: random.Random) -> tuple[int, int, int]:
    """Change one byte at a random offset; return (offset, old byte, new byte)."""
    data = bytearray(path.read_bytes())
    offset = rng.randrange(len(data))
    old = data[offset]
    data[offset] ^= rng.randrange(1, 256)
    path.write_bytes(bytes(data))
    return offset, old, data[offset]


def _copy(sample: Sample, dest: Path) -> Path:
    dest.mkdir(mode=0o700)
    files = VaultFiles(sample.profile)
    shutil.copy2(files.db, dest / files.db.name)
    shutil.copy2(files.keyfile, dest / files.keyfile.name)
    shutil.copytree(files.backups, dest / files.backups.name)
    return dest


def _sound(vault: Vault, sample: Sample) -> list[str]:
    problems = integrity_problems(vault.conn)
    case_id = diary.list_cases(vault.conn)[0].id or 0
    if diary.timeline_count(vault.conn, case_id) != sample.entries:
        problems.append("entries differ from the original")
    if diary.verify_audit(vault.conn) is not None:
        problems.append("audit chain broken")
    return problems


def _check_restored(report: DamageReport, vault: Vault, sample: Sample, where: str) -> None:
    problems = _sound(vault, sample)
    vault.lock(make_backup=False)
    report.restored += not problems
    report.problems += [f"after restoring ({where}): {p}" for p in problems]


def damage_database(sample: Sample, work: Path, copies: int, rng: random.Random) -> DamageReport:
    """Copies of the locked database with one byte changed: each must be ``VaultDamaged`` with
    backups offered, and the newest backup must restore the whole diary."""
    report = DamageReport("database")
    for i in range(copies):
        profile = _copy(sample, work / f"db-{i}")
        offset, old, new = _flip(profile / "vault.db", rng)
        where = f"offset {offset} (page {offset // 4096 + 1}) {old:#04x}->{new:#04x}"
        report.injected += 1
        try:
            Vault.unlock_with_recovery_key(profile, sample.recovery_key).lock(make_backup=False)
            report.problems.append(f"database damage not detected at {where}")
        except VaultDamaged as exc:
            report.detected += 1
            damaged = exc.damaged  # type: ignore[attr-defined]
            offered = damaged.backups()
            if not offered:
                report.problems.append(f"no backup offered after damage at {where}")
            else:
                _check_restored(report, damaged.restore(offered[0]), sample, where)
        except VaultError as exc:
            report.problems.append(f"damage at {where} gave {exc.code}, not vault.damaged")
        shutil.rmtree(profile)
    return report


def damage_keyfile(sample: Sample, work: Path, copies: int, rng: random.Random) -> DamageReport:
    """Copies of the key file with one byte changed: ``KeyFileDamaged`` (or a harmless
    whitespace swap), and the mirror in ``backups/`` restores it."""
    report = DamageReport("key file")
    original = (sample.profile / "vault.key").read_bytes()
    for i in range(copies):
        profile = _copy(sample, work / f"key-{i}")
        offset, old, new = _flip(profile / "vault.key", rng)
        where = f"offset {offset} {old:#04x}->{new:#04x}"
        report.injected += 1
        try:
            Vault.unlock_with_recovery_key(profile, sample.recovery_key).lock(make_backup=False)
            same = keyfile.from_bytes((profile / "vault.key").read_bytes()) == keyfile.from_bytes(
                original
            )
            if same and bytes([old]) in JSON_SPACE and bytes([new]) in JSON_SPACE:
                report.harmless += 1
            else:
                report.problems.append(f"key file damage not detected at {where}")
        except KeyFileDamaged:
            report.detected += 1
            Vault.restore_keyfile(profile)
            vault = Vault.unlock_with_recovery_key(profile, sample.recovery_key)
            _check_restored(report, vault, sample, where)
        except VaultError as exc:
            report.problems.append(f"damage at {where} gave {exc.code}, not vault.keyfile_damaged")
        shutil.rmtree(profile)
    return report


def damage_blob(sample: Sample, copies: int, rng: random.Random) -> DamageReport:
    """The evidence blob with one byte changed: reading or exporting it says
    ``evidence.tampered`` (blobs have no backup; the original bytes are put back each time)."""
    report = DamageReport("evidence blob")
    vault = Vault.unlock_with_recovery_key(sample.profile, sample.recovery_key)
    store = evidence.open_blob_store(vault.conn, sample.profile)
    blob = store.path(sample.blob_id)
    original = blob.read_bytes()
    try:
        for _ in range(copies):
            offset, _old, _new = _flip(blob, rng)
            report.injected += 1
            try:
                with evidence.open_evidence(vault.conn, store, sample.evidence_id) as reader:
                    for _chunk in reader:
                        pass
                report.problems.append(f"blob damage not detected at offset {offset}")
            except evidence.EvidenceError as exc:
                if exc.code is evidence.EvidenceCode.TAMPERED:
                    report.detected += 1
                else:
                    report.problems.append(f"blob damage at {offset} gave {exc.code}")
            blob.write_bytes(original)
    finally:
        vault.lock(make_backup=False)
    return report


def fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    """SHA-256 and modification time of every file and folder under ``folder`` (a folder's
    time changes when anything is created or removed in it, even a temp file)."""
    found = {".": ("folder", folder.stat().st_mtime_ns)}
    for path in sorted(folder.rglob("*")):
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"
        found[str(path.relative_to(folder))] = (digest, path.stat().st_mtime_ns)
    return found


def _wrong_guess(rng: random.Random) -> str:
    near = list(PASSPHRASE)
    spot = rng.randrange(len(near))
    near[spot] = rng.choice([c for c in "aeiouxyz!" if c != near[spot]])
    candidates = [
        "".join(near),
        PASSPHRASE + " ",
        PASSPHRASE.upper(),
        PASSPHRASE[:-1],
        "",
        "\x00" * rng.randint(1, 8),
        "".join(chr(rng.randrange(32, 0x2FFF)) for _ in range(rng.randint(1, 60))),
        "x" * rng.randint(1000, 20000),
        generate(),
    ]
    return rng.choice(candidates)


@dataclass
class WrongKeyReport:
    """Wrong passphrases and recovery keys tried, and how many changed anything on disk."""

    passphrases: int = 0
    recovery_keys: int = 0
    changed: int = 0
    problems: list[str] = field(default_factory=list)


def wrong_keys(sample: Sample, passphrases: int, rng: random.Random) -> WrongKeyReport:
    """Try ``passphrases`` wrong passphrases (real Argon2id each) and as many wrong recovery
    keys; the profile's files must not change by one byte, and no new file may appear."""
    report = WrongKeyReport()
    before = fingerprint(sample.profile)
    for i in range(passphrases):
        guess = _wrong_guess(rng)
        try:
            Vault.unlock_with_passphrase(sample.profile, guess).lock()
            report.problems.append(f"wrong passphrase {i} opened the vault")
        except WrongPassphrase:
            report.passphrases += 1
        typed = generate() if i % 2 else guess
        try:
            Vault.unlock_with_recovery_key(sample.profile, typed).lock()
            report.problems.append(f"wrong recovery key {i} opened the vault")
        except (WrongRecoveryKey, RecoveryKeyTypo):
            report.recovery_keys += 1
        if fingerprint(sample.profile) != before:
            report.changed += 1
            report.problems.append(f"files changed after wrong key {i}")
            before = fingerprint(sample.profile)
    return report
