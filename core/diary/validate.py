"""Tidy and check a record before it is saved, collecting every problem at once."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

from core.diary import normalise
from core.diary.columns import field_types
from core.diary.errors import Code, Problem, ValidationError
from core.diary.records import Case, EntryRecord

R = TypeVar("R", bound="Case | EntryRecord")

MULTILINE_FIELDS = frozenset({"notes", "content", "threat", "text", "description", "note"})
# Set once by the evidence importer and never retyped: stored exactly as given.
FIXED_FIELDS = frozenset(
    {"id", "case_id", "created_at", "updated_at", "deleted_at", "closed_at", "original_name"}
    | {"size", "mime", "file_kind", "sha256", "file_modified_at", "blob_id"}
)


def _checker(name: str, region: str | None) -> Callable[[str, str | None], str | None] | None:
    checkers: dict[str, Callable[[str, str | None], str | None]] = {
        "phone": lambda f, v: normalise.normalise_phone(f, v, region),
        "iban": normalise.normalise_iban,
        "profile_url": normalise.normalise_url,
        "email": normalise.normalise_email,
        "currency": normalise.normalise_currency,
        "region": normalise.normalise_region,
    }
    return checkers.get(name)


def _well_formed(text: str | None) -> str | None:
    """Join surrogate pairs and turn lone surrogates (broken UTF-16 from a paste) into U+FFFD,
    which SQLite can store: a lone surrogate cannot be encoded as UTF-8 at all."""
    if text is None:
        return None
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _tidy(name: str, kind: Any, value: Any, region: str | None) -> Any:
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        try:
            return kind(value)
        except ValueError as exc:
            raise ValidationError.single(name, Code.CHOICE_INVALID) from exc
    if kind is Decimal and value is not None:
        if not isinstance(value, Decimal) or not value.is_finite():
            raise ValidationError.single(name, Code.AMOUNT_INVALID)
        if value < 0:
            raise ValidationError.single(name, Code.AMOUNT_NEGATIVE)
        return value
    if kind is str:
        if value is not None and not isinstance(value, str):
            raise ValidationError.single(name, Code.CHOICE_INVALID)
        value = _well_formed(value)
        checker = _checker(name, region)
        if checker is not None:
            return checker(name, value)
        if name in MULTILINE_FIELDS:
            return normalise.clean_text(value)
        return normalise.clean_line(value)
    return value


def prepare(record: R, region: str | None = None) -> R:
    """A tidied copy of ``record`` (a ``Case`` or entry) or ``ValidationError`` with all problems.

    ``region`` is the case's region: phone numbers typed without ``+`` are read in its country.
    """
    changes: dict[str, Any] = {}
    problems: list[Problem] = []
    record_type: type = type(record)
    types = field_types(record_type)
    for name, kind in types.items():
        if name in FIXED_FIELDS:
            continue
        try:
            changes[name] = _tidy(name, kind, getattr(record, name), region)
        except ValidationError as exc:
            problems.extend(exc.problems)
    amount_alone = changes.get("amount") is not None and changes.get("currency") is None
    if amount_alone and not any(p.field == "currency" for p in problems):
        problems.append(Problem("currency", Code.CURRENCY_MISSING))
    if problems:
        raise ValidationError(problems)
    return dataclasses.replace(record, **changes)
