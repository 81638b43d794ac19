"""Search with safe highlighting; delete asks twice, undo brings it back, locking makes it final."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from core import diary
from core.diary.records import Message, Note
from core.session import VaultState
from tests.diary_ui.helpers import settle
from tests.ui.helpers import when_modal
from ui.app import HarbourApp
from ui.diary.diary_page import DiaryPage
from ui.diary.search_view import HTML_ROLE, highlight_html
from ui.widgets.confirm import ConfirmDialog


def _page(harbour: HarbourApp) -> DiaryPage:
    harbour.window.show_page("diary")
    page = harbour.window.page("diary")
    assert isinstance(page, DiaryPage)
    return page


def _add(harbour: HarbourApp, record: Message | Note) -> int:
    controller = harbour.controller
    case_id = controller.diary.ensure_case()
    stored = diary.add(controller.diary.conn, case_id, record)
    controller.diary.entriesChanged.emit()
    assert stored.id is not None
    return stored.id


def _search(qtbot: QtBot, page: DiaryPage, text: str) -> list[tuple[str, str]]:
    page.search.setText(text)
    qtbot.waitUntil(lambda: not page.search_timer.isActive(), timeout=2_000)
    results = page.results
    if page.views.currentWidget() is not results:
        return []
    return [
        (results.item(i).text(), str(results.item(i).data(HTML_ROLE)))
        for i in range(results.count())
    ]


def test_search_finds_accented_words_and_escapes_what_was_typed(
    qtbot: QtBot, diary_app: HarbourApp
) -> None:
    page = _page(diary_app)
    _add(diary_app, Note(text="Dywedodd ei fod yn ŵyr i'r dyn ar Instagram."))
    _add(diary_app, Note(text="Hice una acción: lo bloqueé en WhatsApp."))
    _add(diary_app, Message(content='Look <script>alert("x")</script> & <img src="/etc/x">'))

    welsh = _search(qtbot, page, "wyr")
    assert len(welsh) == 1 and "ŵyr" in welsh[0][0]
    assert 'font-weight:bold">ŵyr</span>' in welsh[0][1]
    spanish = _search(qtbot, page, "ACCION")
    assert len(spanish) == 1 and "acción" in spanish[0][0]

    hostile = _search(qtbot, page, "script")
    assert len(hostile) == 1
    plain, rich = hostile[0]
    assert '<script>alert("x")</script>' in plain, "people see exactly what they typed"
    assert "<script" not in rich and "<img" not in rich
    assert "&lt;" in rich and "&quot;x&quot;" in rich and "&amp;" in rich
    assert _search(qtbot, page, "nothing-like-this") == []
    assert page.views.currentWidget() is page.empty

    page.search.clear()
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.timeline, timeout=2_000)
    assert page.timeline.count() == 3


def test_highlight_marks_only_the_ranges_and_escapes_everything() -> None:
    text = "<b>pay</b> & go"
    rich = highlight_html(text, [(3, 6)])
    assert rich.startswith("&lt;b&gt;<span ")
    assert rich.count("<span") == 1 and ">pay</span>" in rich
    assert rich.endswith("&lt;/b&gt; &amp; go")
    assert highlight_html("abc", [(5, 9), (1, 1)]) == "abc"


def _confirm_both(answers: list[bool]) -> None:
    """Answer the two delete questions in turn (True = delete)."""
    remaining = list(answers)

    def answer(dialog: ConfirmDialog) -> None:
        choice = remaining.pop(0)
        if remaining:
            when_modal(ConfirmDialog, answer)
        (dialog.yes_button if choice else dialog.no_button).click()

    when_modal(ConfirmDialog, answer)


def test_delete_asks_twice_undo_restores_and_lock_purges(
    qtbot: QtBot, diary_app: HarbourApp
) -> None:
    controller = diary_app.controller
    page = _page(diary_app)
    entry_id = _add(diary_app, Note(text="The first thing that happened"))
    conn = controller.diary.conn
    assert page.timeline.count() == 1

    page.timeline.setCurrentRow(0)
    _confirm_both([True, False])  # second thoughts on the second question
    page.delete_selected()
    settle(qtbot, diary_app)
    assert page.timeline.count() == 1 and not page.undo_bar.isVisible()

    page.timeline.setCurrentRow(0)
    _confirm_both([True, True])
    page.delete_selected()
    settle(qtbot, diary_app)
    assert page.timeline.count() == 0
    assert page.undo_bar.isVisible()
    assert diary.get(conn, entry_id, Note, include_deleted=True).deleted_at is not None

    page.undo_bar.undo_button.click()
    settle(qtbot, diary_app)
    assert page.timeline.count() == 1 and not page.undo_bar.isVisible()
    assert diary.get(conn, entry_id, Note).text == "The first thing that happened"

    page.timeline.setCurrentRow(0)
    _confirm_both([True, True])
    page.delete_selected()
    settle(qtbot, diary_app)
    controller.lock()
    assert controller.vault_state is VaultState.LOCKED
    assert controller.diary.undoable == 0
    with qtbot.waitSignal(controller.vaultStateChanged, timeout=20_000):
        from core.vault import Method

        controller.unlock(Method.KEYRING)
    rows = controller.diary.conn.execute("SELECT count(*) FROM entry").fetchone()
    assert rows[0] == 0, "locking made the delete final"
