"""Switching the UI language at run time with Qt Linguist catalogues (``translations/*.qm``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

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
        """Install ``lang``'s catalogues; False if Harbour's own catalogue is missing.

        en-GB needs none (the source strings are British English), but one is installed if
        present: that is how the pseudolocale (``ui.pseudolocale``) stands in for English.
        Every widget gets a LanguageChange event when the language changes, even if no
        catalogue came or went (a language whose catalogue is missing still changes dates,
        money and content).
        """
        app = QCoreApplication.instance()
        qt_tells_widgets = bool(self._installed)  # removing or adding a catalogue does
        before, self.language = self.language, lang
        self.clear()
        QLocale.setDefault(QLocale(lang.replace("-", "_")))
        if app is None:
            return True
        ours = QTranslator(app)
        found = ours.load(qm_name(lang), str(app_root() / "translations"))
        if found:
            self._add(ours)
        qt_base = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if lang != DEFAULT_LANGUAGE and qt_base.load(
            QLocale(lang.replace("-", "_")), "qtbase", "_", qt_dir
        ):
            self._add(qt_base)
        if lang != before and not (qt_tells_widgets or self._installed):
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
        return found or lang == DEFAULT_LANGUAGE

    def _add(self, translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        self._installed.append(translator)

    def clear(self) -> None:
        """Remove the catalogues this object installed (Qt shows the source strings again)."""
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
