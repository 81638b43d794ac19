"""The guide's diary and evidence buttons open the right form, filled in, the diary made first."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from core.flow.actions import ACTIONS
from core.session import VaultState
from tests.diary_ui.helpers import on_dialog, settle
from tests.ui.helpers import when_modal
from ui.actions import Handler
from ui.app import HarbourApp
from ui.diary.actions import register_diary_actions
from ui.diary.forms import ActionForm, DemandForm, MessageForm, NoteForm, PaymentForm, PersonForm
from ui.evidence.describe import DescribeDialog
from ui.evidence.import_panel import AddEvidenceDialog
from ui.shell.main_window import MainWindow
from ui.vault.recovery_dialog import RecoveryKeyDialog
from ui.vault.setup_dialog import CreateVaultDialog

CASES: list[tuple[str, type[QDialog], Mapping[str, str]]] = [
    ("diary.add_account", PersonForm, {"platform": "instagram"}),
    ("diary.add_message", MessageForm, {"platform": "whatsapp"}),
    ("diary.add_demand", DemandForm, {}),
    ("diary.add_payment", PaymentForm, {}),
    ("diary.add_action", ActionForm, {"kind": "blocked"}),
    ("diary.add_note", NoteForm, {}),
    ("evidence.add", AddEvidenceDialog, {}),
    ("evidence.add_description", DescribeDialog, {}),
]


def _handlers() -> dict[str, Handler]:
    found: dict[str, Handler] = {}
    register_diary_actions(found.__setitem__)
    return found


def test_every_diary_and_evidence_action_has_a_handler() -> None:
    handlers = _handlers()
    assert set(handlers) == {name for name, _, _ in CASES}
    assert set(handlers) <= set(ACTIONS)


def _check_form(
    expected: type[QDialog], prefill: Mapping[str, str], seen: list[str]
) -> Callable[[QDialog], None]:
    def check(dialog: QDialog) -> None:
        assert type(dialog) is expected
        fields = getattr(dialog, "fields", {})
        for name, value in prefill.items():
            assert fields[name].editor.value() == value
        seen.append(type(dialog).__name__)
        dialog.reject()

    return check


def test_each_handler_opens_its_form_prefilled(qtbot: QtBot, diary_app: HarbourApp) -> None:
    window = diary_app.window
    handlers = _handlers()
    for action, expected, prefill in CASES:
        before = window.current
        seen: list[str] = []
        failures: list[BaseException] = []
        on_dialog(expected, _check_form(expected, prefill, seen), failures)
        handlers[action](window, prefill)
        assert failures == [] and seen == [expected.__name__], action
        assert window.current == before, "the person is back where they were"


def test_a_handler_saves_and_returns_to_the_page_it_came_from(
    qtbot: QtBot, diary_app: HarbourApp
) -> None:
    window = diary_app.window
    window.show_page("settings")

    def fill(form: ActionForm) -> None:
        assert form.fields["kind"].editor.value() == "reported_platform"
        form.fields["reference"].editor.set_value("Report 4471")
        form.save()

    failures: list[BaseException] = []
    on_dialog(ActionForm, fill, failures)
    _handlers()["diary.add_action"](window, {"kind": "reported_platform", "platform": "tiktok"})
    settle(qtbot, diary_app)
    assert failures == []
    assert window.current == "settings"
    assert window.stack.currentWidget() is window.page("settings")
    from core import diary
    from core.diary.records import Action

    case_id = diary_app.controller.diary.current_case_id
    assert case_id is not None
    (stored,) = diary.list_entries(diary_app.controller.diary.conn, case_id, Action)
    assert (stored.kind.value, stored.platform) == ("reported_platform", "tiktok")


def test_with_no_diary_yet_the_handler_creates_it_first(qtbot: QtBot, harbour: HarbourApp) -> None:
    window: MainWindow = harbour.window
    assert harbour.controller.vault_state is VaultState.NONE
    seen: list[str] = []
    failures: list[BaseException] = []

    def in_recovery(dialog: RecoveryKeyDialog) -> None:
        on_dialog(PersonForm, _check_form(PersonForm, {"platform": "snapchat"}, seen), failures)
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)

    def in_create(dialog: CreateVaultDialog) -> None:
        when_modal(RecoveryKeyDialog, in_recovery)
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    when_modal(CreateVaultDialog, in_create)
    _handlers()["diary.add_account"](window, {"platform": "snapchat"})
    assert failures == [] and seen == ["PersonForm"]
    assert harbour.controller.vault_state is VaultState.UNLOCKED
    assert harbour.controller.diary.current_case_id is not None
