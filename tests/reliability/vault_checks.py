"""What must hold for a vault after a crash: it opens, passes every check, holds every
acknowledged commit, and nothing half-written is left behind."""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from core import diary
from core.diary.records import Message, Note
from core.evidence import EvidenceError, collect_garbage, open_blob_store, open_evidence
from core.evidence.blobs import stored_files
from core.vault import Vault
from core.vault.database import integrity_problems
from core.vault.errors import VaultError
from core.vault.migrations import Connection
from tests.reliability.crash_worker import text_sha


@dataclass
class Acks:
    """Commits a worker acknowledged before it was killed."""

    entries: dict[int, tuple[str, str]] = field(default_factory=dict)  # id: (kind, text sha)
    evidence: dict[int, str] = field(default_factory=dict)  # id: sha256
    passphrases: list[str] = field(default_factory=list)
    backups: int = 0


def read_acks(path: Path) -> Acks:
    """Every complete line of an acknowledgement file (a line cut by the kill is not one)."""
    acks = Acks()
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    for line in text.split("\n")[:-1]:
        words = line.split()
        if words[0] == "entry":
            acks.entries[int(words[1])] = (words[2], words[3])
        elif words[0] == "evidence":
            acks.evidence[int(words[1])] = words[2]
        elif words[0] == "passphrase":
            acks.passphrases.append(words[1])
        elif words[0] == "backup":
            acks.backups += 1
    return acks


def leftover_temps(profile: Path) -> list[str]:
    """Temp files of interrupted writes outside ``blobs/`` (where ``collect_garbage`` tidies)."""
    return sorted(
        str(path.relative_to(profile))
        for path in profile.rglob(".*")
        if ".tmp" in path.name and path.parent.name != "blobs"
    )


def _entry_problems(conn: Connection, entries: dict[int, tuple[str, str]]) -> list[str]:
    problems = []
    for entry_id, (kind, sha) in entries.items():
        try:
            if kind == "note":
                text = diary.get(conn, entry_id, Note).text
            else:
                text = diary.get(conn, entry_id, Message).content
        except diary.NotFoundError:
            problems.append(f"acknowledged {kind} {entry_id} is missing")
            continue
        if text_sha(text) != sha:
            problems.append(f"acknowledged {kind} {entry_id} has other text")
    return problems


def _evidence_problems(
    conn: Connection, profile: Path, evidence: dict[int, str], check: Collection[int] | None
) -> list[str]:
    store = open_blob_store(conn, profile)
    problems = []
    for entry_id, sha in evidence.items():
        if check is not None and entry_id not in check:
            continue
        hasher = hashlib.sha256()
        try:
            with open_evidence(conn, store, entry_id) as reader:
                for chunk in reader:
                    hasher.update(chunk)
        except (diary.NotFoundError, EvidenceError) as exc:
            problems.append(f"acknowledged evidence {entry_id} unreadable: {exc}")
            continue
        if hasher.hexdigest() != sha:
            problems.append(f"acknowledged evidence {entry_id} has other bytes")
    collect_garbage(conn, store)
    blobs, temps = stored_files(store)
    known = {
        str(row[0]) for row in conn.execute("SELECT blob_id FROM evidence WHERE blob_id NOT NULL")
    }
    problems += [f"temp blob left after collect_garbage: {t.name}" for t in temps]
    problems += [f"orphan blob left after collect_garbage: {b}" for b in sorted(blobs - known)]
    problems += [f"evidence row without its blob: {b}" for b in sorted(known - blobs)]
    return problems


def unlocked_problems(
    vault: Vault, acks: Acks, evidence_to_read: Collection[int] | None = None
) -> list[str]:
    """Every check on an unlocked vault; ``evidence_to_read`` limits which blobs are decrypted
    (None: all of them)."""
    conn = vault.conn
    problems = [f"integrity: {p}" for p in integrity_problems(conn)]
    problems += _entry_problems(conn, acks.entries)
    problems += _evidence_problems(conn, vault.files.profile, acks.evidence, evidence_to_read)
    broken = diary.verify_audit(conn)
    if broken is not None:
        problems.append(f"audit chain broken at {broken.seq}: {broken.reason}")
    return problems


def crash_problems(
    profile: Path, acks: Acks, evidence_to_read: Collection[int] | None = None
) -> list[str]:
    """Unlock with this computer's keyring as the app would and run every check."""
    try:
        vault = Vault.unlock_with_keyring(profile)
    except VaultError as exc:
        return [f"the vault does not open: {exc.code} {exc.detail}"]
    try:
        problems = unlocked_problems(vault, acks, evidence_to_read)
        if vault.damaged_journal is not None:  # a kill never damages bytes: a false alarm
            problems.append(f"the write-ahead log was called damaged: {vault.damaged_journal}")
        return problems
    finally:
        vault.lock()
