"""The PDF, read back with poppler: facts, totals, hashes, fonts, pages, scripts, threads."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from core import diary, evidence
from core.content.region_model import Paper
from core.diary.records import AgeGroup, Case, Message, Person
from core.evidence import BlobStore
from core.reports import ReportView, render_html
from core.vault.migrations import Connection
from tests.reports.cases import (
    ARABIC,
    HEBREW,
    HOSTILE,
    PORTUGUESE,
    WELSH,
    WHEN,
    fill_case,
    pdf_text,
    view_of,
)
from ui.reports.controller import page_labels
from ui.reports.pdf import paint_document, render_pdf


def _pdf(view: ReportView, folder: Path, paper: Paper = Paper.A4) -> Path:
    path = folder / "report.pdf"
    path.write_bytes(render_pdf(render_html(view), page_labels(view), paper, view.title))
    return path


def _info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return {
        k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.stdout.splitlines())
    }


def test_the_pdf_holds_the_facts_totals_and_every_hash(
    qapp: QApplication, conn: Connection, store: BlobStore, case_id: int, tmp_path: Path
) -> None:
    fill_case(conn, store, case_id, "Western Union to A. Sample")
    hashes = [
        evidence.import_bytes(conn, store, case_id, bytes([n]) * (1000 + n), f"f{n}.bin").sha256
        for n in range(5)
    ]
    path = _pdf(view_of(conn, case_id), tmp_path)
    text = pdf_text(path)
    info = _info(path)
    pages = int(info["Pages"])
    assert 2 <= pages <= 12
    assert info["Page size"].startswith("595") and "(A4)" in info["Page size"]
    assert info["Title"] == "Report for the police" and info["Creator"] == "Harbour"
    for digest in [*hashes, "ab" * 32]:
        assert digest is not None and digest in text
    for fact in ("Total demanded in EUR: €500.00", "Total paid in GBP: £120.75", "€500.00"):
        assert fact in text
    assert "Western Union to A. Sample" in text
    assert "12 Mar 2026, 20:05 GMT+01:00" in text
    assert text.count("This report contains sensitive information") == pages + 1  # + title block
    assert [f"Page {n} of {pages}" in text for n in range(1, pages + 1)] == [True] * pages
    assert f"Page {pages + 1} of" not in text


def test_fonts_are_embedded(
    qapp: QApplication, conn: Connection, case_id: int, tmp_path: Path
) -> None:
    diary.add(conn, case_id, Person(display_name=ARABIC, username=WELSH))
    path = _pdf(view_of(conn, case_id), tmp_path)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    assert rows, "the PDF names its fonts"
    for row in rows:
        emb = re.split(r"\s+", row)[-5]  # name type encoding... emb sub uni object ID
        assert emb == "yes", row


def test_letter_paper_for_north_america(
    qapp: QApplication, conn: Connection, case_id: int, tmp_path: Path
) -> None:
    diary.add(conn, case_id, Message(at=WHEN, content="hello"))
    path = _pdf(view_of(conn, case_id, "us_ic3"), tmp_path, Paper.LETTER)
    assert _info(path)["Page size"].startswith("612 x 792")
    assert "Victim information" in pdf_text(path)


def test_typed_markup_is_printed_as_typed(
    qapp: QApplication, conn: Connection, store: BlobStore, case_id: int, tmp_path: Path
) -> None:
    diary.update_case(conn, Case(id=case_id, title=HOSTILE, age_group=AgeGroup.ADULT))
    fill_case(conn, store, case_id, HOSTILE)
    text = pdf_text(_pdf(view_of(conn, case_id), tmp_path))
    assert text.count(HOSTILE) >= 40
    assert "alert(1)" in text and "49" not in text


def test_names_in_any_script_survive_in_the_pdf(
    qapp: QApplication, conn: Connection, case_id: int, tmp_path: Path
) -> None:
    for name in (WELSH, PORTUGUESE, ARABIC, HEBREW):
        diary.add(conn, case_id, Person(display_name=name))
    text = pdf_text(_pdf(view_of(conn, case_id), tmp_path))
    assert WELSH in text and PORTUGUESE in text and "ŵ" in text and "ção" in text
    words = set(text.split())
    for word in [*ARABIC.split(), *HEBREW.split()]:  # right-to-left words, each kept whole
        assert word in words, word


def test_a_long_report_numbers_every_page(
    qapp: QApplication, conn: Connection, case_id: int, tmp_path: Path
) -> None:
    for n in range(300):
        diary.add(conn, case_id, Message(at=WHEN + dt.timedelta(minutes=n), content=f"msg {n}"))
    path = _pdf(view_of(conn, case_id), tmp_path)
    pages = int(_info(path)["Pages"])
    text = pdf_text(path)
    assert 10 <= pages <= 80
    assert all(f"Page {n} of {pages}" in text for n in range(1, pages + 1))
    assert all(f"msg {n}\n" in text for n in range(300))


def test_printing_uses_the_same_pages(
    qapp: QApplication, conn: Connection, case_id: int, tmp_path: Path
) -> None:
    diary.add(conn, case_id, Person(display_name=WELSH))
    view = view_of(conn, case_id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint_document(printer, render_html(view), page_labels(view))
    text = pdf_text(tmp_path / "printed.pdf")
    assert pages >= 1 and f"Page 1 of {pages}" in text and WELSH in text
