"""The report preview: formatted (read-only HTML that follows no link and loads nothing) or as
the plain text that will be saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QTextBrowser, QVBoxLayout, QWidget

from ui.widgets.accessible import named, show_text
from ui.widgets.follows_language import FollowsLanguage


class ReportBrowser(QTextBrowser):
    """Shows report HTML: links are never followed, no image or file is ever loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        """Refuse every resource (images, style sheets, anything named in the HTML)."""
        return None


class ReportPreview(FollowsLanguage, QWidget):
    """A report shown formatted, or as plain text at the tick of a box."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, name)
        self.as_text = named(QCheckBox(), f"{name}AsText")
        self.browser = named(ReportBrowser(), f"{name}Html")
        self.text = named(QPlainTextEdit(), f"{name}Text")
        self.text.setReadOnly(True)
        self.text.hide()
        self.as_text.toggled.connect(self._show_text)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.as_text)
        column.addWidget(self.browser, 1)
        column.addWidget(self.text, 1)
        self.retranslate()

    def show_report(self, html: str, text: str) -> None:
        """Show a report (keeping the reader's place as far as possible)."""
        position = self.browser.verticalScrollBar().value()
        self.browser.setHtml(html)
        self.browser.verticalScrollBar().setValue(position)
        self.text.setPlainText(text)

    def _show_text(self, on: bool) -> None:
        self.browser.setVisible(not on)
        self.text.setVisible(on)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""
        show_text(self.as_text, self.tr("Show as plain text"))
        self.browser.setAccessibleName(self.tr("Report preview"))
        self.text.setAccessibleName(self.tr("Report preview as plain text"))
