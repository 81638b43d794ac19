"""The report model holds the whole case in time order, with exact totals and identifiers."""

from __future__ import annotations

import datetime as dt
import secrets
from decimal import Decimal
from pathlib import Path

import pytest

from core import diary
from core.diary.records import AgeGroup, Case, Demand, Evidence, Message, Note, Payment, Person
from core.evidence import BlobStore
from core.reports import IdentifierKind, build_report, chronology, get_statement, save_statement
from core.vault.database import connect, transaction
from core.vault.migrations import Connection, apply_migrations, current_version, latest_version
from tests.reports.cases import WHEN, fill_case


def test_the_report_holds_every_entry_in_time_order(
    conn: Connection, store: BlobStore, case_id: int
) -> None:
    fill_case(conn, store, case_id, "text")
    late = diary.add(conn, case_id, Message(at=WHEN + dt.timedelta(days=3), content="later"))
    early = diary.add(conn, case_id, Note(at=WHEN - dt.timedelta(days=3), text="earlier"))
    report = build_report(conn, case_id)
    assert len(report.timeline) == diary.timeline_count(conn, case_id) == 12
    times = [item.at for item in report.timeline]
    assert times == sorted(times)
    assert report.timeline[0].entry_id == early.id
    assert len(report.evidence) == 2 and all(isinstance(e, Evidence) for e in report.evidence)
    assert report.own_words is not None and report.own_words.text == "earlier"
    assert report.statement == "text\n\ntext"
    assert report.first_contact == WHEN and report.last_contact == late.at
    assert report.police_references() == ("text",)


def test_totals_are_exact_per_currency(conn: Connection, case_id: int) -> None:
    for amount, currency in (
        ("0.1", "EUR"),
        ("0.2", "EUR"),
        ("1000.005", "EUR"),
        ("7", "GBP"),
        ("0.00512345", "BTC"),
        ("0.01", "BTC"),
    ):
        diary.add(conn, case_id, Demand(amount=Decimal(amount), currency=currency))
    diary.add(conn, case_id, Payment(amount=Decimal("0.30"), currency="EUR"))
    report = build_report(conn, case_id)
    assert report.totals.demanded == {
        "EUR": Decimal("1000.305"),
        "GBP": Decimal("7"),
        "BTC": Decimal("0.01512345"),
    }
    assert report.totals.paid == {"EUR": Decimal("0.30")}
    assert report.money_paid


def test_identifiers_list_every_offender_detail_once(conn: Connection, case_id: int) -> None:
    diary.add(
        conn,
        case_id,
        Person(platform="Instagram", username="fake.profile", email="fake@example.com"),
    )
    diary.add(conn, case_id, Person(platform="Snapchat", username="fake.profile"))
    diary.add(conn, case_id, Person(role=diary.records.Role.OTHER, username="my.friend"))
    diary.add(conn, case_id, Demand(amount=Decimal(1), currency="EUR", destination="Wallet 1"))
    diary.add(conn, case_id, Payment(amount=Decimal(1), currency="EUR", recipient="A. Sample"))
    found = [(i.kind, i.value, i.platform) for i in build_report(conn, case_id).identifiers()]
    assert found == [
        (IdentifierKind.USERNAME, "fake.profile", "Instagram"),
        (IdentifierKind.EMAIL, "fake@example.com", "Instagram"),
        (IdentifierKind.DESTINATION, "Wallet 1", None),
        (IdentifierKind.RECIPIENT, "A. Sample", None),
    ]


def test_chronology_reads_every_page(conn: Connection, case_id: int) -> None:
    for n in range(23):
        diary.add(conn, case_id, Note(at=WHEN + dt.timedelta(minutes=n), text=f"note {n}"))
    texts = [getattr(item.record, "text", None) for item in chronology(conn, case_id, page=5)]
    assert texts == [f"note {n}" for n in range(23)]


def test_deleted_entries_stay_out_of_the_report(conn: Connection, case_id: int) -> None:
    kept = diary.add(conn, case_id, Note(text="kept"))
    gone = diary.add(conn, case_id, Note(text="deleted"))
    assert gone.id is not None
    diary.delete_entry(conn, gone.id)
    assert [i.entry_id for i in build_report(conn, case_id).timeline] == [kept.id]


def test_the_statement_is_kept_tidied_audited_and_removed_with_its_case(
    conn: Connection, case_id: int
) -> None:
    assert get_statement(conn, case_id) is None
    saved = save_statement(conn, case_id, "  First line  \r\nsecond line\n\n")
    assert saved is not None and saved.text == "First line\nsecond line"
    assert save_statement(conn, case_id, "changed") is not None
    assert get_statement(conn, case_id).text == "changed"  # type: ignore[union-attr]
    audit = [line for line in diary.export_audit(conn, case_id) if "report_statement" in line]
    assert len(audit) == 2 and not any("changed" in line for line in audit)
    assert diary.verify_audit(conn) is None
    assert save_statement(conn, case_id, "   ") is None
    assert get_statement(conn, case_id) is None
    save_statement(conn, case_id, "again")
    diary.delete_case(conn, case_id)
    diary.purge_deleted(conn)
    assert conn.execute("SELECT count(*) FROM report_statement").fetchone()[0] == 0


def test_a_statement_for_a_missing_case_is_refused(conn: Connection) -> None:
    with pytest.raises(diary.NotFoundError):
        save_statement(conn, 404, "text")


def test_a_vault_from_before_the_statement_upgrades(data_dir: Path) -> None:
    key = secrets.token_bytes(32)
    path = data_dir / "old.db"
    conn = connect(path, key)
    with transaction(conn):
        apply_migrations(conn, up_to=4)
    case = diary.add_case(conn, Case(title="Old", age_group=AgeGroup.ADULT))
    assert case.id is not None
    diary.add(conn, case.id, Note(text="written before reports existed"))
    conn.close()
    conn = connect(path, key)
    with transaction(conn):
        apply_migrations(conn)
    assert current_version(conn) == latest_version() >= 20
    assert save_statement(conn, case.id, "now a statement") is not None
    report = build_report(conn, case.id)
    assert report.statement == "now a statement"
    assert report.notes[0].text == "written before reports existed"
    conn.close()
