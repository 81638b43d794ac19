"""Every interactive widget on the diary and evidence screens has a name for tests and readers."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from core.diary.records import Evidence
from tests.ui.helpers import unnamed_widgets
from ui.app import HarbourApp
from ui.diary.forms import FORMS
from ui.evidence.describe import DescribeDialog
from ui.evidence.import_panel import AddEvidenceDialog
from ui.evidence.viewer import ViewerDialog
from ui.widgets.confirm import ConfirmDialog


def test_pages_forms_and_dialogs_are_named(qtbot: QtBot, diary_app: HarbourApp) -> None:
    controller, window = diary_app.controller, diary_app.window
    for page_id in ("diary", "evidence"):
        window.show_page(page_id)
        missing = unnamed_widgets(window.page(page_id))
        assert missing == [], (page_id, missing)
    dialogs: list[QDialog] = [form(controller, None, None, window) for form in FORMS.values()]
    dialogs += [
        DescribeDialog(controller, parent=window),
        DescribeDialog(controller, Evidence(id=1, original_name="a.pdf", size=3), parent=window),
        AddEvidenceDialog(controller, window),
        ViewerDialog(controller, Evidence(original_name="a.pdf", size=3), None, "", window),
        ConfirmDialog(controller, ("Heading", "Text", "Yes", "No"), window),
    ]
    for dialog in dialogs:
        assert unnamed_widgets(dialog) == [], type(dialog).__name__
        dialog.deleteLater()
