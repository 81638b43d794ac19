"""The sweep's first part: the guide walked and ticked, the diary started from a guide action,
and every kind of diary entry written, split, changed, deleted, brought back and searched."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from core.diary.records import Kind
from core.session import VaultState
from tests.diary_ui.helpers import on_dialog, press_save, type_into
from tests.guide_ui.conftest import ADULT_WHO_PAID, page_of, walk_until
from tests.guide_ui.helpers import shown_child
from tests.leaks.canaries import CanaryBook
from tests.leaks.dialogs import LEFT, say_yes, show, start_diary, type_text
from tests.modes.conftest import settle
from ui.app import HarbourApp
from ui.diary.diary_page import DiaryPage
from ui.diary.form import EntryForm
from ui.diary.forms import FORMS, ActionForm, MessageForm, NoteForm
from ui.diary.search_view import KIND_ROLE
from ui.guide.overview import StopRow
from ui.widgets.wrapping import WrapButton


def walk_the_guide(qtbot: QtBot, app: HarbourApp, book: CanaryBook) -> None:
    """Answer the guide, choose the app, start the diary from "I blocked them", tick the
    overview."""
    page = page_of(app)
    guide = app.controller.guide
    qtbot.mouseClick(shown_child(page.steps, WrapButton, "option_safe"), LEFT)
    walk_until(guide, ADULT_WHO_PAID, "block_report")
    picker = page.steps.platform_notes.picker
    index = picker.findData("instagram")
    picker.setCurrentIndex(index)
    picker.activated.emit(index)
    assert guide.platform == "instagram"

    failures: list[BaseException] = []
    keys = start_diary(qtbot, failures)

    def blocked(form: ActionForm) -> None:
        type_into(
            form,
            {
                "platform": "instagram",
                "reference": book.text("action-blocked-reference"),
                "notes": book.text("action-blocked-notes", "hebrew"),
            },
        )
        press_save(qtbot, form)

    on_dialog(ActionForm, blocked, failures)
    qtbot.mouseClick(shown_child(page.steps, WrapButton, "action_0_diary_add_action"), LEFT)
    settle(qtbot, app)
    assert not failures, failures
    assert app.controller.vault_state is VaultState.UNLOCKED and len(keys) == 1
    book.keep(keys[0], "recovery-key-victim")

    qtbot.mouseClick(shown_child(page.steps, WrapButton, "guideShowEverything"), LEFT)
    row = shown_child(page.overview, StopRow, "stop_evidence")
    if not row.boxes:
        qtbot.mouseClick(row.toggle, LEFT)
    row.boxes[0].click()
    assert guide.state.ticked("evidence"), "the overview's tick is kept"
    guide.set_panic_mode(True)


def _entries(book: CanaryBook) -> list[tuple[Kind, dict[str, str]]]:
    """What goes into each form: a canary in every field that takes words."""
    t = book.text
    return [
        (
            Kind.PERSON,
            {
                "role": "offender",
                "platform": t("person-platform", "latin"),
                "username": t("person-username"),
                "profile_url": f"https://example.org/{t('person-link')}",
                "display_name": t("person-display-name", "arabic"),
                "phone": book.phone("person-phone"),
                "email": book.email("person-email"),
                "iban": book.iban("person-iban"),
                "payment_account": t("person-payment-account", "latin"),
                "wallet": t("person-wallet", "hebrew"),
                "notes": t("person-notes", "latin"),
            },
        ),
        (
            Kind.MESSAGE,
            {"content": t("message-content", "arabic"), "threat": t("message-threat", "hebrew")},
        ),
        (
            Kind.DEMAND,
            {
                "amount": "€500",
                "method": t("demand-method", "latin"),
                "destination": t("demand-destination"),
            },
        ),
        (
            Kind.PAYMENT,
            {
                "amount": "£200",
                "method": t("payment-method"),
                "recipient": t("payment-recipient", "arabic"),
                "reference": t("payment-reference"),
            },
        ),
        (
            Kind.ACTION,
            {
                "kind": "police_report",
                "reference": t("action-police-reference"),
                "notes": t("action-police-notes", "latin"),
            },
        ),
    ]


def _through_form(
    qtbot: QtBot,
    app: HarbourApp,
    kind: type[EntryForm],
    act: Callable[[EntryForm], None],
    open_it: Callable[[], None],
) -> None:
    """Open a form with ``open_it``, fill and save it with ``act``, wait for the write."""
    failures: list[BaseException] = []
    on_dialog(kind, act, failures)
    open_it()
    settle(qtbot, app)
    assert not failures, failures


def _fill(qtbot: QtBot, values: Mapping[str, str]) -> Callable[[EntryForm], None]:
    def act(form: EntryForm) -> None:
        type_into(form, dict(values))
        press_save(qtbot, form)

    return act


def _row(view: QListWidget, kind: Kind, text: str) -> int:
    """The row of the entry of ``kind`` whose line shows ``text``."""
    for row in range(view.count()):
        item = view.item(row)
        if item.data(KIND_ROLE) == kind.value and text in item.text():
            return row
    raise AssertionError(f"no {kind.value} showing {text!r}")


def _note_split_into_a_message(qtbot: QtBot, book: CanaryBook) -> Callable[[EntryForm], None]:
    def act(form: EntryForm) -> None:
        assert isinstance(form, NoteForm)
        words = book.text("note-split", "arabic")
        type_into(form, {"text": f"{book.text('note-text', 'latin')}\n{words} asked for £300"})
        cursor = form.text.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        form.text.setTextCursor(cursor)
        on_dialog(MessageForm, lambda m: press_save(qtbot, m), [])
        qtbot.mouseClick(form.split_message, LEFT)
        press_save(qtbot, form)

    return act


def fill_the_diary(qtbot: QtBot, app: HarbourApp, book: CanaryBook) -> None:
    """Every kind through its form, a note split, one changed, deletes undone, searches."""
    page = show(app, "diary", DiaryPage)
    for kind, values in _entries(book):
        button = page.add_buttons[kind]
        _through_form(qtbot, app, FORMS[kind], _fill(qtbot, values), button.click)
    note_button = page.add_buttons[Kind.NOTE]
    _through_form(qtbot, app, NoteForm, _note_split_into_a_message(qtbot, book), note_button.click)
    assert page.timeline.count() == 8  # the guide's action, five forms, the note, its message

    page.timeline.setCurrentRow(_row(page.timeline, Kind.PERSON, book.text("person-username")))
    changed = {"notes": book.text("person-notes-changed", "hebrew")}
    _through_form(qtbot, app, FORMS[Kind.PERSON], _fill(qtbot, changed), page.edit_button.click)

    page.timeline.setCurrentRow(_row(page.timeline, Kind.PAYMENT, book.text("payment-reference")))
    say_yes(2)
    page.delete_button.click()
    settle(qtbot, app)
    assert page.undo_bar.isVisible()
    qtbot.mouseClick(page.undo_bar.undo_button, LEFT)
    settle(qtbot, app)
    page.timeline.setCurrentRow(
        _row(page.timeline, Kind.MESSAGE, book.text("note-split", "arabic"))
    )
    say_yes(2)
    page.delete_button.click()  # stays deleted: locking makes it final
    settle(qtbot, app)
    assert page.timeline.count() == 7

    _search(qtbot, page, book.text("person-username"))
    assert page.views.currentWidget() is page.results and page.results.count() >= 1
    _search(qtbot, page, book.text("diary-search", "latin"))
    assert page.views.currentWidget() is page.empty
    page.search.clear()


def _search(qtbot: QtBot, page: DiaryPage, words: str) -> None:
    page.search.clear()
    type_text(page.search, words)
    qtbot.waitUntil(lambda: not page.search_timer.isActive(), timeout=5_000)
