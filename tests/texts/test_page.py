"""The texts page as a person uses it: the diary's facts in the box, edits kept, copy, save,
keep my version, and the guide's buttons opening the right tab."""

from __future__ import annotations

import stat
from collections.abc import Callable, Mapping
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from core import diary
from core.content.catalog import load_catalog
from core.diary.records import Message, Note
from core.session import VaultState
from core.vault import Method
from tests.disks import fill_disk, small_tmpfs
from tests.texts.diary_data import MARKUP, MTCN, TXID, Filled, fill_case
from tests.ui.helpers import unnamed_widgets, when_modal
from ui.app import HarbourApp
from ui.texts.actions import register_texts_actions
from ui.texts.exporting import UnencryptedWarning
from ui.texts.page import TextsPage

EN = load_catalog("en-GB")


def _filled(qtbot: QtBot, app: HarbourApp) -> Filled:
    diary_ctl = app.controller.diary
    case_id = diary_ctl.ensure_case()
    result: list[Filled] = []
    with qtbot.waitSignal(diary_ctl.entriesChanged, timeout=10_000):
        diary_ctl.write(lambda conn: fill_case(conn, case_id), result.append)
    return result[0]


def _page(app: HarbourApp) -> TextsPage:
    app.window.show_page("texts")
    page = app.window.page("texts")
    assert isinstance(page, TextsPage)
    assert app.window.stack.currentWidget() is page
    return page


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_box_shows_the_diary_and_keeps_the_persons_changes(
    qtbot: QtBot, unlocked: HarbourApp
) -> None:
    _filled(qtbot, unlocked)
    page = _page(unlocked)
    page.show_platform("instagram")
    tab, box = page.platform_tab, page.platform_tab.box
    assert "Username: sofia.m_22" in box.text()
    assert MARKUP in box.text(), "markup typed in the diary is shown as text"
    assert tab.where.text() == EN.text("platforms.instagram.report")
    assert tab.link.text() == "https://help.instagram.com/"
    assert not tab.under18.isVisibleTo(page)
    assert not box.keep_button.isVisibleTo(page) and not box.reset_button.isVisibleTo(page)

    box.editor.setPlainText(box.text() + "\nMy own words.")
    assert box.keep_button.isVisibleTo(page) and box.reset_button.isVisibleTo(page)
    tab.choose("tiktok")
    assert "night.owl" in box.text() and "My own words." not in box.text()
    tab.choose("instagram")
    assert box.text().endswith("My own words."), "switching back brings the changes back"

    case_id = unlocked.controller.diary.current_case_id
    assert case_id is not None
    with qtbot.waitSignal(unlocked.controller.diary.entriesChanged, timeout=10_000):
        unlocked.controller.diary.write(
            lambda conn: diary.add(conn, case_id, Message(platform="instagram", threat="new one"))
        )
    assert box.text().endswith("My own words."), "a diary change never overwrites an edit"
    assert "Your diary has changed" in box.status.text()
    _click(qtbot, box.reset_button)
    assert "“new one”" in box.text() and "My own words." not in box.text()


def test_under_18_wording_follows_the_persons_age(qtbot: QtBot, unlocked: HarbourApp) -> None:
    page = _page(unlocked)
    page.show_platform("snapchat")
    under18 = EN.text("texts.platform.under18")
    assert under18 not in page.platform_tab.box.text()
    unlocked.controller.set_age_group("under18")
    assert under18 in page.platform_tab.box.text()
    assert page.platform_tab.under18.isVisibleTo(page)


def test_copy_puts_the_text_on_the_clipboard_and_clears_it(
    qtbot: QtBot, unlocked: HarbourApp
) -> None:
    page = _page(unlocked)
    box = page.platform_tab.box
    box.copy_seconds = 1
    _click(qtbot, box.copy_button)
    assert QGuiApplication.clipboard().text() == box.text()
    assert box.status.text() == "Copied — it will be cleared from the clipboard in 1 seconds."
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=10_000)


def _save_to(qtbot: QtBot, target: Path) -> None:
    """Accept the not-encrypted warning, then choose ``target`` in the file dialog."""

    def replace(box: QMessageBox) -> None:
        button = box.button(QMessageBox.StandardButton.Yes)
        assert button is not None, "the file exists, so Qt asks before replacing it"
        button.click()

    def choose(dialog: QFileDialog) -> None:
        dialog.selectFile(str(target))
        when_modal(QMessageBox, replace)
        dialog.accept()

    def go_on(dialog: UnencryptedWarning) -> None:
        assert "not be encrypted" in dialog.heading.text()
        assert unnamed_widgets(dialog) == []
        when_modal(QFileDialog, choose)
        _click(qtbot, dialog.yes_button)

    when_modal(UnencryptedWarning, go_on)


def test_save_warns_then_writes_the_text_atomically(
    qtbot: QtBot, unlocked: HarbourApp, tmp_path: Path
) -> None:
    _filled(qtbot, unlocked)
    page = _page(unlocked)
    page.show_payment("western_union")
    box = page.payment_tab.box
    assert box.suggested_name == "message-western-union.txt"
    outside = tmp_path / "exports"
    outside.mkdir()
    target = outside / "message.txt"
    target.write_text("an older file")

    when_modal(UnencryptedWarning, lambda dialog: _click(qtbot, dialog.no_button))
    _click(qtbot, box.save_button)
    assert target.read_text() == "an older file", "cancelling the warning writes nothing"

    _save_to(qtbot, target)
    _click(qtbot, box.save_button)
    assert target.read_text(encoding="utf-8") == box.text()
    assert MTCN in target.read_text(encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in outside.iterdir()) == ["message.txt"], "no temp file is left"
    assert box.status.text() == "Saved as message.txt. It is not encrypted."


def test_a_full_disk_leaves_the_old_file_whole(
    qtbot: QtBot, unlocked: HarbourApp, tmp_path: Path
) -> None:
    page = _page(unlocked)
    box = page.platform_tab.box
    with small_tmpfs(tmp_path / "disk", "1m") as disk:
        target = disk / "report.txt"
        target.write_text("the version saved yesterday")
        fill_disk(disk)
        box.editor.setPlainText(("x" * 99 + "\n") * 2_000)
        _save_to(qtbot, target)
        _click(qtbot, box.save_button)
        assert target.read_text() == "the version saved yesterday"
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "report.txt"]
        assert "could not save" in box.status.text()


def test_keep_my_version_stores_a_note_and_brings_it_back(
    qtbot: QtBot, unlocked: HarbourApp
) -> None:
    page = _page(unlocked)
    page.show_platform("discord")
    tab, box = page.platform_tab, page.platform_tab.box
    assert not tab.kept_button.isVisibleTo(page)
    mine = box.text().replace("[add the date]", "1 March")
    box.editor.setPlainText(mine)
    with qtbot.waitSignal(unlocked.controller.diary.entriesChanged, timeout=10_000):
        _click(qtbot, box.keep_button)
    qtbot.waitUntil(lambda: box.status.text() == "Kept in your diary as a note.", timeout=5_000)
    case_id = unlocked.controller.diary.current_case_id
    assert case_id is not None
    notes = diary.list_entries(unlocked.controller.diary.conn, case_id, Note)
    assert [n.text for n in notes] == ["My report text for Discord\n\n" + mine.strip()]
    assert tab.kept_button.isVisibleTo(page)

    _click(qtbot, box.reset_button)
    assert "[add the date]" in box.text()
    _click(qtbot, tab.kept_button)
    assert box.text() == mine.strip()
    tab.choose("youtube")
    assert not tab.kept_button.isVisibleTo(page), "the kept version belongs to Discord"


def test_payment_tab_opens_on_the_latest_payment(qtbot: QtBot, unlocked: HarbourApp) -> None:
    _filled(qtbot, unlocked)
    page = _page(unlocked)
    page.show_payment()
    assert page.tabs.currentWidget() is page.payment_tab
    assert page.payment_tab.choice() == "crypto"
    assert TXID in page.payment_tab.box.text()
    assert page.payment_tab.note.text() == EN.text("texts.bank.note")


def _handlers() -> dict[str, Callable[..., None]]:
    found: dict[str, Callable[..., None]] = {}
    register_texts_actions(found.__setitem__)
    return found


def test_guide_actions_open_the_right_tab(qtbot: QtBot, unlocked: HarbourApp) -> None:
    handlers = _handlers()
    assert set(handlers) == {"reports.platform_text", "reports.bank_text"}
    window = unlocked.window
    prefill: Mapping[str, str] = {"platform": "tiktok"}
    handlers["reports.platform_text"](window, prefill)
    page = window.page("texts")
    assert isinstance(page, TextsPage)
    assert window.current == "texts" and window.stack.currentWidget() is page
    assert page.tabs.currentWidget() is page.platform_tab
    assert page.platform_tab.choice() == "tiktok"
    handlers["reports.bank_text"](window, {})
    assert page.tabs.currentWidget() is page.payment_tab


def test_a_guide_action_on_a_locked_diary_opens_the_tab_after_unlocking(
    qtbot: QtBot, unlocked: HarbourApp
) -> None:
    window = unlocked.window
    unlocked.controller.lock()
    _handlers()["reports.platform_text"](window, {"platform": "telegram"})
    assert window.stack.currentWidget() is window.unlock_page
    with qtbot.waitSignal(unlocked.controller.vaultStateChanged, timeout=20_000):
        unlocked.controller.unlock(Method.KEYRING)
    assert unlocked.controller.vault_state is VaultState.UNLOCKED
    page = window.page("texts")
    assert isinstance(page, TextsPage)
    assert window.stack.currentWidget() is page
    assert page.platform_tab.choice() == "telegram"


def test_locking_forgets_the_page_and_unlocking_builds_a_fresh_one(
    qtbot: QtBot, unlocked: HarbourApp
) -> None:
    old = _page(unlocked)
    old.platform_tab.box.editor.setPlainText("something private")
    unlocked.controller.lock()
    qtbot.waitUntil(lambda: not shiboken6.isValid(old))
    with qtbot.waitSignal(unlocked.controller.vaultStateChanged, timeout=20_000):
        unlocked.controller.unlock(Method.KEYRING)
    unlocked.controller.diary.entriesChanged.emit()  # the deleted page must not be called
    page = _page(unlocked)
    assert page is not old
    assert "something private" not in page.platform_tab.box.text()


def test_every_interactive_widget_is_named(qtbot: QtBot, unlocked: HarbourApp) -> None:
    page = _page(unlocked)
    for tab in (page.platform_tab, page.payment_tab):
        page.tabs.setCurrentWidget(tab)
        tab.box.editor.setPlainText("changed")  # shows Keep and Start again
    assert unnamed_widgets(unlocked.window) == []
