"""How each kind of diary record is described in a report: its kind in words, and its fields.

Only fields with a value are listed. Values the person typed stay exactly as typed (apart from
characters that cannot be printed); amounts, times and sizes are formatted for the language.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from core.content.catalog import Catalog
from core.diary.records import (
    Action,
    Demand,
    Direction,
    EntryRecord,
    Evidence,
    Message,
    Note,
    Payment,
    Person,
    Role,
)
from core.reports.formatting import Formatter
from core.reports.model import Report
from core.reports.view import Field, display_name, printable

PERSON_FIELDS = (
    "platform",
    "username",
    "display_name",
    "profile_url",
    "phone",
    "email",
    "iban",
    "payment_account",
    "wallet",
    "notes",
)
_KIND_KEYS = {Demand: "demand", Payment: "payment", Note: "note", Evidence: "evidence"}


class _Fields:
    """Collects one record's fields."""

    def __init__(self, words: RecordWords) -> None:
        self.words = words
        self.out: list[Field] = []

    def user(self, name: str, value: str | None) -> None:
        if value:
            self.out.append(Field(self.words.t(f"fields.{name}"), printable(value)))

    def ours(self, name: str, value: str, *, mono: bool = False) -> None:
        self.out.append(Field(self.words.t(f"fields.{name}"), value, user=False, mono=mono))

    def money(self, amount: Decimal | None, currency: str | None) -> None:
        if amount is not None or currency:
            self.ours("amount", self.words.fmt.money(amount, currency))

    def moment(self, name: str, value: dt.datetime | None) -> None:
        if value is not None:
            self.ours(name, self.words.fmt.when(value))

    def person(self, person_id: int | None) -> None:
        self.user("person", self.words.report.person_label(person_id))


class RecordWords:
    """Describes the records of one report in one language."""

    def __init__(self, report: Report, catalog: Catalog, fmt: Formatter) -> None:
        self.report, self.catalog, self.fmt = report, catalog, fmt

    def t(self, key: str, **values: object) -> str:
        """Report wording (``reports.<key>``)."""
        return self.catalog.text(f"reports.{key}", **values)

    def kind(self, record: EntryRecord) -> str:
        """What the record is, in words ("Payment", "Message or contact from them" ...)."""
        if isinstance(record, Message):
            incoming = record.direction is Direction.INCOMING
            return self.t("kinds.message_incoming" if incoming else "kinds.message_outgoing")
        if isinstance(record, Action):
            return self.t(f"actions.{record.kind.value}")
        if isinstance(record, Person):
            return self.t("kinds.offender" if record.role is Role.OFFENDER else "kinds.other")
        return self.t(f"kinds.{_KIND_KEYS[type(record)]}")

    def fields(self, record: EntryRecord) -> tuple[Field, ...]:
        """The record's details as labelled fields, in the order a reader expects."""
        f = _Fields(self)
        if isinstance(record, Person):
            for name in PERSON_FIELDS:
                f.user(name, getattr(record, name))
        elif isinstance(record, Message):
            f.user("platform", record.platform)
            f.person(record.person_id)
            f.user("content", record.content)
            f.user("threat", record.threat)
        elif isinstance(record, Demand):
            f.money(record.amount, record.currency)
            f.user("method", record.method)
            f.moment("deadline", record.deadline)
            f.user("destination", record.destination)
            f.person(record.person_id)
        elif isinstance(record, Payment):
            f.money(record.amount, record.currency)
            f.user("method", record.method)
            f.user("recipient", record.recipient)
            f.user("reference", record.reference)
            f.person(record.person_id)
        elif isinstance(record, Action):
            f.user("platform", record.platform)
            f.user("reference", record.reference)
            f.user("notes", record.notes)
        elif isinstance(record, Note):
            f.user("text", record.text)
        else:
            self._evidence(f, record)
        return tuple(f.out)

    def _evidence(self, f: _Fields, record: Evidence) -> None:
        f.user("file_name", display_name(record.original_name))
        if record.file_kind:
            f.ours("file_kind", self.t(f"file_kinds.{record.file_kind}"))
        if record.size is not None:
            f.ours("size", self.fmt.size(record.size))
        if record.sha256:
            f.ours("sha256", record.sha256, mono=True)
        f.moment("time", record.at)
        f.moment("added", record.created_at)
        f.moment("file_modified", record.file_modified_at)
        f.user("description", record.description)
        f.user("where_seen", record.where_seen)
        f.user("note", record.note)
        if record.blob_id is None:
            f.ours("kept", self.t("evidence.hash_only"))
        elif self.report.under18 and record.file_kind in ("image", "video"):
            f.ours("kept", self.t("evidence.withheld"))
