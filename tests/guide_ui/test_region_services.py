"""The services on each step follow the region and the person's age; their dates are honest."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.guide_ui.conftest import ADULT_WHO_PAID, UNDER_18_IN_CONTACT, page_of, walk_until
from tests.guide_ui.helpers import choose, settle, shown_child
from ui.app import HarbourApp


def shown_services(app: HarbourApp) -> set[str]:
    """Ids of the services the current step shows."""
    box = page_of(app).steps.services
    settle()
    return {
        label.objectName().removeprefix("service_")
        for label in box.findChildren(QLabel)
        if label.objectName().startswith("service_") and label.isVisible()
    }


def test_changing_the_region_on_the_first_screen_changes_services_and_crisis_bar(
    qtbot: QtBot, harbour: HarbourApp
) -> None:
    controller, guide = harbour.controller, harbour.controller.guide
    controller.set_region("uk")
    guide.answer("danger")
    assert guide.step.id == "crisis"
    assert {"emergency", "samaritans"} <= shown_services(harbour)
    assert "999" in harbour.window.crisis_bar.text.text()

    guide.back()
    region = page_of(harbour).steps.region
    settle()
    assert region.isVisible() and region.change_button.isVisible()
    qtbot.mouseClick(region.change_button, Qt.MouseButton.LeftButton)
    assert region.chooser.isVisible()
    choose(qtbot, region.chooser, "es")
    assert controller.region == "es"
    assert "Spain" in region.showing.text()
    assert "112" in harbour.window.crisis_bar.text.text(), "the crisis bar follows at once"
    guide.answer("danger")
    services = shown_services(harbour)
    assert "linea_024" in services and "samaritans" not in services
    assert guide.state.context["region"] == "es"


def test_under_18_gets_child_services_and_never_stopncii(harbour: HarbourApp) -> None:
    harbour.controller.set_region("uk")
    guide = harbour.controller.guide
    walk_until(guide, UNDER_18_IN_CONTACT, "removal_child")
    services = shown_services(harbour)
    assert {"report_remove", "take_it_down"} <= services
    assert "stopncii" not in services
    assert harbour.controller.age_group == "under18"
    walk_until(guide, {**UNDER_18_IN_CONTACT, "shared": "yes"}, "family_shared")
    assert "stopncii" not in shown_services(harbour)
    walk_until(guide, UNDER_18_IN_CONTACT, "support")
    assert "childline" in shown_services(harbour)

    guide.restart()
    walk_until(guide, ADULT_WHO_PAID, "removal_adult")
    assert "stopncii" in shown_services(harbour), "adults do get StopNCII"


def test_when_the_facts_were_checked_and_when_they_are_stale(harbour: HarbourApp) -> None:
    harbour.controller.set_region("uk")
    guide = harbour.controller.guide
    box = page_of(harbour).steps.services
    guide.clock = lambda: date(2027, 3, 1)
    guide.answer("danger")
    checked = shown_child(box, QLabel, "guideServicesChecked")
    assert checked.text() == "Last checked on 1 November 2026."
    assert checked.property("role") == "hint"
    guide.clock = lambda: date(2028, 1, 15)
    guide.back()
    guide.answer("danger")
    stale = shown_child(box, QLabel, "guideServicesChecked")
    assert "more than 12 months ago" in stale.text()
    assert stale.property("role") == "warning"
