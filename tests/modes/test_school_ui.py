"""School mode as a safeguarding lead meets it: under-18 rules always on, confidentiality
first, decisions recorded with time and name, export to PDF and CSV, then a confirmed purge
that leaves no trace in the database file."""

from __future__ import annotations

import csv
import io
import subprocess
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton
from pytestqt.qtbot import QtBot

from core.diary.records import AgeGroup
from core.evidence import EvidenceCode, EvidenceError, import_file
from core.modes.casefile import get_case_file
from core.modes.events import EventKind, list_events
from core.modes.purge import purge_records
from core.policy import Mode, Policy
from core.vault.backup import list_backups
from tests.diary.raw_pages import plaintext_pages
from tests.modes.conftest import settle
from tests.ui.helpers import unnamed_widgets, when_modal
from ui.app import HarbourApp
from ui.school.dialogs import ExportWarningDialog, PurgeDialog
from ui.school.school_page import SchoolPage

SCHOOL = Policy(mode=Mode.SCHOOL, region="uk")
LEAD = "Ms Okafor"
WORDS = "He said a girl called quokkarose asked for pictures then wanted 100 pounds"


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")

    header = (1).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _page(app: HarbourApp) -> SchoolPage:
    app.window.show_page("pupil")
    page = app.window.page("pupil")
    assert isinstance(page, SchoolPage)
    return page


def _start_record(qtbot: QtBot, app: HarbourApp) -> SchoolPage:
    page = _page(app)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, app)
    return page


def _explain(qtbot: QtBot, app: HarbourApp, page: SchoolPage) -> None:
    page.confidentiality.name.setText(LEAD)
    qtbot.mouseClick(page.confidentiality.done_button, Qt.MouseButton.LeftButton)
    settle(qtbot, app)


def _press(qtbot: QtBot, app: HarbourApp, page: SchoolPage, name: str) -> None:
    button = page.walker.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, app)


def _tick(qtbot: QtBot, app: HarbourApp, page: SchoolPage, item: str) -> None:
    box = page.walker.findChild(QCheckBox, f"schoolWalkItem_{item}")
    assert box is not None, item
    box.click()
    settle(qtbot, app)


def test_school_mode_refuses_a_png_through_the_import_path(
    qtbot: QtBot, unlocked_harbour: Callable[[Policy], HarbourApp], tmp_path: Path
) -> None:
    app = unlocked_harbour(SCHOOL)
    mode_pages = {"cases", "call", "pupil"}
    assert [p for p in app.window.specs if p in mode_pages] == ["pupil"]
    session = app.controller.session
    assert session.policy.under_18_rules and not session.images_allowed
    photo = tmp_path / "photo.png"
    photo.write_bytes(_png())
    disguised = tmp_path / "notes.txt"
    disguised.write_bytes(_png())
    page = _start_record(qtbot, app)
    record = app.controller.diary.current_case()
    assert record is not None and record.age_group is AgeGroup.UNDER18
    made_by_the_diary = app.controller.diary
    made_by_the_diary.set_current_case(None)
    diary_case = made_by_the_diary.ensure_case()  # the diary's own first-save path
    for case_id in (record.id or 0, diary_case):
        for path in (photo, disguised):
            with pytest.raises(EvidenceError) as refused:
                import_file(
                    made_by_the_diary.conn,
                    session.require_blobs(),
                    case_id,
                    path,
                    images_allowed=session.images_allowed,
                )
            assert refused.value.code is EvidenceCode.IMAGE_UNDER18
    assert list(session.require_blobs().folder.iterdir()) == []
    assert "never stores images" in page.images_note.text()


def test_confidentiality_comes_first_and_needs_the_leads_name(
    qtbot: QtBot, unlocked_harbour: Callable[[Policy], HarbourApp]
) -> None:
    app = unlocked_harbour(SCHOOL)
    page = _page(app)
    assert page.none_text.isVisible()
    page = _start_record(qtbot, app)
    assert page.confidentiality.isVisible()
    assert "cannot keep secret" in page.confidentiality.body.text()
    for detail in (page.walker, page.words, page.reference, page.export_pdf):
        assert not detail.isVisible()
    assert not page.confidentiality.done_button.isEnabled(), "the record needs a name"
    _explain(qtbot, app, page)
    assert page.walker.isVisible() and page.words.isVisible()
    assert page.school.staff_name == LEAD
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)  # the next pupil
    settle(qtbot, app)
    assert page.confidentiality.isVisible()
    assert page.confidentiality.name.text() == LEAD, "typed once per session"


def test_decisions_export_and_confirmed_purge(
    qtbot: QtBot, unlocked_harbour: Callable[[Policy], HarbourApp], tmp_path: Path
) -> None:
    app = unlocked_harbour(SCHOOL)
    page = _start_record(qtbot, app)
    _explain(qtbot, app, page)
    diary = app.controller.diary
    case_id = diary.current_case_id or 0
    label = get_case_file(diary.conn, case_id).label
    page.reference.setText("J.B. year 10")
    page.reference.editingFinished.emit()
    for item in ("no_viewing", "not_asked", "not_deleted", "no_blame", "device"):
        _tick(qtbot, app, page, item)
    qtbot.mouseClick(page.walker.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, app)
    page.words.setPlainText(WORDS)
    qtbot.mouseClick(page.save_words, Qt.MouseButton.LeftButton)
    settle(qtbot, app)
    qtbot.mouseClick(page.walker.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, app)
    _press(qtbot, app, page, "schoolWalkOption_no")  # not at risk right now
    page.walker.reason.setText('=HYPERLINK("http://x") demanded 100 pounds in gift cards')
    _press(qtbot, app, page, "schoolWalkOption_yes")  # blackmail
    assert page.walker.reason.text() == ""
    assert page.walker.title.text() == app.controller.catalog.text("school.steps.refer.title")
    assert "CEOP" in page.walker.services.text() and "999" in page.walker.services.text()
    page.walker.reason.setText("Police ref 44/2211")
    _tick(qtbot, app, page, "police")

    events = list_events(diary.conn, case_id)
    assert {e.by for e in events} == {LEAD}
    decisions = [(e.step, e.choice) for e in events if e.kind is EventKind.ANSWER]
    assert decisions == [("risk_now", "no"), ("blackmail", "yes")]
    police = next(e for e in events if e.choice == "police")
    assert police.detail == "Police ref 44/2211" and police.at.tzinfo is not None
    assert not page.purge_button.isEnabled(), "export first"

    cancelled: list[bool] = []

    def cancel(dialog: ExportWarningDialog) -> None:
        cancelled.append(True)
        dialog.no_button.click()

    when_modal(ExportWarningDialog, cancel)
    qtbot.mouseClick(page.export_csv, Qt.MouseButton.LeftButton)
    assert cancelled == [True] and not page.school.exported_already()

    pdf, table = tmp_path / "record.pdf", tmp_path / "record.csv"  # beside the profile
    for target, fmt in ((pdf, "pdf"), (table, "csv")):
        with qtbot.waitSignal(page.school.exported, timeout=10_000):
            page.export_to(target, fmt)
        settle(qtbot, app)
    raw = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(raw.split())  # cells wrap inside their column
    assert f"Safeguarding record: case {label}" in text
    assert "This file is not encrypted" in text
    for expected in ("What the pupil said", "quokkarose", "Decision", "Police ref 44/2211", LEAD):
        assert expected in text, expected
    rows = list(csv.reader(io.StringIO(table.read_bytes().decode("utf-8-sig"))))
    assert rows[0] == ["Date and time", "Type", "What was said or decided", "By"]
    assert [WORDS, LEAD] in [r[2:] for r in rows]
    blackmail = next(r for r in rows if "demanded 100 pounds" in r[2])
    assert blackmail[1] == "Decision" and "Reason: =HYPERLINK" in blackmail[2]
    assert any(r[1] == "Export" for r in rows)
    assert pdf.stat().st_mode & 0o777 == table.stat().st_mode & 0o777 == 0o600
    assert page.purge_button.isEnabled()

    vault = app.controller.session.require_vault()
    key = bytes(vault._db_key or b"")
    diary.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    assert b"quokkarose" in plaintext_pages(key, vault.files.db)

    def confirm(dialog: PurgeDialog) -> None:
        dialog.typed.setText("2026-9999")
        assert not dialog.purge_button.isEnabled()
        dialog.typed.setText(f" {label} ")
        dialog.purge_button.click()

    when_modal(PurgeDialog, confirm)
    with qtbot.waitSignal(page.school.purged, timeout=10_000):
        qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
    settle(qtbot, app)
    assert diary.current_case_id is None and page.none_text.isVisible()
    assert [(r.case_label, r.reason.value) for r in purge_records(diary.conn)] == [
        (label, "confirmed")
    ]
    for needle in (b"quokkarose", b"Okafor", b"J.B. year 10", b"44/2211"):
        assert needle not in plaintext_pages(key, vault.files.db), needle
        for backup in list_backups(vault.files):
            assert needle not in plaintext_pages(key, backup.path), needle


def test_every_interactive_widget_is_named(
    qtbot: QtBot, unlocked_harbour: Callable[[Policy], HarbourApp]
) -> None:
    app = unlocked_harbour(SCHOOL)
    page = _start_record(qtbot, app)
    assert unnamed_widgets(app.window) == []
    _explain(qtbot, app, page)
    qtbot.mouseClick(page.walker.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, app)
    qtbot.mouseClick(page.walker.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, app)
    assert unnamed_widgets(app.window) == []
    for dialog in (ExportWarningDialog(app.controller, printing=False),):
        assert unnamed_widgets(dialog) == [], type(dialog).__name__
        dialog.deleteLater()
