"""Stable error codes for the diary: the UI turns each ``(field, code)`` into words.

Core never hands out English sentences for users. A form that fails validation raises
``ValidationError`` with every problem found, so the form can mark all wrong fields at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Code(StrEnum):
    """Every validation code the diary uses."""

    REQUIRED = "value.required"
    CHOICE_INVALID = "choice.invalid"
    PHONE_INVALID = "phone.invalid"
    PHONE_NEEDS_COUNTRY = "phone.needs_country"
    IBAN_INVALID = "iban.invalid"
    IBAN_CHECKSUM = "iban.checksum"
    IBAN_LENGTH = "iban.length"
    IBAN_COUNTRY = "iban.country"
    URL_INVALID = "url.invalid"
    URL_SCHEME = "url.scheme"
    EMAIL_INVALID = "email.invalid"
    AMOUNT_INVALID = "amount.invalid"
    AMOUNT_NEGATIVE = "amount.negative"
    CURRENCY_UNKNOWN = "currency.unknown"
    CURRENCY_MISSING = "currency.missing"
    DATE_INVALID = "date.invalid"
    TIME_INVALID = "time.invalid"
    REGION_UNKNOWN = "region.unknown"
    SHA256_INVALID = "sha256.invalid"
    LINK_INVALID = "link.invalid"


@dataclass(frozen=True)
class Problem:
    """One wrong field: which field, and a stable code."""

    field: str
    code: Code


class ValidationError(ValueError):
    """Raised with every problem found in one record."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(", ".join(f"{p.field}:{p.code}" for p in problems))
        self.problems = tuple(problems)

    @classmethod
    def single(cls, field: str, code: Code) -> ValidationError:
        """A validation error for one field."""
        return cls([Problem(field, code)])


class NotFoundError(LookupError):
    """No live case or entry has this id (code ``entry.not_found`` / ``case.not_found``)."""

    def __init__(self, what: str, ident: int) -> None:
        super().__init__(f"{what}.not_found:{ident}")
        self.code = f"{what}.not_found"
        self.ident = ident
