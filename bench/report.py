"""Police report and evidence pack speed, against coreutils measured in the same run.

A case with 1,000 diary entries and 100 evidence files of 2 MiB each (200 MiB in all):

- evidence pack build vs ``zip -q -0`` + ``sha256sum`` of the same plain files: target <= 2.0 x.
  ``-0`` (store) because the pack stores evidence as it is: pictures and videos are already
  compressed, so deflating gigabytes would cost minutes and save nothing. The pack's own PDF is
  rendered once beforehand (its time is the next figure) and handed to the pack by its callback,
  so this ratio compares the same work: read, hash, and write a ZIP.
- peak memory growth while the pack is written: target < 64 MiB (files are streamed).
- the report's PDF (1,100 timeline entries): pages and time, target < 15 s.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

from bench.common import median_seconds, verdict
from core import diary, evidence
from core.content.region_model import Paper
from core.diary.entries import insert_entry
from core.diary.records import Case, Demand, EntryRecord, Message, Note, Payment, Person
from core.reports import build_report, compose, plan_pack, render_html, render_text, write_pack
from core.vault.database import connect, transaction
from core.vault.migrations import Connection, apply_migrations
from tests.evidence.rss import peak_rss_growth
from ui.reports.controller import page_labels
from ui.reports.pdf import render_pdf

ENTRIES = 1_000
FILES = 100
FILE_BYTES = 2 * 1024 * 1024
RUNS = 3


def _record(n: int, when: dt.datetime) -> EntryRecord:
    text = f"entry {n}: they wrote again and said they would send the video to my family"
    kinds: list[EntryRecord] = [
        Message(at=when, platform="Instagram", content=text, threat="send it to my family"),
        Demand(at=when, amount=Decimal(n % 900 + 100), currency="EUR", method="Western Union"),
        Payment(at=when, amount=Decimal("49.99"), currency="GBP", reference=f"R{n}"),
        Person(at=when, username=f"user{n}", platform="Snapchat", notes=text),
        Note(at=when, text=text),
    ]
    return kinds[n % len(kinds)]


def _fill(conn: Connection, folder: Path) -> tuple[int, list[Path]]:
    case = diary.add_case(conn, Case(title="bench", region="GB"))
    assert case.id is not None
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    with transaction(conn):
        for n in range(ENTRIES):
            insert_entry(conn, case.id, _record(n, start + dt.timedelta(minutes=17 * n)))
    store = evidence.open_blob_store(conn, folder)
    sources = folder / "files"
    sources.mkdir()
    paths = []
    for n in range(FILES):
        path = sources / f"recording-{n:03}.bin"
        path.write_bytes(os.urandom(FILE_BYTES))
        evidence.import_file(conn, store, case.id, path, note=f"file {n}")
        paths.append(path)
    return case.id, paths


def _baseline(paths: list[Path], out: Path) -> None:
    out.unlink(missing_ok=True)
    names = [p.name for p in paths]
    subprocess.run(["zip", "-q", "-0", str(out), *names], cwd=paths[0].parent, check=True)
    subprocess.run(["sha256sum", *names], cwd=paths[0].parent, check=True, capture_output=True)


def main() -> int:
    _qt = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="harbour-bench-") as temp:
        folder = Path(temp)
        conn = connect(folder / "vault.db", secrets.token_bytes(32))
        with transaction(conn):
            apply_migrations(conn)
        case_id, paths = _fill(conn, folder)
        store = evidence.open_blob_store(conn, folder)

        report = build_report(conn, case_id)
        view = compose(report, language="en-GB", variant_code="uk_101")
        began = time.perf_counter()
        pdf = render_pdf(render_html(view), page_labels(view), Paper.A4, view.title)
        pdf_seconds = time.perf_counter() - began
        (folder / "report.pdf").write_bytes(pdf)
        info = subprocess.run(
            ["pdfinfo", str(folder / "report.pdf")], capture_output=True, text=True, check=True
        ).stdout
        pages = next(
            int(line.split()[-1]) for line in info.splitlines() if line.startswith("Pages")
        )

        def build() -> None:
            fresh = build_report(conn, case_id)
            plan = plan_pack(conn, store, fresh)
            words = compose(fresh, language="en-GB", variant_code="uk_101")
            write_pack(
                plan,
                folder / "pack.zip",
                text=render_text(words),
                pdf=lambda: pdf,
                language="en-GB",
                variant="uk_101",
            )

        baseline = median_seconds(lambda: _baseline(paths, folder / "baseline.zip"), RUNS)
        packed = median_seconds(build, RUNS)
        _result, growth = peak_rss_growth(build)
        conn.close()
    size = FILES * FILE_BYTES
    print(
        f"{ENTRIES} entries + {FILES} files ({size / 2**20:.0f} MiB): zip -0 + sha256sum "
        f"{baseline:.2f} s; evidence pack {packed:.2f} s (median of {RUNS})"
    )
    print(f"report PDF: {pages} pages in {pdf_seconds:.2f} s ({len(pdf) / 1024:.0f} KiB)")
    print(f"pack including the PDF: {packed + pdf_seconds:.2f} s")
    ratio = packed / baseline
    verdict("pack_vs_zip_and_sha256sum", ratio, "x", "<= 2.0 x", ratio <= 2.0)
    verdict("pack_peak_rss_growth", growth / 2**20, "MiB", "< 64 MiB", growth < 64 * 2**20)
    verdict("report_pdf_seconds", pdf_seconds, "s", f"< 15 s, {pages} pages", pdf_seconds < 15)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
