"""Helpline mode as staff meet it: the case list, a new call, confidentiality first, stages,
quick notes, the guide walked with the caller, the handover, and retention at unlock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from core import diary
from core.diary.records import CaseStatus, Note
from core.modes.casefile import change_case, get_case_file, open_case
from core.modes.purge import purge_records
from core.policy import Mode, Policy
from tests.modes.conftest import settle
from tests.ui.helpers import unnamed_widgets
from ui.app import HarbourApp
from ui.helpline.call_page import CallPage
from ui.helpline.case_list_page import CaseListPage
from ui.helpline.stage_panels import AdvicePanel, SafetyPanel, WrapUpPanel
from ui.school.dialogs import ExportWarningDialog, PurgeDialog

HELPLINE = Policy(mode=Mode.HELPLINE, retention_days=30)


def _call_page(app: HarbourApp) -> CallPage:
    page = app.window.page("call")
    assert isinstance(page, CallPage)
    return page


def _new_call(qtbot: QtBot, app: HarbourApp) -> CallPage:
    app.window.show_page("cases")
    cases = app.window.page("cases")
    assert isinstance(cases, CaseListPage)
    qtbot.mouseClick(cases.new_call_button, Qt.MouseButton.LeftButton)
    assert app.window.current == "call"
    return _call_page(app)


def _explain(qtbot: QtBot, app: HarbourApp, page: CallPage, name: str = "Sam") -> None:
    page.confidentiality.name.setText(name)
    qtbot.mouseClick(page.confidentiality.done_button, Qt.MouseButton.LeftButton)
    settle(qtbot, app)


def test_pages_are_shown_only_in_helpline_mode(
    unlocked_harbour: Callable[[Policy], HarbourApp],
) -> None:
    app = unlocked_harbour(HELPLINE)
    mode_pages = {"cases", "call", "pupil"}
    assert [p for p in app.window.specs if p in mode_pages] == ["cases", "call"]
    assert app.controller.diary.current_case_id is None, "no case is chosen for staff"


def test_confidentiality_comes_before_any_detail(
    qtbot: QtBot, unlocked_harbour: Callable[[Policy], HarbourApp]
) -> None:
    app = unlocked_harbour(HELPLINE)
    page = _new_call(qtbot, app)
    assert page.confidentiality.isVisible()
    assert "What stays confidential" in page.confidentiality.body.text()
    assert "When we must act" in page.confidentiality.body.text()
    for detail in (page.quick_note, page.stages, page.panel_stack):
        assert not detail.isVisible()
    assert not page.title.isEnabled(), "not even a title before the limits are explained"
    _explain(qtbot, app, page)
    assert page.quick_note.isVisible() and not page.confidentiality.isVisible()
    file = app.controller.diary.current_case()
    assert file is not None
    assert get_case_file(app.controller.diary.conn, file.id or 0).confidentiality_at is not None


def test_quick_notes_stages_risks_and_handover(
    qtbot: QtBot, unlocked_harbour: Callable[[Policy], HarbourApp]
) -> None:
    app = unlocked_harbour(HELPLINE)
    page = _new_call(qtbot, app)
    _explain(qtbot, app, page)
    case_id = app.controller.diary.current_case_id or 0
    conn = app.controller.diary.conn

    before = dt.datetime.now().astimezone()
    qtbot.keyClicks(page.quick_note, "Caller paid 50 pounds by gift card")
    qtbot.keyClick(page.quick_note, Qt.Key.Key_Return)
    assert page.quick_note.text() == "", "the line is ready for the next note at once"
    settle(qtbot, app)
    [note] = diary.list_entries(conn, case_id, Note)
    assert note.text == "Caller paid 50 pounds by gift card"
    assert note.at is not None and note.at >= before - dt.timedelta(seconds=1)
    assert page.notes.item(0).text() == f"{note.at:%H:%M}  Caller paid 50 pounds by gift card"

    page.stages.setCurrentRow(1)
    settle(qtbot, app)
    safety = page.panels[1]
    assert isinstance(safety, SafetyPanel)
    assert page.panel_stack.currentWidget() is safety and safety.isVisible()
    safety.risks["paid"].click()  # as a click on its box or its words
    settle(qtbot, app)
    safety.region.setCurrentIndex(safety.region.findData("es"))
    safety.region.activated.emit(safety.region.currentIndex())
    settle(qtbot, app)
    file = get_case_file(conn, case_id)
    assert (file.stage, file.risks, file.region_pack) == ("safety", {"paid"}, "es")
    route = safety.route.text()
    assert "112" in route and "024" in route, "the crisis route is the caller's region's"

    page.stages.setCurrentRow(3)
    settle(qtbot, app)
    advice = page.panels[3]
    assert isinstance(advice, AdvicePanel)
    walker = advice.walker
    qtbot.mouseClick(
        walker.findChild(QPushButton, "guideWalkOption_safe"), Qt.MouseButton.LeftButton
    )
    settle(qtbot, app)
    qtbot.mouseClick(
        walker.findChild(QPushButton, "guideWalkOption_recording"), Qt.MouseButton.LeftButton
    )
    settle(qtbot, app)
    qtbot.mouseClick(
        walker.findChild(QPushButton, "guideWalkOption_under18"), Qt.MouseButton.LeftButton
    )
    settle(qtbot, app)
    assert get_case_file(conn, case_id).case.age_group == "under18", "the caller's age is kept"
    qtbot.mouseClick(walker.next_button, Qt.MouseButton.LeftButton)  # breathe
    settle(qtbot, app)
    assert "✓" in walker.route.item(0).text()

    page.stages.setCurrentRow(5)
    settle(qtbot, app)
    wrap_up = page.panels[5]
    assert isinstance(wrap_up, WrapUpPanel)
    text = wrap_up.summary.toPlainText()
    t = app.controller.catalog.text
    assert f"Handover: case {file.label}" in text and "by Sam" in text
    assert "Call stage reached: Wrap-up and handover" in text
    assert "Risk flags: Has paid money" in text
    assert "Caller's region: Spain" in text and "Caller's age: Under 18" in text
    assert t("guide.steps.breathe.title") in text.split("Steps done with the caller")[1]
    assert "Caller paid 50 pounds by gift card" in text
    qtbot.mouseClick(wrap_up.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == page.helpline.handover()
    qtbot.mouseClick(wrap_up.close_button, Qt.MouseButton.LeftButton)
    settle(qtbot, app)
    assert get_case_file(conn, case_id).case.status is CaseStatus.CLOSED


def test_case_list_creates_searches_and_switches(
    qtbot: QtBot, unlocked_harbour: Callable[[Policy], HarbourApp]
) -> None:
    app = unlocked_harbour(HELPLINE)
    first = _new_call(qtbot, app)
    _explain(qtbot, app, first)
    first_id = app.controller.diary.current_case_id
    qtbot.keyClicks(first.quick_note, "Threats from user wombat_99 on Snapchat")
    qtbot.keyClick(first.quick_note, Qt.Key.Key_Return)
    settle(qtbot, app)
    _new_call(qtbot, app)
    second_id = app.controller.diary.current_case_id
    assert second_id not in (None, first_id)

    app.window.show_page("cases")
    cases = app.window.page("cases")
    assert isinstance(cases, CaseListPage)
    assert cases.cases.topLevelItemCount() == 2
    qtbot.keyClicks(cases.search, "wombat")
    qtbot.waitUntil(lambda: cases.cases.topLevelItemCount() == 1, timeout=2_000)
    found = cases.cases.topLevelItem(0)
    assert found is not None
    assert int(found.data(0, Qt.ItemDataRole.UserRole)) == first_id
    assert "wombat_99" in found.text(5)
    cases.cases.setCurrentItem(found)
    qtbot.mouseClick(cases.open_button, Qt.MouseButton.LeftButton)
    assert app.controller.diary.current_case_id == first_id
    assert app.window.current == "call"
    assert _call_page(app).quick_note.isVisible()


def test_retention_purge_runs_at_unlock(
    qtbot: QtBot, unlocked_harbour: Callable[[Policy], HarbourApp]
) -> None:
    app = unlocked_harbour(Policy(mode=Mode.HELPLINE, retention_days=1))
    conn = app.controller.diary.conn
    old = open_case(conn)
    change_case(conn, old.case_id, status=CaseStatus.CLOSED)
    kept = open_case(conn)
    with qtbot.waitSignal(app.controller.diary.casesPurged, timeout=10_000) as purged:
        app.controller.diary.purge_expired_cases(dt.date.today() + dt.timedelta(days=1))
    assert purged.args == [1]
    assert [c.id for c in diary.list_cases(conn)] == [kept.case_id]
    assert [r.case_label for r in purge_records(conn)] == [old.label]
    app.window.show_page("cases")
    cases = app.window.page("cases")
    assert isinstance(cases, CaseListPage)
    record = cases.purged.topLevelItem(0)
    assert record is not None and record.text(0) == old.label


def test_every_interactive_widget_is_named(
    qtbot: QtBot, unlocked_harbour: Callable[[Policy], HarbourApp]
) -> None:
    app = unlocked_harbour(HELPLINE)
    page = _new_call(qtbot, app)
    assert unnamed_widgets(app.window) == []
    _explain(qtbot, app, page)
    for row in range(page.stages.count()):
        page.stages.setCurrentRow(row)
        settle(qtbot, app)
    app.window.show_page("cases")
    assert unnamed_widgets(app.window) == []
    for dialog in (
        ExportWarningDialog(app.controller, printing=True),
        PurgeDialog(app.controller, "2026-0001"),
    ):
        assert unnamed_widgets(dialog) == [], type(dialog).__name__
        dialog.deleteLater()
