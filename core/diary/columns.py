"""How record values become SQLite columns and back.

- A time is two columns: ``<name>_utc`` (ISO-8601 UTC text, microseconds, ``Z``; sorts as text)
  and ``<name>_offset`` (the UTC offset in minutes the person entered it with). Reading gives an
  aware datetime in that same offset. A naive datetime is taken as the computer's local time.
- Money is exact decimal text (``str(Decimal)`` in fixed-point form, e.g. ``"1234.50"``).
- Enums are stored as their values.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import typing
from decimal import Decimal
from typing import Any

UTC = dt.UTC
_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def now_utc() -> dt.datetime:
    """The current time in UTC."""
    return dt.datetime.now(UTC)


def utc_text(value: dt.datetime) -> str:
    """ISO-8601 UTC text that sorts correctly as a string."""
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(UTC).strftime(_FORMAT)


def offset_minutes(value: dt.datetime) -> int:
    """The offset the person entered the time with, in whole minutes."""
    aware = value if value.tzinfo is not None else value.astimezone()
    delta = aware.utcoffset() or dt.timedelta(0)
    return int(delta.total_seconds() // 60)


def from_utc_text(text: str | None, offset: int | None = None) -> dt.datetime | None:
    """An aware datetime from stored columns, shown in the offset it was entered with."""
    if text is None:
        return None
    value = dt.datetime.strptime(text, _FORMAT).replace(tzinfo=UTC)
    if offset is None:
        return value
    return value.astimezone(dt.timezone(dt.timedelta(minutes=offset)))


def sort_time(sort_at: str, offset: int | None) -> dt.datetime:
    """The time an entry sorts by (when it happened, else when it was written down)."""
    value = from_utc_text(sort_at, offset)
    assert value is not None
    return value


def decimal_text(value: Decimal) -> str:
    """Exact fixed-point text for an amount."""
    return format(value, "f")


@functools.cache
def field_types(record: type) -> dict[str, Any]:
    """The resolved type of each field of a record class (``X | None`` reduced to ``X``)."""
    resolved: dict[str, Any] = {}
    for name, hint in typing.get_type_hints(record).items():
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        resolved[name] = args[0] if args else hint
    return resolved


def column_names(record: type, name: str) -> tuple[str, ...]:
    """The column(s) a field is stored in."""
    if field_types(record)[name] is dt.datetime:
        base = name.removesuffix("_at")
        return (f"{base}_utc", f"{base}_offset")
    return (name,)


def to_columns(record: type, name: str, value: Any) -> tuple[Any, ...]:
    """The column value(s) for one field."""
    kind = field_types(record)[name]
    if kind is dt.datetime:
        return (None, None) if value is None else (utc_text(value), offset_minutes(value))
    if value is None:
        return (None,)
    if kind is Decimal:
        return (decimal_text(value),)
    if isinstance(value, enum.Enum):
        return (value.value,)
    return (value,)


def from_columns(record: type, name: str, values: tuple[Any, ...]) -> Any:
    """The field value from its column value(s)."""
    kind = field_types(record)[name]
    if kind is dt.datetime:
        return from_utc_text(values[0], values[1])
    value = values[0]
    if value is None:
        return None
    if kind is Decimal:
        return Decimal(value)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    return value
