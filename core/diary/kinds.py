"""Which table holds which kind of entry, and the text each kind gives to search."""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass
from decimal import Decimal

from core.diary.columns import column_names, decimal_text
from core.diary.normalise import phone_search_forms
from core.diary.records import (
    Action,
    Demand,
    Entry,
    EntryRecord,
    Evidence,
    Kind,
    Message,
    Note,
    Payment,
    Person,
)
from core.diary.validate import FIXED_FIELDS

_ENTRY_FIELDS = frozenset(f.name for f in dataclasses.fields(Entry))
_NOT_SEARCHED = frozenset({"blob_id", "mime", "file_kind"})


@dataclass(frozen=True)
class KindSpec:
    """One kind of entry: its record class and the table with its own fields."""

    kind: Kind
    record: type[EntryRecord]
    table: str

    @property
    def fields(self) -> tuple[str, ...]:
        """The record's own fields, stored in ``table``."""
        return tuple(f.name for f in dataclasses.fields(self.record) if f.name not in _ENTRY_FIELDS)

    @property
    def editable(self) -> tuple[str, ...]:
        """The fields an update may change."""
        return tuple(name for name in self.fields if name not in FIXED_FIELDS)

    def columns(self, names: tuple[str, ...]) -> list[str]:
        """The table columns of the given fields, in order."""
        return [col for name in names for col in column_names(self.record, name)]


SPECS: dict[Kind, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec(Kind.PERSON, Person, "person"),
        KindSpec(Kind.MESSAGE, Message, "message"),
        KindSpec(Kind.DEMAND, Demand, "demand"),
        KindSpec(Kind.PAYMENT, Payment, "payment"),
        KindSpec(Kind.ACTION, Action, "action_taken"),
        KindSpec(Kind.NOTE, Note, "note"),
        KindSpec(Kind.EVIDENCE, Evidence, "evidence"),
    )
}


def spec_for(record: type | EntryRecord) -> KindSpec:
    """The spec of a record class or instance."""
    cls = record if isinstance(record, type) else type(record)
    for spec in SPECS.values():
        if spec.record is cls:
            return spec
    raise TypeError(f"not a diary entry: {cls.__name__}")


def search_texts(record: EntryRecord) -> list[str]:
    """Every piece of text in an entry that search should find, phone numbers in all forms."""
    texts: list[str] = []
    for name in spec_for(record).fields:
        value = getattr(record, name)
        if name in _NOT_SEARCHED or value is None or isinstance(value, enum.Enum):
            continue
        if name == "phone":
            texts.extend(phone_search_forms(value))
        elif isinstance(value, Decimal):
            texts.append(decimal_text(value))
        elif isinstance(value, str):
            texts.append(value)
    return texts
