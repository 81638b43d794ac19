"""The inputs diary forms are made of, each with a label and a place for its problem.

Every input reads and writes text (``value`` / ``set_value``), so forms, prefills from the guide
and pasted text all go through the same path. Nothing here interprets what was typed: the form
parses it with core's locale-aware readers and shows every problem at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from babel.numbers import format_decimal, get_currency_name, list_currencies
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.content.catalog import Catalog
from core.content.platforms import GENERIC, load_platforms
from core.diary.currencies import CRYPTO_CURRENCIES
from core.diary.parsing import babel_locale
from ui.diary.formatting import date_text, platform_name, time_text
from ui.widgets.accessible import named, show_text
from ui.widgets.safe_label import SafeLabel

# Offered first: the regions Harbour covers, and where demands in police reports were made from.
COMMON_CURRENCIES = ("GBP", "EUR", "USD", "CAD", "AUD", "CHF", "MAD", "XOF", "NGN", "PHP", "INR")


class LineInput(QLineEdit):
    """One line of text."""

    def value(self) -> str:
        """What was typed."""
        return self.text()

    def set_value(self, text: str) -> None:
        """Show ``text``."""
        self.setText(text)


class TextInput(QPlainTextEdit):
    """Several lines (Tab moves on, so the keyboard never gets stuck in the box)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.lines = 4

    def sizeHint(self) -> QSize:
        """Room for a few lines; the box grows with the dialog."""
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * (self.lines + 1))

    def minimumSizeHint(self) -> QSize:
        """Never smaller than its usual few lines."""
        return self.sizeHint()

    def value(self) -> str:
        """What was typed."""
        return self.toPlainText()

    def set_value(self, text: str) -> None:
        """Show ``text``."""
        self.setPlainText(text)


class ChoiceInput(QComboBox):
    """A fixed list of choices; the value is the chosen item's key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)

    def value(self) -> str:
        """The chosen key ("" for none)."""
        data = self.currentData()
        return "" if data is None else str(data)

    def set_value(self, key: str) -> None:
        """Choose the item with ``key`` (if there is one)."""
        index = self.findData(key)
        if index >= 0:
            self.setCurrentIndex(index)

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        """Replace the items with ``(key, text)`` pairs, keeping the current choice."""
        keep = self.value()
        self.clear()
        for key, text in choices:
            self.addItem(text, key)
        self.set_value(keep)


class PlatformInput(QComboBox):
    """The app or site: a known platform from the list, or any name typed in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_catalog(self, catalog: Catalog) -> None:
        """(Re)fill the list with platform names in the current language."""
        keep = self.value()
        self.clear()
        self.addItem("", "")
        for pid in load_platforms():
            if pid != GENERIC:
                self.addItem(platform_name(pid, catalog), pid)
        self.set_value(keep)

    def value(self) -> str:
        """A platform id when the text names a known platform, else the text as typed."""
        text = self.currentText().strip()
        for index in range(self.count()):
            if self.itemText(index).casefold() == text.casefold():
                return str(self.itemData(index))
        return text

    def set_value(self, platform: str) -> None:
        """Show a platform id by its name, or other text as it is."""
        index = self.findData(platform)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(platform)


class WhenInput(QWidget):
    """A date and a time typed the way the person writes them, with a Now button."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.date = LineInput()
        self.time = LineInput()
        self.now_button = QPushButton()
        self.now_button.clicked.connect(self.set_now)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date, 3)
        row.addWidget(self.time, 2)
        row.addWidget(self.now_button)

    def name_parts(self, prefix: str) -> None:
        """Give the date, time and Now button object names under ``prefix``."""
        named(self.date, f"{prefix}Date")
        named(self.time, f"{prefix}Time")
        named(self.now_button, f"{prefix}Now")

    def retranslate(self, label: str, example: dt.datetime) -> None:
        """Accessible names and examples in the current language."""
        date_hint = self.tr("For example %1").replace("%1", date_text(example, self.language))
        time_hint = self.tr("For example %1").replace("%1", time_text(example, self.language))
        show_text(self.date, date_hint, self.tr("%1: date").replace("%1", label))
        show_text(self.time, time_hint, self.tr("%1: time").replace("%1", label))
        show_text(
            self.now_button,
            self.tr("Now"),
            self.tr("%1: set to now").replace("%1", label),
        )

    def set_now(self) -> None:
        """Fill in the present moment."""
        self.set_moment(dt.datetime.now().astimezone())

    def set_moment(self, moment: dt.datetime | None) -> None:
        """Show a moment (or nothing)."""
        self.date.setText(date_text(moment, self.language) if moment else "")
        self.time.setText(time_text(moment, self.language) if moment else "")

    def value(self) -> str:
        """The date and time as typed, for checks that only need to know if it is empty."""
        return f"{self.date.text()} {self.time.text()}".strip()

    def set_value(self, text: str) -> None:
        """Show an ISO 8601 moment (a prefill such as ``2026-11-05T21:40``)."""
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            self.date.setText(text)
            return
        self.set_moment(moment if moment.tzinfo else moment.astimezone())


class MoneyInput(QWidget):
    """An amount typed or pasted as written (``€500``, ``1.234,50``, ``0.05 BTC``) and a
    currency list: the usual ones, crypto-assets, then every other ISO 4217 code."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.amount = LineInput()
        self.currency = ChoiceInput()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount, 1)
        row.addWidget(self.currency, 1)
        self._fill_currencies()

    def _fill_currencies(self) -> None:
        locale = babel_locale(self.language)
        common = [(c, f"{c} · {get_currency_name(c, locale=locale)}") for c in COMMON_CURRENCIES]
        crypto = [(c, f"{c} · {name}") for c, name in CRYPTO_CURRENCIES.items()]
        rest = [(c, c) for c in sorted(list_currencies()) if c not in COMMON_CURRENCIES]
        self.currency.set_choices([*common, *crypto, *rest])
        self.currency.insertSeparator(len(common) + len(crypto))
        self.currency.insertSeparator(len(common))

    def name_parts(self, prefix: str) -> None:
        """Give the amount and currency object names under ``prefix``."""
        named(self.amount, f"{prefix}Amount")
        named(self.currency, f"{prefix}Currency")

    def retranslate(self, label: str) -> None:
        """Accessible names in the current language."""
        example = format_decimal(Decimal("1250.50"), "#,##0.00", locale=babel_locale(self.language))
        show_text(self.amount, self.tr("For example %1").replace("%1", str(example)), label)
        self.currency.setAccessibleName(self.tr("Currency"))

    def value(self) -> str:
        """The amount as typed."""
        return self.amount.text()

    def set_value(self, text: str) -> None:
        """Show an amount as text (with or without a currency sign)."""
        self.amount.setText(text)


Input = LineInput | TextInput | ChoiceInput | PlatformInput | WhenInput | MoneyInput


class Field:
    """One input with its label above a line where its problem is shown, in calm words."""

    def __init__(self, name: str, editor: Input) -> None:
        self.name = name
        self.editor = editor
        self.label = SafeLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.problem = SafeLabel()
        self.problem.setProperty("role", "warning")
        self.problem.hide()
        self.box = QWidget()
        column = QVBoxLayout(self.box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(self.problem)

    def focus_target(self) -> QWidget:
        """The widget that takes the keyboard when this field is wrong."""
        if isinstance(self.editor, WhenInput):
            return self.editor.date
        if isinstance(self.editor, MoneyInput):
            return self.editor.amount
        return self.editor

    def set_problem(self, text: str) -> None:
        """Show a problem under the input ("" hides it); screen readers hear it too."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.focus_target().setAccessibleDescription(text)
