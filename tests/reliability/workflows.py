"""Every core workflow once, as a person would go through them, for process-level checks.

``python -m tests.reliability.workflows PROFILE OUTSIDE CANARY...`` creates a vault in PROFILE
(this computer's keyring and a passphrase), writes the canaries into cases, entries, evidence
files and their names, searches, pages the timeline, backs up, exports, changes the passphrase,
deletes and purges, locks and unlocks. Evidence sources and exports go to OUTSIDE (the one place
plaintext belongs). Python logging runs at DEBUG into ``OUTSIDE/harbour.log``. Prints
``workflows ok`` at the end. Used under strace (no internet socket) and for the leak checks.
"""

from __future__ import annotations

import logging
import sys
from decimal import Decimal
from pathlib import Path

from core import diary, evidence
from core.diary.records import Action, ActionKind, AgeGroup, Case, Demand, Message, Note, Person
from core.session import Session
from core.vault import Method
from core.vault.kdf import KdfParams

PASSPHRASE = "workflow passphrase"


def _fill(session: Session, outside: Path, canary: str) -> tuple[int, int]:
    conn = session.require_vault().conn
    case = diary.add_case(conn, Case(title=canary, region="GB", age_group=AgeGroup.ADULT))
    case_id = case.id or 0
    person = diary.add(conn, case_id, Person(username=canary, display_name=canary))
    diary.add(conn, case_id, Message(content=f"{canary} said pay", person_id=person.id))
    diary.add(conn, case_id, Demand(amount=Decimal(500), currency="GBP", destination=canary))
    diary.add(conn, case_id, Action(kind=ActionKind.POLICE_REPORT, reference=canary))
    note = diary.add(conn, case_id, Note(text=f"what happened: {canary}"))
    diary.delete_entry(conn, note.id or 0)
    source = outside / f"{canary}.txt"
    source.write_text(f"chat log with {canary}\n" * 2000, encoding="utf-8")
    record = evidence.import_file(
        conn, session.require_blobs(), case_id, source, note=canary, images_allowed=True
    )
    evidence.add_description(conn, case_id, f"a picture of {canary}", where_seen=canary)
    return case_id, record.id or 0


def _read(session: Session, outside: Path, canary: str, ids: tuple[int, int]) -> None:
    conn = session.require_vault().conn
    case_id, evidence_id = ids
    assert diary.search(conn, case_id, canary), "search found nothing"
    assert diary.timeline(conn, case_id, limit=10), "the timeline is empty"
    diary.totals(conn, case_id)
    diary.export_audit(conn, case_id)
    evidence.export_evidence(
        conn, session.require_blobs(), evidence_id, outside / f"export-{evidence_id}.txt"
    )


def run(profile: Path, outside: Path, canaries: list[str]) -> None:
    """Go through the workflows with each canary."""
    session = Session(profile)
    session.create_vault(use_keyring=True, passphrase=PASSPHRASE, kdf_params=KdfParams())
    stored = {canary: _fill(session, outside, canary) for canary in canaries}
    for canary, ids in stored.items():
        _read(session, outside, canary, ids)
    session.require_vault().backup()
    session.lock()
    session.unlock(Method.PASSPHRASE, PASSPHRASE)
    session.require_vault().set_passphrase(PASSPHRASE + " changed", KdfParams())
    for canary, ids in stored.items():
        _read(session, outside, canary, ids)
    session.lock()
    session.unlock(Method.KEYRING)
    session.lock()


def main(argv: list[str]) -> int:
    """Command line: PROFILE OUTSIDE CANARY..."""
    profile, outside, canaries = Path(argv[0]), Path(argv[1]), argv[2:]
    logging.basicConfig(
        filename=outside / "harbour.log", level=logging.DEBUG, encoding="utf-8", force=True
    )
    logging.captureWarnings(capture=True)
    run(profile, outside, canaries)
    print("workflows ok", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
