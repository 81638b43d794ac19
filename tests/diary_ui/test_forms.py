"""Each entry kind through its form, all problems at once, locale amounts, edit and split."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from core import diary
from core.diary.records import Action, Demand, Message, Note, Payment, Person
from tests.diary_ui.helpers import (
    money,
    on_dialog,
    platform,
    problems,
    save_and_wait,
    settle,
    type_into,
    when,
)
from ui.app import HarbourApp
from ui.diary.diary_page import DiaryPage
from ui.diary.form import EntryForm
from ui.diary.forms import DemandForm, MessageForm, NoteForm, PersonForm, open_form

ENTRIES: list[tuple[type, dict[str, str], str]] = [
    (
        Person,
        {
            "platform": "instagram",
            "username": "@lucia.fit_92",
            "profile_url": "instagram.com/lucia.fit_92",
            "phone": "+34 612 34 56 78",
            "iban": "ES91 2100 0418 4502 0005 1332",
        },
        "@lucia.fit_92",
    ),
    (Message, {"content": "Pay or I send the video to your family"}, "send the video"),
    (Demand, {"amount": "€500", "method": "Western Union"}, "Western Union"),
    (Payment, {"amount": "200", "method": "Bizum", "reference": "TX-88812"}, "TX-88812"),
    (Action, {"kind": "police_report", "reference": "CR/2026/114523"}, "CR/2026/114523"),
    (Note, {"text": "It started on Instagram with a friendly message."}, "friendly message"),
]


def _diary_page(harbour: HarbourApp) -> DiaryPage:
    harbour.window.show_page("diary")
    page = harbour.window.page("diary")
    assert isinstance(page, DiaryPage)
    return page


def test_each_kind_is_saved_through_its_form_and_shown(qtbot: QtBot, diary_app: HarbourApp) -> None:
    controller = diary_app.controller
    page = _diary_page(diary_app)
    case_id = controller.diary.current_case_id
    assert case_id is not None
    for record_type, values, shown in ENTRIES:
        form = open_form(controller, record_type, parent=page)
        assert form.fields["at"].editor.value(), "the time starts as now"
        type_into(form, values)
        stored = save_and_wait(qtbot, form)
        assert isinstance(stored, record_type)
        settle(qtbot, diary_app)
        listed = [page.timeline.item(i).text() for i in range(page.timeline.count())]
        assert any(shown in text for text in listed), (record_type, listed)
        assert len(diary.list_entries(controller.diary.conn, case_id, record_type)) == 1
    person = diary.list_entries(controller.diary.conn, case_id, Person)[0]
    assert person.phone == "+34612345678" and person.iban == "ES9121000418450200051332"
    assert person.profile_url == "https://instagram.com/lucia.fit_92"
    demand = diary.list_entries(controller.diary.conn, case_id, Demand)[0]
    assert (demand.amount, demand.currency) == (Decimal("500"), "EUR")
    totals = diary.totals(controller.diary.conn, case_id)
    assert totals.demanded == {"EUR": Decimal("500")}
    assert "€500.00" in page.totals.text()


def test_every_problem_is_shown_at_once_and_nothing_is_saved(
    qtbot: QtBot, diary_app: HarbourApp
) -> None:
    controller = diary_app.controller
    case_id = controller.diary.current_case_id
    assert case_id is not None
    person = PersonForm(controller)
    type_into(person, {"phone": "12", "iban": "ES00 1234 5678", "email": "someone@"})
    person.save()
    shown = problems(person)
    assert set(shown) == {"phone", "iban", "email"}
    assert "2 parts" not in person.summary.text() and "3 parts" in person.summary.text()
    demand = DemandForm(controller)
    type_into(demand, {"amount": "five hundred", "method": "bank transfer"})
    when(demand).date.setText("31/02/2026")
    when(demand, "deadline").date.setText("tomorrow")
    demand.save()
    assert set(problems(demand)) == {"amount", "at", "deadline"}
    assert "numbers" in problems(demand)["amount"]
    assert "date" in problems(demand)["at"]
    settle(qtbot, diary_app)
    assert diary.timeline_count(controller.diary.conn, case_id) == 0
    assert person.isVisible() is False and demand.result() == 0  # still open, not accepted


def test_amounts_follow_the_language(qtbot: QtBot, diary_app: HarbourApp) -> None:
    controller = diary_app.controller
    controller.set_language("es-ES")
    form = DemandForm(controller)
    type_into(form, {"amount": "1.234,50", "method": "Bizum"})
    money(form).currency.set_value("EUR")
    when(form).date.setText("5/11/2026")
    when(form).time.setText("21:40")
    stored = save_and_wait(qtbot, form)
    assert isinstance(stored, Demand)
    assert stored.amount == Decimal("1234.50") and stored.currency == "EUR"
    assert stored.at is not None and (stored.at.day, stored.at.month) == (5, 11)
    again = open_form(controller, Demand, stored)
    assert again.fields["amount"].editor.value() == "1234,50"
    assert when(again).date.text() == "5/11/2026"


def test_a_bitcoin_demand_keeps_every_decimal(qtbot: QtBot, diary_app: HarbourApp) -> None:
    controller = diary_app.controller
    form = DemandForm(controller)
    assert "BTC" in [money(form).currency.itemData(i) for i in range(money(form).currency.count())]
    type_into(form, {"amount": "0.05123456", "method": "Bitcoin"})
    money(form).currency.set_value("BTC")
    stored = save_and_wait(qtbot, form)
    assert isinstance(stored, Demand)
    assert (stored.amount, stored.currency) == (Decimal("0.05123456"), "BTC")


def test_defaults_follow_the_region_and_what_was_used_last(
    qtbot: QtBot, diary_app: HarbourApp
) -> None:
    controller = diary_app.controller
    controller.set_region("uk")
    demand = DemandForm(controller)
    assert money(demand).currency.value() == "GBP"
    message = MessageForm(controller, prefill={"platform": "snapchat"})
    type_into(message, {"content": "hi"})
    save_and_wait(qtbot, message)
    settle(qtbot, diary_app)
    person = PersonForm(controller)
    assert person.fields["platform"].editor.value() == "snapchat"
    typed = MessageForm(controller)
    platform(typed).setEditText("Grindr")
    assert typed.fields["platform"].editor.value() == "Grindr"


def test_editing_opens_the_same_form_filled_in(qtbot: QtBot, diary_app: HarbourApp) -> None:
    controller = diary_app.controller
    page = _diary_page(diary_app)
    form = open_form(controller, Person, parent=page)
    type_into(form, {"username": "@first", "phone": "+44 7911 123456"})
    save_and_wait(qtbot, form)
    settle(qtbot, diary_app)
    page.timeline.setCurrentRow(0)

    def change(dialog: PersonForm) -> None:
        assert dialog.fields["username"].editor.value() == "@first"
        assert dialog.fields["phone"].editor.value() == "+447911123456"
        dialog.fields["username"].editor.set_value("@second")
        dialog.save()

    failures: list[BaseException] = []
    on_dialog(PersonForm, change, failures)
    page.edit_selected()
    assert failures == []
    settle(qtbot, diary_app)
    case_id = controller.diary.current_case_id
    assert case_id is not None
    people = diary.list_entries(controller.diary.conn, case_id, Person)
    assert [p.username for p in people] == ["@second"]


def test_selected_words_of_a_note_become_a_message(qtbot: QtBot, diary_app: HarbourApp) -> None:
    note = NoteForm(diary_app.controller)
    text = "We talked on Instagram. He wrote: send 300 € or I post it. Then he blocked me."
    note.fields["text"].editor.set_value(text)
    cursor = note.text.textCursor()
    start = text.index("send 300")
    cursor.setPosition(start)
    cursor.setPosition(text.index(" Then"), QTextCursor.MoveMode.KeepAnchor)
    note.text.setTextCursor(cursor)
    del cursor
    seen: dict[str, str] = {}
    failures: list[BaseException] = []

    def check(form: EntryForm) -> None:
        seen.update({n: f.editor.value() for n, f in form.fields.items()})
        form.reject()

    on_dialog(MessageForm, check, failures)
    note.split_message.click()
    assert seen["content"] == "send 300 € or I post it."
    on_dialog(DemandForm, check, failures)
    note.split_demand.click()
    assert seen["amount"] == "300 €" and failures == []
