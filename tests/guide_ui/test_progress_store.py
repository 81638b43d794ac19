"""The guide's place kept in the vault: the migration, saving, loading and which walk resumes."""

from __future__ import annotations

from pathlib import Path

from core.flow.loader import load_bundled
from core.flow.progress import load_progress, resume, save_progress, steps_taken
from core.flow.state import FlowState
from core.vault import Vault
from core.vault.migrations import apply_migrations, current_version
from tests.leaks import encodings_of, find_in_files

CONTEXT = {"region": "uk", "mode": "victim"}


def _walk(*moves: str) -> FlowState:
    state = FlowState(load_bundled("guide"), CONTEXT)
    for move in moves:
        if move == "next":
            state.advance()
        else:
            state.answer(move)
    return state


def test_migration_10_creates_the_table_inside_the_vault(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, use_keyring=True)
    assert current_version(vault.conn) >= 10
    tables = {row[0] for row in vault.conn.execute("SELECT name FROM sqlite_master")}
    assert "guide_progress" in tables
    with vault.transaction() as conn:
        assert apply_migrations(conn) == [], "nothing runs twice"
    vault.lock(make_backup=False)


def test_saved_walk_comes_back_and_never_reaches_disk_in_clear(data_dir: Path) -> None:
    vault, _ = Vault.create(data_dir, use_keyring=True)
    flow = load_bundled("guide")
    assert load_progress(vault.conn, flow, CONTEXT) is None
    state = _walk("safe", "recording", "adult", "next", "yes", "next", "no", "next")
    state.tick("usernames")
    with vault.transaction() as conn:
        save_progress(conn, _walk("safe"))
        save_progress(conn, state)  # the newest replaces the older one
    assert vault.conn.execute("SELECT count(*) FROM guide_progress").fetchone()[0] == 1
    vault.lock()

    reopened = Vault.unlock_with_keyring(data_dir)
    loaded = load_progress(reopened.conn, flow, {"region": "es", "mode": "victim"})
    assert loaded is not None
    assert loaded.step.id == "evidence"
    assert loaded.ticked("evidence") == {"usernames"}
    assert loaded.context["region"] == "es", "today's context wins over the saved one"
    reopened.lock()
    assert find_in_files([data_dir], encodings_of(["stay_silent", "usernames", "paid_stop"])) == []


def test_the_saved_walk_wins_unless_this_session_went_further() -> None:
    saved = _walk("safe", "recording", "adult", "next", "no", "next")  # at "contact"
    saved.tick("change", step_id="scam_password")
    fresh = _walk()
    assert resume(fresh, None) is fresh
    chosen = resume(fresh, saved)
    assert chosen is saved and chosen.step.id == "contact"

    further = _walk("safe", "recording", "adult", "next", "no", "next", "yes", "next")
    further.tick("usernames", step_id="evidence")
    assert steps_taken(further) > steps_taken(saved)
    kept = resume(further, saved)
    assert kept is further and kept.step.id == "evidence"
    assert kept.ticked("scam_password") == {"change"}, "ticks from the saved walk are kept too"
    assert kept.ticked("evidence") == {"usernames"}
