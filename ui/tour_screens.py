"""The screens around the guide, one at a time: ``python -m ui.tour`` pictures them, and the
pseudolocale's tests check that nothing on them is cut off.

``around_the_guide(app)`` works through a running Harbour in a throw-away profile: the crisis
numbers, the start-diary screen, creating the diary, its recovery key and the unlock screen; then
it unlocks the new diary, adds the made-up example case (``core.reports.example``) and shows the
settings, the diary with each of its forms, evidence, reports, texts, family and friends, and the
helpline or school pages of those modes. It yields each screen's name and the widget to look at
while that screen is on show.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from core.diary.records import Kind
from core.session import VaultState
from core.vault import Method
from core.vault.kdf import KdfParams

if TYPE_CHECKING:
    from ui.app import HarbourApp

TOUR_PASSPHRASE = "a throw-away tour diary"  # noqa: S105 - the profile is deleted afterwards
FORM_KINDS = (Kind.NOTE, Kind.PERSON, Kind.MESSAGE, Kind.DEMAND, Kind.PAYMENT, Kind.ACTION)

Show = Callable[["HarbourApp"], AbstractContextManager[QWidget]]


def settle_work(app: HarbourApp, timeout: float = 30.0) -> None:
    """Let background work (diary writes, previews) finish and its results reach the screen."""
    controller = app.controller
    deadline = time.monotonic() + timeout
    quiet = 0
    while quiet < 3 and time.monotonic() < deadline:
        QApplication.processEvents()
        busy = controller.jobs.busy or controller.diary.writes.busy
        quiet = 0 if busy else quiet + 1
        if busy:
            time.sleep(0.005)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@contextmanager
def _dialog(dialog: QDialog) -> Iterator[QWidget]:
    dialog.show()
    try:
        yield dialog
    finally:
        dialog.close()
        dialog.deleteLater()


@contextmanager
def _page(
    app: HarbourApp, page_id: str, then: Callable[[QWidget], None] | None = None
) -> Iterator[QWidget]:
    app.window.show_page(page_id)
    if then is not None:
        then(app.window.page(page_id))
    settle_work(app)
    yield app.window


def _crisis(app: HarbourApp) -> AbstractContextManager[QWidget]:
    from ui.shell.crisis_dialog import CrisisDialog

    return _dialog(CrisisDialog(app.controller, app.window))


@contextmanager
def _start_diary(app: HarbourApp) -> Iterator[QWidget]:
    app.window.stack.setCurrentWidget(app.window.start_page)
    yield app.window


def _create_vault(app: HarbourApp) -> AbstractContextManager[QWidget]:
    from ui.vault.setup_dialog import CreateVaultDialog

    return _dialog(CreateVaultDialog(app.controller, app.window))


def _recovery_key(app: HarbourApp) -> AbstractContextManager[QWidget]:
    from ui.vault.recovery_dialog import RecoveryKeyDialog

    return _dialog(RecoveryKeyDialog(create_tour_diary(app), app.controller, app.window))


@contextmanager
def _unlock(app: HarbourApp) -> Iterator[QWidget]:
    app.controller.lock()
    app.window.with_vault(lambda: None)  # shows the unlock screen
    yield app.window
    open_example_diary(app)


def create_tour_diary(app: HarbourApp) -> str:
    """Create the profile's diary with the tour's passphrase (the keyring is not touched);
    return its recovery key. The diary is open until ``app.controller.lock()``."""
    session = app.session
    return session.create_vault(
        use_keyring=False, passphrase=TOUR_PASSPHRASE, kdf_params=KdfParams()
    )


def example_diary(app: HarbourApp) -> None:
    """A new diary holding the made-up example case, open, as the tour shows it."""
    create_tour_diary(app)
    app.controller.lock()
    open_example_diary(app)


def open_example_diary(app: HarbourApp) -> None:
    """Unlock the tour's diary with its passphrase and add the made-up example case to it."""
    from core.reports.example import country_of_region, fill_example

    controller, session = app.controller, app.session
    controller.unlock(Method.PASSPHRASE, TOUR_PASSPHRASE)
    settle_work(app)
    if controller.vault_state is not VaultState.UNLOCKED:
        raise RuntimeError("the tour's diary did not unlock")
    case_id = fill_example(
        session.require_vault().conn,
        session.require_blobs(),
        country_of_region(controller.region),
        controller.language,
        images_allowed=session.images_allowed,
    )
    controller.diary.set_current_case(case_id)
    settle_work(app)


def _form(kind: Kind) -> Show:
    def show(app: HarbourApp) -> AbstractContextManager[QWidget]:
        from ui.diary.forms import FORMS, open_form

        form = open_form(app.controller, FORMS[kind].record_type, parent=app.window)
        return _dialog(form)

    return show


def _add_evidence(app: HarbourApp) -> AbstractContextManager[QWidget]:
    from ui.evidence.import_panel import AddEvidenceDialog

    return _dialog(AddEvidenceDialog(app.controller, app.window))


def _describe_evidence(app: HarbourApp) -> AbstractContextManager[QWidget]:
    from ui.evidence.describe import DescribeDialog

    return _dialog(DescribeDialog(app.controller, parent=app.window))


def _tab(page_id: str, attribute: str, index: int) -> Show:
    def show(app: HarbourApp) -> AbstractContextManager[QWidget]:
        return _page(app, page_id, lambda page: getattr(page, attribute).setCurrentIndex(index))

    return show


def _explained(page: QWidget) -> None:
    panel = getattr(page, "confidentiality")  # noqa: B009 - the helpline's and school's panel
    panel.name.setText("Sam")
    panel.done_button.click()


def _new_call(page: QWidget) -> None:
    from ui.helpline.controller import helpline_of

    helpline_of(getattr(page, "controller")).new_call()  # noqa: B009


def _new_record(page: QWidget) -> None:
    getattr(page, "new_button").click()  # noqa: B009


def _on(page_id: str, then: Callable[[QWidget], None] | None = None) -> Show:
    return lambda app: _page(app, page_id, then)


SCREENS: tuple[tuple[str, str, Show], ...] = (
    # (name, the mode it belongs to or "" for every mode, how to show it)
    ("crisis-dialog", "", _crisis),
    ("start-diary", "", _start_diary),
    ("create-vault", "", _create_vault),
    ("recovery-key", "", _recovery_key),
    ("unlock", "", _unlock),
    ("settings", "", _on("settings")),
    ("cases", "helpline", _on("cases")),
    ("call-confidentiality", "helpline", _on("call", _new_call)),
    ("call", "helpline", _on("call", _explained)),
    ("pupil", "school", _on("pupil")),
    ("pupil-confidentiality", "school", _on("pupil", _new_record)),
    ("pupil-record", "school", _on("pupil", _explained)),
    ("diary", "", _on("diary")),
    *((f"diary-{kind.value}", "", _form(kind)) for kind in FORM_KINDS),
    ("evidence", "", _on("evidence")),
    ("evidence-add", "", _add_evidence),
    ("evidence-describe", "", _describe_evidence),
    ("reports", "", _on("reports")),
    ("texts-platform", "", _tab("texts", "tabs", 0)),
    ("texts-payment", "", _tab("texts", "tabs", 1)),
    ("family-guidance", "", _tab("family", "tabs", 0)),
    ("family-message", "", _tab("family", "tabs", 1)),
    ("family-helper", "", _tab("family", "tabs", 2)),
)


def screen_names(mode: str) -> tuple[str, ...]:
    """The names ``around_the_guide`` yields in ``mode``, in order."""
    return tuple(name for name, only, _show in SCREENS if only in ("", mode))


def around_the_guide(app: HarbourApp) -> Iterator[tuple[str, QWidget]]:
    """Show each screen of ``SCREENS`` for the app's mode; yield its name and widget."""
    mode = app.session.policy.mode
    for name, only, show in SCREENS:
        if only not in ("", mode):
            continue
        with show(app) as widget:
            for _ in range(3):
                QApplication.processEvents()
            yield name, widget
