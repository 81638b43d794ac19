"""A case written into a real vault the way a person would fill it in, for the texts tests."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from core import diary
from core.content.catalog import load_catalog
from core.diary.records import (
    Action,
    ActionKind,
    Demand,
    EntryRecord,
    Message,
    Payment,
    Person,
    Role,
)
from core.vault.migrations import Connection

EN = load_catalog("en-GB")
TZ = dt.timezone(dt.timedelta(hours=1))
MARKUP = "<b>Pay now</b> & <a href='https://evil.example'>click</a> or {platform} gets it"
THREAT = "I will send the video to your family"
MTCN = "123-456-7890"
WALLET = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"
TXID = "f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16"
POLICE_REF = "CR/123456/26"
RECEIVER = "Kouassi Yao, Abidjan"


_GAP = re.compile(r"\[[^\[\]]+\]")


def digits_outside_gaps(text: str) -> list[str]:
    """Digits a text states as facts (a date, amount or number), leaving out its [gaps]."""
    return re.findall(r"\d", _GAP.sub("", text))


@dataclass(frozen=True)
class Filled:
    """The stored entries tests look for in the texts."""

    instagram: Person
    tiktok: Person
    friend: Person
    wallet: Person


def fill_case(conn: Connection, case_id: int) -> Filled:
    """Accounts on two platforms, threats (one with markup), a demand, two payments, police."""

    def add(record: EntryRecord) -> None:
        diary.add(conn, case_id, record)

    instagram = diary.add(
        conn,
        case_id,
        Person(
            platform="Insta",
            username="sofia.m_22",
            display_name="Sofia M",
            profile_url="instagram.com/sofia.m_22",
        ),
    )
    tiktok = diary.add(
        conn, case_id, Person(username="night.owl", profile_url="https://www.tiktok.com/@night.owl")
    )
    friend = diary.add(
        conn, case_id, Person(role=Role.OTHER, platform="instagram", username="my_friend_ana")
    )
    wallet = diary.add(conn, case_id, Person(wallet=WALLET))
    add(
        Message(
            at=dt.datetime(2026, 3, 3, 22, 10, tzinfo=TZ),
            platform="instagram",
            person_id=instagram.id,
            content="hi, you look nice",
            threat=THREAT,
        )
    )
    add(Message(at=dt.datetime(2026, 3, 5, 1, 5, tzinfo=TZ), person_id=instagram.id, threat=MARKUP))
    add(
        Demand(
            at=dt.datetime(2026, 3, 4, 9, 0, tzinfo=TZ),
            amount=Decimal("500"),
            currency="GBP",
            method="Western Union",
            deadline=dt.datetime(2026, 3, 5, 12, 0, tzinfo=TZ),
        )
    )
    add(
        Payment(
            at=dt.datetime(2026, 3, 4, 15, 30, tzinfo=TZ),
            amount=Decimal("200"),
            currency="GBP",
            method="WU",
            reference=MTCN,
            recipient=RECEIVER,
        )
    )
    add(
        Payment(
            at=dt.datetime(2026, 3, 6, 11, 0, tzinfo=TZ),
            amount=Decimal("150"),
            currency="EUR",
            method="Bitcoin",
            reference=TXID,
            person_id=wallet.id,
        )
    )
    add(Action(kind=ActionKind.POLICE_REPORT, reference=POLICE_REF))
    return Filled(instagram, tiktok, friend, wallet)
