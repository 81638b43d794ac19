"""The report model: everything one case holds, read once from the diary, in time order.

``build_report(conn, case_id)`` gives a ``Report``: the case, its whole timeline, the records of
each kind (in time order), the money totals per currency, and the person's own statement. It
holds no wording: ``core.reports.view`` turns it into the words of one report form, and other
exports (platform and bank texts, a school's safeguarding chronology) can read it directly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import TypeVar

from core.diary import Totals, get_case, timeline, timeline_count, totals
from core.diary.records import (
    Action,
    ActionKind,
    AgeGroup,
    Case,
    Demand,
    EntryRecord,
    Evidence,
    Message,
    Note,
    Payment,
    Person,
    Role,
)
from core.diary.timeline import TimelineItem
from core.reports.statement import get_statement
from core.vault.migrations import Connection

R = TypeVar("R", bound=EntryRecord)


class IdentifierKind(StrEnum):
    """What kind of detail identifies the person blackmailing (IC3's "subject identifiers")."""

    USERNAME = "username"
    DISPLAY_NAME = "display_name"
    PROFILE_URL = "profile_url"
    EMAIL = "email"
    PHONE = "phone"
    IBAN = "iban"
    PAYMENT_ACCOUNT = "payment_account"
    WALLET = "wallet"
    DESTINATION = "destination"  # where a demand said to send money
    RECIPIENT = "recipient"  # who a payment went to


@dataclass(frozen=True)
class Identifier:
    """One identifying detail, the platform it belongs to, and the account it came from."""

    kind: IdentifierKind
    value: str
    platform: str | None = None
    person_id: int | None = None


_PERSON_IDENTIFIERS = (
    IdentifierKind.USERNAME,
    IdentifierKind.DISPLAY_NAME,
    IdentifierKind.PROFILE_URL,
    IdentifierKind.EMAIL,
    IdentifierKind.PHONE,
    IdentifierKind.IBAN,
    IdentifierKind.PAYMENT_ACCOUNT,
    IdentifierKind.WALLET,
)


@dataclass(frozen=True)
class Report:
    """One case, ready to be put into words. Tuples are in time order (oldest first)."""

    case: Case
    generated_at: dt.datetime
    timeline: tuple[TimelineItem, ...]
    statement: str | None
    totals: Totals

    def records(self, kind: type[R]) -> tuple[R, ...]:
        """Every live record of one kind, in time order."""
        return tuple(item.record for item in self.timeline if isinstance(item.record, kind))

    @property
    def people(self) -> tuple[Person, ...]:
        """Accounts and people recorded, the person blackmailing first."""
        people = self.records(Person)
        return tuple(p for p in people if p.role is Role.OFFENDER) + tuple(
            p for p in people if p.role is not Role.OFFENDER
        )

    @property
    def messages(self) -> tuple[Message, ...]:
        """Messages, calls and threats."""
        return self.records(Message)

    @property
    def demands(self) -> tuple[Demand, ...]:
        """What was demanded."""
        return self.records(Demand)

    @property
    def payments(self) -> tuple[Payment, ...]:
        """What was paid."""
        return self.records(Payment)

    @property
    def actions(self) -> tuple[Action, ...]:
        """What the person has done: blocked, reported, told the police or bank."""
        return self.records(Action)

    @property
    def notes(self) -> tuple[Note, ...]:
        """Free notes."""
        return self.records(Note)

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        """Evidence files and hash-only descriptions."""
        return self.records(Evidence)

    @property
    def own_words(self) -> Note | None:
        """The first note with text: the person's account of what happened, for the summary."""
        return next((n for n in self.notes if n.text), None)

    @property
    def under18(self) -> bool:
        """True when the person is under 18: no image or video bytes may leave the vault."""
        return self.case.age_group is AgeGroup.UNDER18

    @property
    def money_paid(self) -> bool:
        """True when any payment was recorded (fraud routes then apply)."""
        return bool(self.payments)

    @property
    def first_contact(self) -> dt.datetime | None:
        """When the first message or contact happened, if any was recorded with a time."""
        times = [m.at for m in self.messages if m.at is not None]
        return min(times) if times else None

    @property
    def last_contact(self) -> dt.datetime | None:
        """When the latest message or contact happened."""
        times = [m.at for m in self.messages if m.at is not None]
        return max(times) if times else None

    def police_references(self) -> tuple[str, ...]:
        """Crime or incident reference numbers the police gave."""
        return tuple(
            a.reference
            for a in self.actions
            if a.kind is ActionKind.POLICE_REPORT and a.reference is not None
        )

    @cached_property
    def _labels(self) -> dict[int | None, str]:
        return {person.id: person_label(person) for person in self.records(Person)}

    def person_label(self, person_id: int | None) -> str | None:
        """A short name for an account (display name, username, e-mail ...), as typed."""
        return self._labels.get(person_id) if person_id is not None else None

    def identifiers(self) -> tuple[Identifier, ...]:
        """Every detail identifying the people blackmailing, without repeats.

        Account details first (per offender, in the order recorded), then the destinations of
        demands and the recipients of payments.
        """
        found: dict[tuple[IdentifierKind, str], Identifier] = {}
        for person in self.people:
            if person.role is not Role.OFFENDER:
                continue
            for kind in _PERSON_IDENTIFIERS:
                value = getattr(person, kind.value)
                if value:
                    found.setdefault(
                        (kind, value), Identifier(kind, value, person.platform, person.id)
                    )
        for demand in self.demands:
            if demand.destination:
                key = (IdentifierKind.DESTINATION, demand.destination)
                found.setdefault(key, Identifier(*key, person_id=demand.person_id))
        for payment in self.payments:
            if payment.recipient:
                key = (IdentifierKind.RECIPIENT, payment.recipient)
                found.setdefault(key, Identifier(*key, person_id=payment.person_id))
        return tuple(found.values())


def person_label(person: Person) -> str:
    """The name a person goes by in the report: the first of the details they were given."""
    for value in (person.display_name, person.username, person.email, person.phone):
        if value:
            return value
    return person.profile_url or person.payment_account or person.wallet or f"#{person.id}"


def chronology(conn: Connection, case_id: int, page: int = 500) -> Iterator[TimelineItem]:
    """Every live entry of the case in time order, read a page at a time."""
    total = timeline_count(conn, case_id)
    for offset in range(0, total, page):
        yield from timeline(conn, case_id, limit=page, offset=offset)


def build_report(conn: Connection, case_id: int, generated_at: dt.datetime | None = None) -> Report:
    """Read one case for a report (``NotFoundError`` if it does not exist or is deleted)."""
    statement = get_statement(conn, case_id)
    return Report(
        case=get_case(conn, case_id),
        generated_at=generated_at or dt.datetime.now(dt.UTC),
        timeline=tuple(chronology(conn, case_id)),
        statement=statement.text if statement else None,
        totals=totals(conn, case_id),
    )
