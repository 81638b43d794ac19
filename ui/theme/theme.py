"""Apply the light or dark palette to the one style sheet, and load the SVG icons."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from core.paths import resource_path

LIGHT = {
    "text": "#1f2a30",
    "muted": "#4f5f68",
    "window": "#f6f8f7",
    "header": "#eaf0ee",
    "card": "#ffffff",
    "field": "#ffffff",
    "border": "#b8c6c2",
    "button": "#ffffff",
    "hover": "#dde8e5",
    "accent": "#1f6f6b",
    "accentSoft": "#cfe6e3",
    "accentText": "#123f3d",
    "onAccent": "#ffffff",
    "focus": "#1a56a8",
    "crisis": "#fff1d6",
    "crisisText": "#4a3000",
    "exit": "#5b3c8c",
    "exitHover": "#4a2f75",
    "onExit": "#ffffff",
    "warning": "#8a3b00",
}
DARK = {
    "text": "#e8eeec",
    "muted": "#b3c2bd",
    "window": "#161c1e",
    "header": "#1e2628",
    "card": "#222b2e",
    "field": "#1b2224",
    "border": "#41514f",
    "button": "#263033",
    "hover": "#2f3c3f",
    "accent": "#5fb3ab",
    "accentSoft": "#244543",
    "accentText": "#d8f1ee",
    "onAccent": "#0d1716",
    "focus": "#8ab4ff",
    "crisis": "#3b2f17",
    "crisisText": "#ffe2a8",
    "exit": "#9f85d1",
    "exitHover": "#b49ce0",
    "onExit": "#120b1f",
    "warning": "#ffb37a",
}


def wants_dark(choice: str) -> bool:
    """True for "dark", or for "system" when the desktop prefers a dark scheme."""
    if choice in ("light", "dark"):
        return choice == "dark"
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def style_sheet(dark: bool) -> str:
    """The QSS with the chosen palette filled in."""
    palette = DARK if dark else LIGHT
    template = resource_path("theme", "harbour.qss").read_text(encoding="utf-8")
    return re.sub(r"@(\w+)", lambda m: palette[m.group(1)], template)


def apply_theme(app: QApplication, choice: str = "system") -> None:
    """Style the whole application."""
    app.setStyle("Fusion")
    app.setStyleSheet(style_sheet(wants_dark(choice)))


@cache
def icon(name: str) -> QIcon:
    """An SVG icon from ``resources/icons``."""
    return QIcon(str(resource_path("icons", f"{name}.svg")))
