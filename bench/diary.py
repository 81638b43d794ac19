"""Diary and evidence speed, against targets and a baseline measured in the same run.

- timeline first page for a case with 10,000 entries (fresh connection): target < 100 ms
- search in those 10,000 entries: target < 50 ms
- importing a 1 GiB file vs ``sha256sum`` of the same file: target ratio <= 2.0
- peak RSS growth during that import: target < 64 MiB
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core import diary, evidence
from core.diary.entries import insert_entry
from core.diary.records import Demand, EntryRecord, Message, Note, Payment, Person
from core.vault.database import connect, transaction
from core.vault.migrations import Connection, apply_migrations
from tests.evidence.rss import peak_rss_growth

ENTRIES = 10_000
GIB = 1 << 30
WORDS = [
    "photos",
    "video",
    "pay",
    "police",
    "bank",
    "blocked",
    "account",
    "threat",
    "family",
    "school",
    "money",
    "send",
]


def _line(name: str, value: float, unit: str, target: str, ok: bool) -> None:
    print(f"{name}: {value:.3f} {unit} (target {target}) {'ok' if ok else 'FAIL'}", flush=True)


def _record(n: int, when: dt.datetime) -> EntryRecord:
    text = " ".join(WORDS[(n * 7 + i) % len(WORDS)] for i in range(12)) + f" entry{n}"
    choice = n % 5
    if choice == 0:
        return Message(at=when, platform="Instagram", content=text)
    if choice == 1:
        return Demand(at=when, amount=Decimal(n % 900 + 100), currency="EUR", method=text[:30])
    if choice == 2:
        return Payment(at=when, amount=Decimal("49.99"), currency="GBP", reference=f"R{n}")
    if choice == 3:
        return Person(at=when, username=f"user{n}", notes=text)
    return Note(at=when, text=text)


def _fill(conn: Connection) -> int:
    case = diary.add_case(conn, diary.records.Case(title="bench", region="GB"))
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    with transaction(conn):
        for n in range(ENTRIES):
            insert_entry(
                conn, case.id or 0, _record(n, start + dt.timedelta(minutes=n * 37 % 99991))
            )
    return case.id or 0


def _timed(work: object) -> float:
    began = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - began


def bench_diary(folder: Path) -> None:
    key = secrets.token_bytes(32)
    path = folder / "vault.db"
    conn = connect(path, key)
    with transaction(conn):
        apply_migrations(conn)
    case_id = _fill(conn)
    conn.close()
    conn = connect(path, key)  # a fresh connection: nothing cached yet
    first = _timed(lambda: diary.timeline(conn, case_id, limit=50))
    warm = statistics.median(
        _timed(lambda: diary.timeline(conn, case_id, limit=50, offset=5000)) for _ in range(20)
    )
    print(f"timeline warm page at offset 5000: {warm * 1000:.2f} ms")
    _line("timeline_first_page", first * 1000, "ms", "< 100 ms", first < 0.100)
    queries = ["photos", "entry9999", "pol bank", "threat family school"]
    diary.search(conn, case_id, "warm up")
    times = {
        q: statistics.median(_timed(lambda q=q: diary.search(conn, case_id, q)) for _ in range(10))
        for q in queries
    }
    for query, seconds in times.items():
        print(f"search {query!r}: {seconds * 1000:.2f} ms")
    slowest = max(times.values())
    _line("search_slowest_query", slowest * 1000, "ms", "< 50 ms", slowest < 0.050)
    conn.close()


def bench_import(folder: Path) -> None:
    source = folder / "recording.bin"
    with source.open("wb") as handle:
        for _ in range(GIB // (64 << 20)):
            handle.write(os.urandom(64 << 20))
    baseline = _timed(
        lambda: subprocess.run(["sha256sum", str(source)], check=True, capture_output=True)
    )
    conn = connect(folder / "import.db", secrets.token_bytes(32))
    with transaction(conn):
        apply_migrations(conn)
    case = diary.add_case(conn, diary.records.Case(title="import"))
    store = evidence.open_blob_store(conn, folder)
    began = time.perf_counter()
    _record, growth = peak_rss_growth(
        lambda: evidence.import_file(conn, store, case.id or 0, source)
    )
    took = time.perf_counter() - began
    conn.close()
    print(f"sha256sum of 1 GiB: {baseline:.2f} s; import of 1 GiB: {took:.2f} s")
    _line("import_vs_sha256sum", took / baseline, "x", "<= 2.0 x", took / baseline <= 2.0)
    _line("import_peak_rss_growth", growth / 2**20, "MiB", "< 64 MiB", growth < 64 * 2**20)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="harbour-bench-") as temp:
        bench_diary(Path(temp))
    with tempfile.TemporaryDirectory(prefix="harbour-bench-") as temp:
        bench_import(Path(temp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
