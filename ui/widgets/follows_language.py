"""Widgets that re-word themselves when the person changes the language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _Base = QWidget
else:
    _Base = object


class FollowsLanguage(_Base):
    """Mix in before the Qt base class: ``retranslate`` runs on every language change.

    ``class SettingsPage(FollowsLanguage, QWidget)``; the class sets all its texts in
    ``retranslate``, so switching language never needs a restart.
    """

    def retranslate(self) -> None:
        """Set every visible text in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        """Follow language changes, then let Qt handle the event as usual."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
