"""What a case holds, as typed dataclasses: the storage functions take and return these.

Every entry (person, message, demand, payment, action, note, evidence) shares ``Entry``'s
fields: its id, the case, ``at`` (when it happened, with the offset the person entered) and the
times Harbour keeps itself. Free text is stored as given after trimming; phone numbers, IBANs,
links, e-mail addresses and currencies are checked and normalised when saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class CaseStatus(StrEnum):
    OPEN = "open"
    FOLLOW_UP = "follow_up"
    CLOSED = "closed"


class AgeGroup(StrEnum):
    UNDER18 = "under18"
    ADULT = "adult"
    UNKNOWN = "unknown"


class Role(StrEnum):
    OFFENDER = "offender"
    OTHER = "other"


class Direction(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


class ActionKind(StrEnum):
    BLOCKED = "blocked"
    REPORTED_PLATFORM = "reported_platform"
    POLICE_REPORT = "police_report"
    BANK_CONTACTED = "bank_contacted"
    REMOVAL_REQUEST = "removal_request"
    ACCOUNT_SECURED = "account_secured"
    TOLD_SOMEONE = "told_someone"


class Kind(StrEnum):
    """The kinds of entry, as the timeline and search name them."""

    PERSON = "person"
    MESSAGE = "message"
    DEMAND = "demand"
    PAYMENT = "payment"
    ACTION = "action"
    NOTE = "note"
    EVIDENCE = "evidence"


@dataclass(kw_only=True)
class Case:
    """One person's situation; helpline staff keep many, a victim usually one."""

    id: int | None = None
    title: str | None = None
    status: CaseStatus = CaseStatus.OPEN
    age_group: AgeGroup = AgeGroup.UNKNOWN
    region: str | None = None  # ISO 3166 code such as "ES" or "GB-WLS"
    created_at: dt.datetime | None = None
    closed_at: dt.datetime | None = None
    deleted_at: dt.datetime | None = None


@dataclass(kw_only=True)
class Entry:
    """Fields every diary entry has; ``id``, ``case_id`` and the ``*_at`` stamps are Harbour's."""

    id: int | None = None
    case_id: int | None = None
    at: dt.datetime | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    deleted_at: dt.datetime | None = None


@dataclass(kw_only=True)
class Person(Entry):
    """An account or person involved: who blackmails, or anyone else who matters."""

    role: Role = Role.OFFENDER
    platform: str | None = None
    username: str | None = None
    display_name: str | None = None
    profile_url: str | None = None
    phone: str | None = None  # E.164 once saved
    email: str | None = None
    iban: str | None = None  # compact IBAN once saved
    payment_account: str | None = None  # PayPal, Revolut tag, gift-card shop account...
    wallet: str | None = None  # crypto-currency address as given
    notes: str | None = None


@dataclass(kw_only=True)
class Message(Entry):
    """A message or contact: when, where, which way, and what was said or threatened."""

    platform: str | None = None
    direction: Direction = Direction.INCOMING
    content: str | None = None
    threat: str | None = None
    person_id: int | None = None


@dataclass(kw_only=True)
class Demand(Entry):
    """What the person blackmailing asked for (``at`` is when they asked)."""

    amount: Decimal | None = None
    currency: str | None = None
    method: str | None = None
    deadline: dt.datetime | None = None
    destination: str | None = None
    person_id: int | None = None


@dataclass(kw_only=True)
class Payment(Entry):
    """Money that was paid (``at`` is when)."""

    amount: Decimal | None = None
    currency: str | None = None
    method: str | None = None
    reference: str | None = None
    recipient: str | None = None
    person_id: int | None = None


@dataclass(kw_only=True)
class Action(Entry):
    """Something done to get safe: blocked, reported, told the police or the bank..."""

    kind: ActionKind = ActionKind.BLOCKED
    platform: str | None = None
    reference: str | None = None  # e.g. a police crime reference number
    notes: str | None = None


@dataclass(kw_only=True)
class Note(Entry):
    """Free text, such as the one "what happened" account."""

    text: str | None = None


@dataclass(kw_only=True)
class Evidence(Entry):
    """A stored file, or a description with an optional SHA-256 when bytes must not be kept.

    Only ``note``, ``description``, ``where_seen`` and ``at`` can change after saving; the rest is
    fixed when the file is imported.
    """

    note: str | None = None
    description: str | None = None
    where_seen: str | None = None
    original_name: str | None = None
    size: int | None = None
    mime: str | None = None
    file_kind: str | None = None  # image, video, audio, document, archive, text, other
    sha256: str | None = None
    file_modified_at: dt.datetime | None = None
    blob_id: str | None = None


EntryRecord = Person | Message | Demand | Payment | Action | Note | Evidence
