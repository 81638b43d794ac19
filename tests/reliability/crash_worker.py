"""A process to kill: it writes to a real vault and acknowledges each commit in an fsync'd file.

Started once as ``python -m tests.reliability.crash_worker`` (the "zygote"): it imports
Harbour's core, then reads one JSON job per line on stdin and forks a worker for each, so that a
kill costs milliseconds instead of a fresh interpreter. Each worker is a separate process running
the real core code on the real files; the parent kills it with SIGKILL. Lines on stdout:

    zygote              imports are done, send jobs
    forked PID          a worker started (it may say ``ready`` before this line arrives)
    ready PID           the worker unlocked the vault and starts writing
    done PID            the worker finished its job by itself
    reaped PID STATUS   the worker is gone (its raw wait status)

Jobs (every path absolute):

    {"job": "work", "profile", "acks", "sources", "seed"}   diary entries, evidence, backups
    {"job": "passphrase", "profile", "acks", "seed"}         set_passphrase again and again
    {"job": "write", "profile", "writer", "dest", "args"}    one atomic file write (WRITERS)

An acknowledgement line is written and fsynced only after the change it names has committed:
``entry ID KIND SHA256-OF-TEXT``, ``evidence ID SHA256``, ``backup``, ``passphrase LABEL``.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core import diary
from core.diary.records import Message, Note
from core.evidence import collect_garbage, export_evidence, import_file, open_blob_store
from core.vault import Vault
from core.vault.kdf import KdfParams

WORDS = (
    "photos",
    "amenazó",
    "ŵyr",
    "pagamento",
    "deadline",
    "£500",
    "bank",
    "<script>alert(1)</script>",
    "{{ secret }}",
    "'; DROP TABLE entry; --",
    "\u202egnp.exe",
    "family",
    "tonight",
)
Writer = Callable[[Vault, Path, dict[str, Any]], None]


def passphrase_for(label: str) -> str:
    """The passphrase a ``passphrase`` job sets for ``label`` (the parent uses it to unlock)."""
    return f"harbour crash passphrase {label}"


def text_sha(text: str | None) -> str:
    """What an ``entry`` acknowledgement records about the stored text."""
    return hashlib.sha256((text or "").encode("utf-8")).hexdigest()


def _export_evidence(vault: Vault, dest: Path, args: dict[str, Any]) -> None:
    store = open_blob_store(vault.conn, vault.files.profile)
    export_evidence(vault.conn, store, int(args["entry_id"]), dest)


WRITERS: dict[str, Writer] = {"evidence": _export_evidence}


def _say(line: str) -> None:
    os.write(sys.stdout.fileno(), f"{line}\n".encode())


class _Acks:
    """The fsync'd acknowledgement file."""

    def __init__(self, path: str) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def write(self, line: str) -> None:
        os.write(self._fd, f"{line}\n".encode())
        os.fsync(self._fd)


def _evidence_size(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.7:
        return rng.randint(0, 32 * 1024)
    if roll < 0.95:
        return rng.randint(32 * 1024, 300 * 1024)
    return rng.randint(1024 * 1024, 5 * 1024 * 1024 // 2)


def _work(job: dict[str, Any]) -> None:
    profile, sources, seed = Path(job["profile"]), Path(job["sources"]), int(job["seed"])
    rng = random.Random(seed)
    vault = Vault.unlock_with_keyring(profile)
    conn = vault.conn
    store = open_blob_store(conn, profile)
    collect_garbage(conn, store)  # as the app does when it unlocks
    case_id = diary.list_cases(conn)[0].id or 0
    acks = _Acks(job["acks"])
    _say(f"ready {os.getpid()}")
    for i in range(100_000):
        roll = rng.random()
        words = " ".join(rng.choices(WORDS, k=rng.randint(1, 40)))
        if roll < 0.35:
            note = diary.add(conn, case_id, Note(text=f"tok{seed}x{i} {words}"))
            acks.write(f"entry {note.id} note {text_sha(note.text)}")
        elif roll < 0.55:
            message = diary.add(conn, case_id, Message(content=f"tok{seed}x{i} {words}"))
            acks.write(f"entry {message.id} message {text_sha(message.content)}")
        elif roll < 0.97:
            source = sources / f"src-{seed}-{i}.bin"
            source.write_bytes(rng.randbytes(_evidence_size(rng)))
            record = import_file(conn, store, case_id, source, note=f"tok{seed}x{i}")
            acks.write(f"evidence {record.id} {record.sha256}")
            source.unlink()
        else:
            vault.backup()
            acks.write("backup")


def _passphrase(job: dict[str, Any]) -> None:
    seed = int(job["seed"])
    vault = Vault.unlock_with_keyring(Path(job["profile"]))
    acks = _Acks(job["acks"])
    _say(f"ready {os.getpid()}")
    for i in range(100_000):
        label = f"{seed}-{i}"
        vault.set_passphrase(passphrase_for(label), KdfParams())
        acks.write(f"passphrase {label}")


def _write(job: dict[str, Any]) -> None:
    vault = Vault.unlock_with_keyring(Path(job["profile"]))
    _say(f"ready {os.getpid()}")
    WRITERS[job["writer"]](vault, Path(job["dest"]), job.get("args", {}))
    _say(f"done {os.getpid()}")


JOBS: dict[str, Callable[[dict[str, Any]], None]] = {
    "work": _work,
    "passphrase": _passphrase,
    "write": _write,
}


def main() -> None:
    """Fork one worker per job line; report each worker's end."""
    _say("zygote")
    for line in sys.stdin:
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                JOBS[job["job"]](job)
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
                code = 1
            os._exit(code)
        _say(f"forked {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"reaped {pid} {status}")


if __name__ == "__main__":
    main()
