"""Switching the UI language at run time with Qt Linguist catalogues (``translations/*.qm``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core.content.languages import DEFAULT_LANGUAGE
from core.paths import app_root


def qm_name(lang: str) -> str:
    """Catalogue base name for a Harbour language code, e.g. ``harbour_es_ES``."""
    return "harbour_" + lang.replace("-", "_")


class Translations:
    """Owns the installed translators; ``switch`` swaps them (widgets get LanguageChange).

    Translators are installed on the one application object, so the list is shared by every
    instance: switching always removes whatever an earlier window installed.
    """

    _installed: list[QTranslator] = []  # noqa: RUF012 - shared on purpose, see above

    def __init__(self) -> None:
        self.language = DEFAULT_LANGUAGE

    def switch(self, lang: str) -> bool:
        """Install ``lang``'s catalogues; False if Harbour's own catalogue is missing."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        self.language = lang
        QLocale.setDefault(QLocale(lang.replace("-", "_")))
        if lang == DEFAULT_LANGUAGE or app is None:
            return True
        ours = QTranslator(app)
        found = ours.load(qm_name(lang), str(app_root() / "translations"))
        if found:
            QCoreApplication.installTranslator(ours)
            self._installed.append(ours)
        qt_base = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(QLocale(lang.replace("-", "_")), "qtbase", "_", qt_dir):
            QCoreApplication.installTranslator(qt_base)
            self._installed.append(qt_base)
        return found
