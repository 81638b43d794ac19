"""What every diary form shares: fields, defaults, prefills, all problems at once, saving.

A form is quick to fill while upset: the time is already now, the platform is the one used
last, the currency is the usual one, and anything can be pasted as it appeared. On Save the
whole form is read with core's locale-aware parsers and checked with core's own validation, so
every wrong field is marked in one go and nothing is saved until all is well.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QWidget
from shiboken6 import isValid

from core import diary
from core.diary.errors import Code, Problem, ValidationError
from core.diary.records import EntryRecord, Person
from core.diary.validate import prepare
from core.vault.migrations import Connection
from ui.controller import Controller
from ui.diary.fields import (
    ChoiceInput,
    Field,
    Input,
    LineInput,
    MoneyInput,
    PlatformInput,
    TextInput,
    WhenInput,
)
from ui.diary.formatting import amount_text, platform_name
from ui.diary.messages import problem_message, save_failed_message
from ui.widgets.accessible import named, show_text
from ui.widgets.dialog import HarbourDialog
from ui.widgets.fonts import scaled
from ui.widgets.safe_label import SafeLabel
from ui.widgets.sizing import fit_to_text, scrolling


class EntryForm(HarbourDialog):
    """Base of the six entry forms; subclasses add fields in ``build`` and words in ``texts``."""

    saved = Signal(object)  # the stored record

    record_type: ClassVar[type[EntryRecord]]
    prefix: ClassVar[str]  # objectName prefix, e.g. "demandForm"
    required_any: ClassVar[tuple[str, ...]] = ()  # at least one of these must be filled

    def __init__(
        self,
        controller: Controller,
        record: EntryRecord | None = None,
        prefill: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(controller, parent)
        named(self, self.prefix)
        self.record = record
        self.language = controller.language
        self.fields: dict[str, Field] = {}
        self.heading = SafeLabel(name=f"{self.prefix}Heading")
        scaled(self.heading, 1.3, bold=True)
        self.intro = SafeLabel(name=f"{self.prefix}Intro")
        self.intro.setProperty("role", "hint")
        self.summary = SafeLabel(name=f"{self.prefix}Problems")
        self.summary.setProperty("role", "warning")
        self.summary.hide()
        self.layout_form = QFormLayout()
        self.layout_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        inner = QWidget()
        inner.setLayout(self.layout_form)
        scroll = scrolling(inner)
        self.save_button = named(QPushButton(), f"{self.prefix}Save")
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.cancel_button = named(QPushButton(), f"{self.prefix}Cancel")
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addWidget(self.save_button)
        for widget in (self.heading, self.intro, self.summary):
            self.body.addWidget(widget)
        self.body.addWidget(scroll, 1)
        self.body.addLayout(self.buttons)

        self.build()
        self.retranslate()  # fills the choice lists, so a prefill can pick from them
        self.fill(record, prefill or {})
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        lines = self.fontMetrics().lineSpacing()
        scroll.setMinimumHeight(min(inner.sizeHint().height() + lines * 2, lines * 26))
        fit_to_text(self, 100)

    # --- building ----------------------------------------------------------------------------

    def build(self) -> None:
        """Add the fields (subclasses)."""
        raise NotImplementedError

    def texts(self) -> dict[str, tuple[str, str]]:
        """Words: ``heading``, ``edit``, ``intro`` and each field's ``(label, tip)``."""
        raise NotImplementedError

    def required(self) -> tuple[str, ...]:
        """Fields of which at least one must be filled in."""
        return self.required_any

    def add(self, name: str, editor: Input) -> Field:
        """Add an input for the record field ``name`` (``at``, ``amount``... for composites)."""
        field = Field(name, editor)
        base = f"{self.prefix}_{name}"
        if isinstance(editor, WhenInput | MoneyInput):
            editor.name_parts(base)
        else:
            named(editor, base)
        field.label.setObjectName(f"{base}Label")
        field.problem.setObjectName(f"{base}Problem")
        field.label.setBuddy(field.focus_target())
        self.layout_form.addRow(field.label, field.box)
        self.fields[name] = field
        return field

    def add_line(self, name: str) -> LineInput:
        """Add a one-line text field."""
        editor = LineInput()
        self.add(name, editor)
        return editor

    def add_text(self, name: str) -> TextInput:
        """Add a multi-line text field."""
        editor = TextInput()
        self.add(name, editor)
        return editor

    def add_choice(self, name: str) -> ChoiceInput:
        """Add a fixed list (its items are set in ``retranslate``)."""
        editor = ChoiceInput()
        self.add(name, editor)
        return editor

    def add_platform(self) -> PlatformInput:
        """Add the platform field, starting on the platform used last."""
        editor = PlatformInput()
        editor.set_catalog(self.controller.catalog)
        self.add("platform", editor)
        return editor

    def add_when(self, name: str = "at") -> WhenInput:
        """Add a date-and-time field."""
        editor = WhenInput(self.language)
        self.add(name, editor)
        return editor

    def add_money(self) -> MoneyInput:
        """Add the amount and currency."""
        editor = MoneyInput(self.language)
        self.add("amount", editor)
        return editor

    def add_person(self) -> ChoiceInput:
        """Add "who was it" listing the accounts and people in the case."""
        editor = self.add_choice("person_id")
        choices = [("", self.tr("Not sure, or not listed"))]
        case_id = self.controller.diary.current_case_id
        if case_id is not None:
            for person in diary.list_entries(self.controller.diary.conn, case_id, Person):
                who = person.username or person.display_name or person.phone or person.email
                where = platform_name(person.platform, self.controller.catalog)
                label = f"{who or '?'} ({where})" if where else who or "?"
                choices.append((str(person.id), " ".join(label.split())))
        editor.set_choices(choices)
        return editor

    # --- filling -----------------------------------------------------------------------------

    def fill(self, record: EntryRecord | None, prefill: Mapping[str, str]) -> None:
        """Show a stored record, or the defaults for a new one; then apply the prefill."""
        if record is None:
            self.defaults()
        else:
            for name, field in self.fields.items():
                self._show(field, getattr(record, name, None), record)
        for name, text in prefill.items():
            if name in self.fields:
                self.fields[name].editor.set_value(text)

    def defaults(self) -> None:
        """A new entry: now, the platform used last, the usual currency."""
        for field in self.fields.values():
            if isinstance(field.editor, WhenInput) and field.name == "at":
                field.editor.set_now()
            elif isinstance(field.editor, PlatformInput):
                field.editor.set_value(self.controller.diary.last_platform() or "")
            elif isinstance(field.editor, MoneyInput):
                field.editor.currency.set_value(self.controller.diary.default_currency())

    def _show(self, field: Field, value: Any, record: EntryRecord) -> None:
        editor = field.editor
        if isinstance(editor, WhenInput):
            editor.set_moment(value)
        elif isinstance(editor, MoneyInput):
            editor.set_value(amount_text(value, self.language))
            editor.currency.set_value(getattr(record, "currency", None) or "")
        elif isinstance(value, enum.Enum):
            editor.set_value(str(value.value))
        elif value is not None:
            editor.set_value(str(value))

    # --- reading and checking ----------------------------------------------------------------

    def _read(self, field: Field, values: dict[str, Any]) -> None:
        editor, name = field.editor, field.name
        if isinstance(editor, WhenInput):
            try:
                values[name] = diary.parse_when(
                    editor.date.text(), editor.time.text(), self.language
                )
            except ValidationError as exc:
                raise ValidationError([Problem(name, p.code) for p in exc.problems]) from exc
        elif isinstance(editor, MoneyInput):
            values["currency"] = editor.currency.value() or None
            money = diary.parse_money("amount", editor.value(), self.language)
            values["amount"] = money.amount if money else None
            if money is not None and money.currency:
                values["currency"] = money.currency
        elif name == "person_id":
            values[name] = int(editor.value()) if editor.value() else None
        else:
            values[name] = editor.value() or None

    def collect(self) -> tuple[EntryRecord, list[Problem]]:
        """The record the form describes, and every problem with it (empty when all is well)."""
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        for field in self.fields.values():
            try:
                self._read(field, values)
            except ValidationError as exc:
                problems.extend(exc.problems)
        needed = self.required()
        if needed and not any(self.fields[n].editor.value().strip() for n in needed):
            problems.append(Problem(needed[0], Code.REQUIRED))
        base = self.record if self.record is not None else self.record_type()
        known = {f.name for f in dataclasses.fields(base)}
        record = dataclasses.replace(base, **{k: v for k, v in values.items() if k in known})
        wrong = {p.field for p in problems}
        try:
            record = prepare(record, self.controller.diary.case_region)
        except ValidationError as exc:
            problems.extend(p for p in exc.problems if p.field not in wrong)
        return record, problems

    def show_problems(self, problems: list[Problem]) -> None:
        """Mark every wrong field at once, say how many, and put the keyboard on the first."""
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            target = _field_for(problem.field, self.fields)
            by_field.setdefault(target, []).append(problem_message(problem.code))
        for name, field in self.fields.items():
            field.set_problem(" ".join(dict.fromkeys(by_field.get(name, []))))
        unplaced = [m for name, texts in by_field.items() if name not in self.fields for m in texts]
        if by_field:
            count = len([n for n in by_field if n in self.fields])
            text = (
                self.tr("Please check the part marked below.")
                if count == 1
                else self.tr("Please check the %1 parts marked below.").replace("%1", str(count))
            )
            self.summary.setText(" ".join([text, *unplaced]))
        self.summary.setVisible(bool(by_field))
        first = next((f for f in self.fields.values() if f.problem.text()), None)
        if first is not None:
            first.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    # --- saving ------------------------------------------------------------------------------

    def store(self, conn: Connection, case_id: int, record: EntryRecord) -> EntryRecord:
        """Save on the diary's thread: add a new entry or update the one being edited."""
        if record.id is None:
            return diary.add(conn, case_id, record)
        return diary.update(conn, record)

    def save(self) -> None:
        """Check everything; if all is well, save in the background and close."""
        record, problems = self.collect()
        self.show_problems(problems)
        if problems:
            return
        case_id = self.controller.diary.ensure_case()
        self.save_button.setEnabled(False)
        self.controller.diary.write(
            lambda conn: self.store(conn, case_id, record), self._saved, self._failed
        )

    def _saved(self, stored: EntryRecord) -> None:
        if not isValid(self):
            return
        self.record = stored
        self.saved.emit(stored)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        if not isValid(self):
            return
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_problems(list(exc.problems))
        else:
            self.summary.setText(save_failed_message())
            self.summary.show()

    # --- words -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every label, name and hint in the current language."""
        texts = self.texts()
        heading = texts["heading"][0] if self.record is None else texts["edit"][0]
        self.setWindowTitle(heading)
        self.heading.setText(heading)
        self.intro.setText(texts["intro"][0])
        self.intro.setVisible(bool(texts["intro"][0]))
        show_text(self.save_button, self.tr("Save"), tip=self.tr("Save this in your diary"))
        show_text(self.cancel_button, self.tr("Cancel"))
        example = dt.datetime(2026, 11, 5, 21, 40).astimezone()
        for name, field in self.fields.items():
            label, tip = texts[name]
            field.label.setText(label)
            editor = field.editor
            if isinstance(editor, WhenInput):
                editor.retranslate(label, example)
            elif isinstance(editor, MoneyInput):
                editor.retranslate(label)
            else:
                editor.setAccessibleName(label)
            if tip:
                field.focus_target().setToolTip(tip)
                if isinstance(editor, LineInput | TextInput):
                    editor.setPlaceholderText(tip)


def _field_for(problem_field: str, fields: Mapping[str, Field]) -> str:
    """Which input a problem belongs to (the currency is part of the amount input)."""
    if problem_field == "currency" and "amount" in fields:
        return "amount"
    return problem_field
