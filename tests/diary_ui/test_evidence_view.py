"""Viewing, exporting and describing evidence: bombs refused, names plain, copies exact."""

from __future__ import annotations

import hashlib
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from core import diary, evidence
from core.diary.records import Evidence
from tests.diary_ui.helpers import on_dialog, save_and_wait, settle
from tests.evidence.rss import peak_rss_growth
from tests.ui.helpers import when_modal
from ui.app import HarbourApp
from ui.evidence.describe import DescribeDialog
from ui.evidence.evidence_page import EvidencePage
from ui.evidence.viewer import ViewerDialog, ViewRefused, decode_image
from ui.widgets.confirm import ConfirmDialog

RSS_LIMIT = 48 * 1024 * 1024


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def bomb_png(width: int, height: int) -> bytes:
    """A valid 1-bit PNG of ``width``×``height`` zeros: a small file, a huge picture."""
    row = b"\x00" * (1 + (width + 7) // 8)
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", data)
        + _chunk(b"IEND", b"")
    )


def _page(harbour: HarbourApp) -> EvidencePage:
    harbour.window.show_page("evidence")
    page = harbour.window.page("evidence")
    assert isinstance(page, EvidencePage)
    return page


def _store_bytes(harbour: HarbourApp, data: bytes, name: str) -> Evidence:
    controller = harbour.controller
    case_id = controller.diary.ensure_case()
    store = controller.session.require_blobs()
    record = evidence.import_bytes(controller.diary.conn, store, case_id, data, name)
    controller.diary.entriesChanged.emit()
    return record


def _select(page: EvidencePage, record: Evidence) -> None:
    row = next(i for i, r in enumerate(page.records) if r.id == record.id)
    page.table.selectRow(row)


def _open_viewer(qtbot: QtBot, page: EvidencePage) -> ViewerDialog:
    shown: list[ViewerDialog] = []
    when_modal(ViewerDialog, shown.append)
    page.view_selected()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    return shown[0]


def test_a_decompression_bomb_is_refused_without_a_big_allocation(
    qtbot: QtBot, diary_app: HarbourApp
) -> None:
    bomb = bomb_png(30_000, 30_000)
    assert len(bomb) < 400_000
    page = _page(diary_app)
    _select(page, _store_bytes(diary_app, bomb, "holiday.png"))
    viewer, growth = peak_rss_growth(lambda: _open_viewer(qtbot, page))
    assert growth < RSS_LIMIT, f"viewing grew memory by {growth / 2**20:.1f} MiB"
    assert "too large to show safely" in viewer.message.text()
    assert viewer.picture.pixmap().isNull()
    viewer.close()
    try:
        decode_image(bomb)
    except ViewRefused as refused:
        assert refused.code == "view.too_big"
    else:
        raise AssertionError("the bomb was decoded")


def test_an_ordinary_picture_is_shown_in_memory(qtbot: QtBot, diary_app: HarbourApp) -> None:
    page = _page(diary_app)
    _select(page, _store_bytes(diary_app, bomb_png(64, 48), "screenshot.png"))
    viewer = _open_viewer(qtbot, page)
    assert viewer.picture.pixmap().size().width() == 64 and not viewer.message.isVisible()
    blobs = diary_app.controller.session.require_blobs().folder
    assert len(list(blobs.iterdir())) == 1, "only the encrypted blob"
    assert list(diary_app.session.profile.rglob("*.png")) == [], "no decoded copy anywhere"


def test_when_pictures_become_off_limits_nothing_is_previewed_or_exported(
    qtbot: QtBot, diary_app: HarbourApp
) -> None:
    page = _page(diary_app)
    record = _store_bytes(diary_app, bomb_png(64, 48), "screenshot.png")
    diary_app.controller.set_age_group("under18")
    settle(qtbot, diary_app)
    _select(page, record)
    viewer = _open_viewer(qtbot, page)
    assert "under 18" in viewer.message.text() and viewer.picture.pixmap().isNull()
    page.export_selected()
    assert "under 18" in page.status.text()


def test_names_with_direction_overrides_and_markup_show_as_plain_text(
    qtbot: QtBot, diary_app: HarbourApp
) -> None:
    name = "invoice\u202egnp.exe <b>bold</b>.txt"
    page = _page(diary_app)
    record = _store_bytes(diary_app, b"just text", name)
    assert record.original_name == name
    shown = _cell(page, 0, 0)
    assert shown == "invoice⟨U+202E⟩gnp.exe <b>bold</b>.txt"
    _select(page, record)
    viewer = _open_viewer(qtbot, page)
    assert viewer.heading.textFormat() == Qt.TextFormat.PlainText
    assert viewer.heading.text() == shown and "\u202e" not in viewer.details.text()


def test_export_warns_then_writes_an_exact_copy(
    qtbot: QtBot, diary_app: HarbourApp, tmp_path: Path
) -> None:
    page = _page(diary_app)
    data = b"%PDF-1.4 receipt of the payment" * 1000
    _select(page, _store_bytes(diary_app, data, "../../receipt:1.pdf"))
    target = tmp_path / "exported"
    target.mkdir()

    def choose(dialog: QFileDialog) -> None:
        assert dialog.selectedFiles()[0].endswith("receipt_1.pdf")
        dialog.selectFile(str(target / "receipt_1.pdf"))
        dialog.accept()

    failures: list[BaseException] = []

    def warned(dialog: ConfirmDialog) -> None:
        assert "not be locked" in dialog.explain.text()
        on_dialog(QFileDialog, choose, failures)
        dialog.yes_button.click()

    on_dialog(ConfirmDialog, warned, failures)
    page.export_selected()
    assert failures == []
    qtbot.waitUntil(lambda: "Saved a copy" in page.status.text(), timeout=20_000)
    assert (target / "receipt_1.pdf").read_bytes() == data


def test_describe_it_instead_with_a_sha256_worked_out_from_a_file(
    qtbot: QtBot, make_diary_app: Callable[..., HarbourApp], tmp_path: Path
) -> None:
    harbour = make_diary_app(age="under18")
    picture = tmp_path / "what they sent.jpg"
    picture.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 5000)
    form = DescribeDialog(harbour.controller)
    assert "under 18" in form.intro.text()
    form.fields["sha256"].editor.set_value("not a hash")
    form.save()
    assert set(p for p, f in form.fields.items() if f.problem.text()) == {"description", "sha256"}

    def choose(dialog: QFileDialog) -> None:
        dialog.selectFile(str(picture))
        dialog.accept()

    when_modal(QFileDialog, choose)
    form.hash_button.click()
    expected = hashlib.sha256(picture.read_bytes()).hexdigest()
    qtbot.waitUntil(lambda: form.fields["sha256"].editor.value() == expected, timeout=20_000)
    form.fields["description"].editor.set_value("A picture of me they say they will send")
    form.fields["where_seen"].editor.set_value("Snapchat chat")
    stored = save_and_wait(qtbot, form)
    assert isinstance(stored, Evidence)
    assert stored.sha256 == expected and stored.blob_id is None and stored.size is None
    settle(qtbot, harbour)
    assert list(harbour.controller.session.require_blobs().folder.iterdir()) == []
    case_id = harbour.controller.diary.current_case_id
    assert case_id is not None
    (only,) = diary.list_entries(harbour.controller.diary.conn, case_id, Evidence)
    assert only.where_seen == "Snapchat chat"


def _cell(page: EvidencePage, row: int, column: int) -> str:
    item = page.table.item(row, column)
    assert item is not None
    return item.text()
