"""Importing evidence on screen: files, progress, cancel, paste, drop, and the under-18 guard."""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core import diary
from core.diary.records import Evidence
from core.policy import Mode, Policy
from tests.diary_ui.helpers import settle
from tests.ui.helpers import when_modal
from ui.app import HarbourApp
from ui.evidence.describe import DescribeDialog
from ui.evidence.evidence_page import EvidencePage
from ui.evidence.import_panel import ImportPanel

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


def _page(harbour: HarbourApp) -> EvidencePage:
    harbour.window.show_page("evidence")
    page = harbour.window.page("evidence")
    assert isinstance(page, EvidencePage)
    return page


def _evidence(harbour: HarbourApp) -> list[Evidence]:
    case_id = harbour.controller.diary.current_case_id
    assert case_id is not None
    conn = harbour.controller.diary.conn
    return diary.list_entries(conn, case_id, Evidence, include_deleted=True)


def _blobs(harbour: HarbourApp) -> list[Path]:
    store = harbour.controller.session.require_blobs()
    return sorted(store.folder.iterdir())


def _wait_imported(qtbot: QtBot, panel: ImportPanel, start: Callable[[], None]) -> object:
    with qtbot.waitSignal(panel.imported, timeout=60_000) as done:
        start()
    return done.args[0]


def test_a_file_is_imported_with_progress(
    qtbot: QtBot, diary_app: HarbourApp, tmp_path: Path
) -> None:
    page = _page(diary_app)
    source = tmp_path / "chat export.txt"
    source.write_bytes(b"They said: pay 500 or else.\n" * 200_000)  # ~5.6 MB, several chunks
    seen: list[tuple[int, int]] = []

    def start() -> None:
        page.panel.import_paths([source])
        assert page.panel.run is not None and page.panel.progress.isVisible()
        page.panel.run.progressed.connect(lambda _i, _n, done, total: seen.append((done, total)))

    outcome = _wait_imported(qtbot, page.panel, start)
    assert len(outcome.added) == 1  # type: ignore[attr-defined]
    assert seen and seen[-1] == (source.stat().st_size, source.stat().st_size)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert not page.panel.progress.isVisible() and "1 added" in page.panel.result.text()
    settle(qtbot, diary_app)
    (record,) = _evidence(diary_app)
    assert record.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert page.table.rowCount() == 1 and _cell(page, 0, 0) == "chat export.txt"
    assert len(_blobs(diary_app)) == 1


def test_cancel_midway_leaves_no_row_and_no_blob(
    qtbot: QtBot, diary_app: HarbourApp, tmp_path: Path
) -> None:
    page = _page(diary_app)
    big = tmp_path / "screen-recording.bin"
    with big.open("wb") as handle:  # sparse: 300 MB that takes no disk space to make
        handle.write(b"recording" * 1000)
        handle.truncate(300 * 1024 * 1024)
    cancelled_at: list[int] = []

    def cancel_once(_index: int, _count: int, done: int, _total: int) -> None:
        if not cancelled_at:
            cancelled_at.append(done)
            page.panel.cancel_button.click()

    def start() -> None:
        page.panel.import_paths([big])
        assert page.panel.run is not None
        page.panel.run.progressed.connect(cancel_once)

    try:
        outcome = _wait_imported(qtbot, page.panel, start)
    finally:
        size = big.stat().st_size
        big.unlink()  # later tests that scan the temp folder need not read 300 MB of zeros
    assert outcome.cancelled and not outcome.added  # type: ignore[attr-defined]
    assert cancelled_at and cancelled_at[0] < size
    assert "Nothing of that file was kept" in page.panel.result.text()
    settle(qtbot, diary_app)
    assert _evidence(diary_app) == []
    assert _blobs(diary_app) == [], "no blob and no temp file is left"
    assert page.panel.files_button.isEnabled()


def test_a_pasted_picture_is_imported_for_an_adult(qtbot: QtBot, diary_app: HarbourApp) -> None:
    page = _page(diary_app)
    QGuiApplication.clipboard().setImage(_teal())
    outcome = _wait_imported(qtbot, page.panel, page.panel.paste)
    (record,) = outcome.added  # type: ignore[attr-defined]
    assert record.mime == "image/png" and record.file_kind == "image"
    assert record.original_name.startswith("Pasted picture")
    settle(qtbot, diary_app)
    assert len(_evidence(diary_app)) == 1 and len(_blobs(diary_app)) == 1


def test_files_dropped_on_the_page_are_imported(
    qtbot: QtBot, diary_app: HarbourApp, tmp_path: Path
) -> None:
    page = _page(diary_app)
    source = tmp_path / "receipt.pdf"
    source.write_bytes(b"%PDF-1.4 a receipt")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    where, action = QPointF(20, 20), Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():  # Qt 6 only offers the QPoint form of this event
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(where.toPoint(), action, mime, buttons, keys)
    assert QApplication.sendEvent(page, enter) and enter.isAccepted()
    drop = QDropEvent(where, action, mime, buttons, keys)
    outcome = _wait_imported(qtbot, page.panel, lambda: _send(page, drop))
    assert [r.original_name for r in outcome.added] == ["receipt.pdf"]  # type: ignore[attr-defined]


def test_under_18_a_picture_is_refused_and_the_description_offered(
    qtbot: QtBot, make_diary_app: Callable[..., HarbourApp], tmp_path: Path
) -> None:
    harbour = make_diary_app(age="under18")
    page = _page(harbour)
    assert page.panel.guard.isVisible(), "the page says why before anything is tried"
    picture = tmp_path / "photo.png"
    picture.write_bytes(PNG)
    offered: list[DescribeDialog] = []

    def describe(dialog: DescribeDialog) -> None:
        offered.append(dialog)
        dialog.reject()

    when_modal(DescribeDialog, describe)
    outcome = _wait_imported(qtbot, page.panel, lambda: page.panel.import_paths([picture]))
    assert outcome.refused == [("photo.png", "evidence.image_under18")]  # type: ignore[attr-defined]
    assert "never keeps pictures or videos of anyone under 18" in page.panel.result.text()
    qtbot.waitUntil(lambda: bool(offered), timeout=5_000)
    settle(qtbot, harbour)
    assert _evidence(harbour) == [] and _blobs(harbour) == []

    QGuiApplication.clipboard().setImage(_teal())
    offered.clear()
    when_modal(DescribeDialog, describe)
    page.panel.paste()
    qtbot.waitUntil(lambda: bool(offered), timeout=5_000)
    assert page.panel.run is None, "a pasted picture is refused without being read"
    settle(qtbot, harbour)
    assert _evidence(harbour) == [] and _blobs(harbour) == []
    profile_bytes = b"".join(
        p.read_bytes() for p in harbour.session.profile.rglob("*") if p.is_file()
    )
    assert PNG[16:33] not in profile_bytes


def test_school_mode_refuses_pictures_even_for_an_unknown_age(
    qtbot: QtBot, make_diary_app: Callable[..., HarbourApp], tmp_path: Path
) -> None:
    harbour = make_diary_app(Policy(mode=Mode.SCHOOL), age=None)
    page = _page(harbour)
    picture = tmp_path / "screenshot.jpg"
    picture.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    when_modal(DescribeDialog, lambda dialog: dialog.reject())
    outcome = _wait_imported(qtbot, page.panel, lambda: page.panel.import_paths([picture]))
    assert outcome.refused and outcome.refused[0][1] in {  # type: ignore[attr-defined]
        "evidence.image_under18",
        "evidence.image_not_allowed",
    }
    settle(qtbot, harbour)
    assert _evidence(harbour) == [] and _blobs(harbour) == []


def _teal() -> QImage:
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    return image


def _cell(page: EvidencePage, row: int, column: int) -> str:
    item = page.table.item(row, column)
    assert item is not None
    return item.text()


def _send(page: EvidencePage, event: QDropEvent) -> None:
    QApplication.sendEvent(page, event)
