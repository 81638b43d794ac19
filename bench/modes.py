"""Helpline speed, as ratios against baselines measured in the same run.

- a quick note (diary note + who wrote it) vs a plain diary note: target <= 1.5 x
- the case list of 300 cases (30 entries each) vs the diary's bare list of them: target <= 2 x
- search across those 300 cases vs what the same answer costs the diary alone (listing the
  cases, plus its search in one case holding the same 9,000 entries): target <= 2 x (slowest
  of four queries, each against its own baseline)
"""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path

from bench.common import median_seconds, verdict
from core import diary
from core.diary.entries import insert_entry
from core.diary.records import Message, Note
from core.modes.casefile import open_case
from core.modes.events import add_note
from core.modes.find import case_rows, find_cases
from core.vault.database import connect, transaction
from core.vault.migrations import Connection, apply_migrations

CASES, PER_CASE = 300, 30
QUERIES = ("snapchat", "user299x1", "caller 12", "pounds wants")


def _vault(path: Path) -> Connection:
    conn = connect(path, secrets.token_bytes(32))
    with transaction(conn):
        apply_migrations(conn)
    conn.execute("PRAGMA synchronous = OFF")  # filling only: the timings run with FULL
    return conn


def _message(n: int, m: int) -> Message:
    return Message(content=f"threatened on snapchat user{n}x{m} wants {m * 10} pounds")


def _fill_cases(conn: Connection) -> int:
    last = 0
    for n in range(CASES):
        file = open_case(conn, title=f"caller {n}")
        with transaction(conn):
            for m in range(PER_CASE):
                insert_entry(conn, file.case_id, _message(n, m))
        last = file.case_id
    conn.execute("PRAGMA synchronous = FULL")
    return last


def _fill_one_case(conn: Connection) -> int:
    case_id = open_case(conn, title="one caller").case_id
    with transaction(conn):
        for n in range(CASES):
            for m in range(PER_CASE):
                insert_entry(conn, case_id, _message(n, m))
    conn.execute("PRAGMA synchronous = FULL")
    return case_id


def bench_modes(folder: Path) -> list[str]:
    conn = _vault(folder / "cases.db")
    case_id = _fill_cases(conn)
    one = _vault(folder / "one.db")
    one_case = _fill_one_case(one)

    plain = median_seconds(lambda: diary.add(conn, case_id, Note(text="plain note")), 30)
    quick = median_seconds(lambda: add_note(conn, case_id, "quick note", by="Sam"), 30)
    print(f"diary note: {plain * 1000:.2f} ms; quick note: {quick * 1000:.2f} ms")
    ratio = quick / plain
    lines = [verdict("quick_note_vs_diary_note", ratio, "x", "<= 1.5 x", ratio <= 1.5)]

    bare = median_seconds(lambda: diary.list_cases(conn), 10)
    listing = median_seconds(lambda: case_rows(conn), 10)
    print(f"diary list: {bare * 1000:.2f} ms; case list: {listing * 1000:.2f} ms")
    ratio = listing / bare
    lines.append(verdict("case_list_vs_diary_list", ratio, "x", "<= 2 x", ratio <= 2))

    ratios = []
    for query in QUERIES:
        search = median_seconds(lambda q=query: diary.search(one, one_case, q), 10)  # type: ignore[misc]
        base = bare + search
        across = median_seconds(lambda q=query: find_cases(conn, q), 10)  # type: ignore[misc]
        print(f"{query!r}: diary {base * 1000:.2f} ms; all cases {across * 1000:.2f} ms")
        ratios.append(across / base)
    worst = max(ratios)
    lines.append(verdict("search_all_cases_vs_diary", worst, "x", "<= 2 x", worst <= 2))
    conn.close()
    one.close()
    return lines


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="harbour-bench-") as temp:
        lines = bench_modes(Path(temp))
    return 0 if all(line.endswith(" ok") for line in lines) else 1


if __name__ == "__main__":
    raise SystemExit(main())
