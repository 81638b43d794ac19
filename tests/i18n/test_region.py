"""The crisis bar dials each region's own emergency number, and a region change moves the
number, the services and the police report's form at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from core.content.catalog import load_catalog
from core.content.regions import available_regions, load_region
from core.policy import Policy
from core.session import Session
from tests.guide_ui.helpers import choose, settle
from ui.app import HarbourApp
from ui.controller import Controller
from ui.shell.crisis_bar import CrisisBar
from ui.tour_screens import example_diary, settle_work


def _said(source: str) -> str:
    """The crisis bar's words for ``source`` in the language now installed."""
    return QCoreApplication.translate("CrisisBar", source)


def _calls(app: HarbourApp, number: str) -> bool:
    return app.window.crisis_bar.text.text().startswith(
        _said("In danger now? Call %1").replace("%1", number)
    )


@pytest.mark.parametrize("code", available_regions())
def test_the_crisis_bar_shows_the_packs_emergency_number(
    qtbot: QtBot, data_dir: Path, code: str
) -> None:
    controller = Controller(Session(data_dir, Policy()))
    controller.set_region(code)
    bar = CrisisBar(controller)
    qtbot.addWidget(bar)
    pack = load_region(code)
    line = bar.text.text()
    if pack.emergency:
        number = pack.emergency[0].value
        assert bar.emergency_number() == number
        assert line.startswith(_said("In danger now? Call %1").replace("%1", number))
    else:  # no pack of its own: the person's local number, never a made-up one
        assert line.startswith(_said("In danger now? Call your local emergency number"))
    assert bar.text.accessibleName() == line


def _services(app: HarbourApp) -> set[str]:
    """Ids of the services the guide's step shows."""
    app.window.show_page("guide")
    settle()
    page = app.window.page("guide")
    return {
        label.objectName().removeprefix("service_")
        for label in page.findChildren(QLabel)
        if label.objectName().startswith("service_") and label.isVisible()
    }


def test_choosing_a_region_in_settings_moves_everything_at_once(
    qtbot: QtBot, make_app: Callable[..., HarbourApp]
) -> None:
    app = make_app(language="en-GB", region="uk")
    example_diary(app)
    app.controller.guide.answer("danger")  # the crisis step lists emergency and crisis lines
    assert {"emergency", "samaritans"} <= _services(app)
    app.window.show_page("reports")
    settle_work(app)
    reports = app.window.page("reports")
    variant = reports.findChild(QComboBox, "reportsVariant")
    preview = reports.findChild(QPlainTextEdit, "reportsPreviewText")
    assert isinstance(variant, QComboBox) and isinstance(preview, QPlainTextEdit)
    assert variant.currentData() == "uk_101"
    english = load_catalog("en-GB")

    app.window.show_page("settings")
    combo = app.window.page("settings").findChild(QComboBox, "settingsRegion")
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    choose(qtbot, combo, "us")
    settle_work(app)

    assert app.controller.region == "us"
    assert _calls(app, "911")
    services = _services(app)
    assert "lifeline_988" in services and "samaritans" not in services
    assert variant.currentData() == "us_ic3"
    app.window.show_page("reports")
    settle_work(app)
    assert english.text("reports.variants.us_ic3.name") in preview.toPlainText()
    assert english.text("reports.variants.uk_101.name") not in preview.toPlainText()

    app.controller.set_region("au")
    settle_work(app)
    assert _calls(app, "000")
    assert variant.currentData() == load_region("au").report_variant
