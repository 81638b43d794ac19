"""Every field of every kind of entry survives a save and a read; writes are checked."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from core import diary
from core.diary.errors import Code, NotFoundError, ValidationError
from core.diary.records import (
    Action,
    ActionKind,
    AgeGroup,
    Case,
    CaseStatus,
    Demand,
    Direction,
    EntryRecord,
    Kind,
    Message,
    Note,
    Payment,
    Person,
    Role,
)
from core.vault.migrations import Connection

LISBON = dt.timezone(dt.timedelta(hours=1))
BRAZIL = dt.timezone(dt.timedelta(hours=-3))
WHEN = dt.datetime(2024, 3, 5, 21, 45, 10, 123456, tzinfo=LISBON)


def _user_fields(record: EntryRecord) -> dict[str, object]:
    skip = {"id", "case_id", "created_at", "updated_at", "deleted_at"}
    return {k: v for k, v in dataclasses.asdict(record).items() if k not in skip}


def _samples(person_id: int) -> list[EntryRecord]:
    return [
        Message(
            at=WHEN,
            platform="Instagram",
            direction=Direction.OUTGOING,
            content="Please stop.\nI will not pay.",
            threat="Send 500 or I post the video",
            person_id=person_id,
        ),
        Demand(
            at=WHEN,
            amount=Decimal("1234.56"),
            currency="EUR",
            method="Bizum",
            deadline=dt.datetime(2024, 3, 6, 9, 0, tzinfo=BRAZIL),
            destination="ES91 2100 0418 4502 0005 1332",
            person_id=person_id,
        ),
        Payment(
            at=WHEN,
            amount=Decimal("0.01"),
            currency="GBP",
            method="bank transfer",
            reference="TX-778",
            recipient="J. Doe",
            person_id=person_id,
        ),
        Action(
            at=WHEN,
            kind=ActionKind.POLICE_REPORT,
            platform="Policía Nacional",
            reference="CRIME/2024/00123",
            notes="Officer was kind",
        ),
        Note(at=None, text="What happened:\n\nIt started on Friday."),
    ]


def test_every_field_round_trips(conn: Connection, case_id: int) -> None:
    person = Person(
        at=WHEN,
        role=Role.OTHER,
        platform="Snapchat",
        username="@someone_",
        display_name="Ana ✨",
        profile_url="https://www.snapchat.com/add/someone_",
        phone="+34612345678",
        email="someone@example.com",
        iban="PT50000201231234567890154",
        payment_account="paypal: someone@example.com",
        wallet="bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
        notes="Says she is 19",
    )
    saved_person = diary.add(conn, case_id, person)
    assert saved_person.id is not None
    assert _user_fields(saved_person) == _user_fields(person)
    assert diary.get(conn, saved_person.id, Person) == saved_person
    for record in _samples(saved_person.id):
        saved = diary.add(conn, case_id, record)
        assert saved.id is not None and saved.case_id == case_id
        assert saved.created_at is not None and saved.created_at.tzinfo is not None
        assert _user_fields(saved) == _user_fields(record)
        if saved.at is not None:
            assert saved.at.utcoffset() == dt.timedelta(hours=1)
        assert diary.get(conn, saved.id, type(record)) == saved
        assert diary.list_entries(conn, case_id, type(record)) == [saved]


def test_text_is_tidied_and_values_normalised(conn: Connection, case_id: int) -> None:
    saved = diary.add(
        conn,
        case_id,
        Person(
            username="  bad \t guy  ",
            phone="612 34 56 78",
            iban="es91 2100 0418 4502 0005 1332",
            profile_url="instagram.com/badguy",
            notes="  line one  \r\n\r\n line two  ",
        ),
    )
    assert saved.username == "bad guy"
    assert saved.phone == "+34612345678"
    assert saved.iban == "ES9121000418450200051332"
    assert saved.profile_url == "https://instagram.com/badguy"
    assert saved.notes == "line one\n\n line two"


def test_every_problem_is_reported_at_once(conn: Connection, case_id: int) -> None:
    with pytest.raises(ValidationError) as caught:
        diary.add(
            conn,
            case_id,
            Person(phone="12", iban="GB83WEST12345698765432", email="x@", profile_url="ftp://x"),
        )
    found = {(p.field, p.code) for p in caught.value.problems}
    assert found == {
        ("phone", Code.PHONE_INVALID),
        ("iban", Code.IBAN_CHECKSUM),
        ("email", Code.EMAIL_INVALID),
        ("profile_url", Code.URL_SCHEME),
    }
    assert diary.list_entries(conn, case_id, Person) == []


def test_money_needs_a_known_currency_and_a_sane_amount(conn: Connection, case_id: int) -> None:
    cases: list[tuple[EntryRecord, tuple[str, Code]]] = [
        (Demand(amount=Decimal(500)), ("currency", Code.CURRENCY_MISSING)),
        (Demand(amount=Decimal(5), currency="XYZ"), ("currency", Code.CURRENCY_UNKNOWN)),
        (Payment(amount=Decimal(-1), currency="EUR"), ("amount", Code.AMOUNT_NEGATIVE)),
        (Payment(amount=Decimal("NaN"), currency="EUR"), ("amount", Code.AMOUNT_INVALID)),
        (Action(kind="ignored_it"), ("kind", Code.CHOICE_INVALID)),  # type: ignore[arg-type]
    ]
    for record, problem in cases:
        with pytest.raises(ValidationError) as caught:
            diary.add(conn, case_id, record)
        assert (caught.value.problems[0].field, caught.value.problems[0].code) == problem


def test_links_must_point_at_a_person_in_the_same_case(conn: Connection, case_id: int) -> None:
    other = diary.add_case(conn, Case(title="Other"))
    assert other.id is not None
    stranger = diary.add(conn, other.id, Person(username="x"))
    note = diary.add(conn, case_id, Note(text="n"))
    for target in (stranger.id, note.id, 9999):
        with pytest.raises(ValidationError) as caught:
            diary.add(conn, case_id, Message(content="hi", person_id=target))
        assert caught.value.problems[0].code is Code.LINK_INVALID


def test_update_changes_fields_and_keeps_the_rest(conn: Connection, case_id: int) -> None:
    saved = diary.add(conn, case_id, Payment(amount=Decimal(50), currency="EUR", method="card"))
    changed = diary.update(conn, dataclasses.replace(saved, amount=Decimal("60.5"), at=WHEN))
    assert changed.amount == Decimal("60.5") and changed.method == "card" and changed.at == WHEN
    assert changed.created_at == saved.created_at
    assert changed.updated_at is not None and saved.updated_at is not None
    assert changed.updated_at >= saved.updated_at
    with pytest.raises(ValidationError):
        diary.update(conn, dataclasses.replace(saved, currency="???"))
    assert diary.get(conn, saved.id or 0, Payment).currency == "EUR"


def test_reading_the_wrong_kind_or_a_missing_entry_fails(conn: Connection, case_id: int) -> None:
    note = diary.add(conn, case_id, Note(text="n"))
    with pytest.raises(NotFoundError):
        diary.get(conn, note.id or 0, Person)
    with pytest.raises(NotFoundError) as caught:
        diary.get(conn, 4242, Note)
    assert caught.value.code == "entry.not_found"
    with pytest.raises(NotFoundError):
        diary.add(conn, 4242, Note(text="no such case"))


def test_cases_round_trip_and_closing_stamps_the_time(conn: Connection) -> None:
    case = diary.add_case(
        conn, Case(title=" Helpline call 12 ", region="gb-sct", age_group=AgeGroup.UNDER18)
    )
    assert case.id is not None
    assert (case.title, case.region, case.age_group) == ("Helpline call 12", "GB-SCT", "under18")
    assert case.status is CaseStatus.OPEN and case.closed_at is None
    closed = diary.update_case(conn, dataclasses.replace(case, status=CaseStatus.CLOSED))
    assert closed.closed_at is not None
    again = diary.update_case(conn, dataclasses.replace(closed, title="Renamed"))
    assert again.closed_at == closed.closed_at
    reopened = diary.update_case(conn, dataclasses.replace(again, status=CaseStatus.FOLLOW_UP))
    assert reopened.closed_at is None
    assert [c.id for c in diary.list_cases(conn)] == [case.id]
    with pytest.raises(ValidationError):
        diary.add_case(conn, Case(region="Atlantis"))


def test_timeline_is_in_time_order_and_pages(conn: Connection, case_id: int) -> None:
    base = dt.datetime(2024, 1, 1, 12, 0, tzinfo=dt.UTC)
    # 13:00 in Lisbon (UTC+1) is before 12:30 UTC: order follows real time, not wall clocks.
    times = [base + dt.timedelta(minutes=30), base.astimezone(LISBON) + dt.timedelta(minutes=-60)]
    times += [base + dt.timedelta(days=d) for d in (3, 1, 2)]
    ids = [diary.add(conn, case_id, Note(at=t, text=str(i))).id for i, t in enumerate(times)]
    undated = diary.add(conn, case_id, Note(text="written down today")).id
    items = diary.timeline(conn, case_id, limit=10)
    assert [i.entry_id for i in items] == [ids[1], ids[0], ids[3], ids[4], ids[2], undated]
    assert items[0].at == times[1] and items[0].at.utcoffset() == dt.timedelta(hours=1)
    page = diary.timeline(conn, case_id, limit=2, offset=2)
    assert [i.entry_id for i in page] == [ids[3], ids[4]]
    newest = diary.timeline(conn, case_id, limit=1, newest_first=True)
    assert newest[0].entry_id == undated
    assert diary.timeline_count(conn, case_id) == 6


def test_timeline_filters_kinds_and_carries_records(conn: Connection, case_id: int) -> None:
    person = diary.add(conn, case_id, Person(username="x"))
    message = diary.add(conn, case_id, Message(content="pay", person_id=person.id))
    items = diary.timeline(conn, case_id, kinds=[Kind.MESSAGE])
    assert [(i.kind, i.record) for i in items] == [("message", message)]


def test_totals_are_exact_per_currency(conn: Connection, case_id: int) -> None:
    for amount, currency in (("0.10", "EUR"), ("0.20", "EUR"), ("1000", "GBP")):
        diary.add(conn, case_id, Demand(amount=Decimal(amount), currency=currency))
    paid = diary.add(conn, case_id, Payment(amount=Decimal("99.99"), currency="EUR"))
    diary.add(conn, case_id, Payment(amount=Decimal(5), currency="USD"))
    diary.add(conn, case_id, Payment(method="gift cards"))
    diary.delete_entry(conn, paid.id or 0)
    totals = diary.totals(conn, case_id)
    assert totals.demanded == {"EUR": Decimal("0.30"), "GBP": Decimal(1000)}
    assert totals.paid == {"USD": Decimal(5)}
