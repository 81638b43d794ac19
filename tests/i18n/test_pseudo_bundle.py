"""The pseudolocale bundle, and the one seam that points Harbour at it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from core.content.catalog import load_catalog
from core.content.pseudo import is_pseudo, pseudo_text
from core.content.ts_check import check_ts_file
from core.paths import APP_ROOT_VARIABLE, app_root, resource_path
from ui.app import HarbourApp
from ui.i18n import Translations
from ui.pseudolocale import messages, pseudolocale, write_pseudo_ts

SOURCE_TS = Path(__file__).resolve().parents[2] / "translations" / "harbour_es_ES.ts"


def test_the_seam_moves_resources_and_translations_and_back(pseudo_root: Path) -> None:
    real = app_root()
    english = load_catalog("en-GB").text("guide.steps.breathe.title")
    with pseudolocale(pseudo_root):
        assert app_root() == pseudo_root
        assert resource_path("flows", "guide.toml").is_file()
        shown = load_catalog("en-GB").text("guide.steps.breathe.title")
        assert shown == pseudo_text(english)
        assert load_catalog("cy").text("guide.steps.breathe.title") != shown
    assert app_root() == real
    assert load_catalog("en-GB").text("guide.steps.breathe.title") == english


def test_the_seam_is_one_documented_variable(pseudo_root: Path) -> None:
    import os

    with pseudolocale(pseudo_root):
        assert os.environ[APP_ROOT_VARIABLE] == str(pseudo_root)
    assert APP_ROOT_VARIABLE not in os.environ


def test_every_ui_string_has_a_pseudo_translation_with_its_arguments(tmp_path: Path) -> None:
    target = tmp_path / "harbour_en_GB.ts"
    count = write_pseudo_ts(SOURCE_TS, target)
    assert count == len(messages(SOURCE_TS)) > 500
    assert check_ts_file(target) == []
    written = messages(target)
    assert [(m.context, m.source) for m in written] == [
        (m.context, m.source) for m in messages(SOURCE_TS)
    ]


def test_the_compiled_catalogues_switch_english_to_pseudo_and_back_to_welsh(pseudo: Path) -> None:
    translations = Translations()
    try:
        assert translations.switch("en-GB")
        lock = QCoreApplication.translate("MainWindow", "Lock")
        assert lock == pseudo_text("Lock")
        welsh = QTranslator()
        assert welsh.load(str(pseudo / "translations" / "harbour_cy.qm"))
        assert translations.switch("cy")
        expected = welsh.translate("MainWindow", "Lock") or "Lock"
        assert QCoreApplication.translate("MainWindow", "Lock") == expected != lock
    finally:
        translations.clear()
    assert QCoreApplication.translate("MainWindow", "Lock") != lock, "nothing is left installed"


def test_harbour_speaks_the_pseudolocale_in_english(
    pseudo: Path, make_app: Callable[..., HarbourApp]
) -> None:
    app = make_app()
    window = app.window
    assert is_pseudo(window.nav_buttons["diary"].text())
    assert is_pseudo(window.crisis_bar.more.text())
    assert "999" in window.crisis_bar.text.text(), "numbers stay as they are"
