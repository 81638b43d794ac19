"""Cases for the report tests, written through the real diary and evidence functions."""

from __future__ import annotations

import datetime as dt
import struct
import subprocess
import unicodedata
import zlib
from decimal import Decimal
from pathlib import Path

from core import diary, evidence
from core.diary.records import (
    Action,
    ActionKind,
    Demand,
    Message,
    Note,
    Payment,
    Person,
    Role,
)
from core.evidence import BlobStore
from core.reports import (
    Report,
    ReportView,
    build_report,
    compose,
    render_html,
    render_text,
    save_statement,
)
from core.vault.migrations import Connection

# Typed into every free-text field: markup, a template expression and an HTML entity.
HOSTILE = "<script>alert(1)</script><b>bold</b>{{7*7}}&amp;"
HOSTILE_HTML = "&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;{{7*7}}&amp;amp;"
WELSH = "Llŷr ap Gwŵyn"
PORTUGUESE = "João da Conceição"
ARABIC = "محمد العلي"
HEBREW = "דוד כהן"
WHEN = dt.datetime(2026, 3, 12, 20, 5, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def png_bytes(width: int = 4, height: int = 4) -> bytes:
    """A small valid PNG (a grey square)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64
MP4 = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\x00" * 64


def fill_case(conn: Connection, store: BlobStore, case_id: int, text: str) -> None:
    """A case with every kind of entry, ``text`` typed into every free-text field."""
    at = WHEN
    person = diary.add(
        conn,
        case_id,
        Person(
            at=at,
            role=Role.OFFENDER,
            platform=text,
            username=text,
            display_name=text,
            email="someone@example.com",
            payment_account=text,
            wallet=text,
            notes=text,
        ),
    )
    diary.add(conn, case_id, Person(at=at, role=Role.OTHER, display_name=text, notes=text))
    diary.add(
        conn,
        case_id,
        Message(at=at, platform=text, content=text, threat=text, person_id=person.id),
    )
    diary.add(
        conn,
        case_id,
        Demand(
            at=at,
            amount=Decimal("500"),
            currency="EUR",
            method=text,
            destination=text,
            deadline=at + dt.timedelta(days=1),
            person_id=person.id,
        ),
    )
    diary.add(
        conn,
        case_id,
        Payment(at=at, amount=Decimal("120.50"), currency="GBP", method=text, reference=text),
    )
    diary.add(conn, case_id, Payment(at=at, amount=Decimal("0.25"), currency="GBP", recipient=text))
    diary.add(
        conn,
        case_id,
        Action(at=at, kind=ActionKind.POLICE_REPORT, platform=text, reference=text, notes=text),
    )
    diary.add(conn, case_id, Note(at=at, text=f"{text}\n{text}"))
    evidence.import_bytes(conn, store, case_id, b"chat log\n" * 10, f"{text}.txt", note=text)
    evidence.add_description(conn, case_id, text, "ab" * 32, where_seen=text, note=text, at=at)
    save_statement(conn, case_id, f"{text}\n\n{text}")


def view_of(conn: Connection, case_id: int, variant: str = "uk_101") -> ReportView:
    """The case put into en-GB words in one form."""
    return compose(build_report(conn, case_id), language="en-GB", variant_code=variant)


def report_of(conn: Connection, case_id: int) -> Report:
    """The case's report model."""
    return build_report(conn, case_id)


def outputs(conn: Connection, case_id: int, variant: str = "uk_101") -> tuple[str, str]:
    """The case's report as HTML and as plain text."""
    view = view_of(conn, case_id, variant)
    return render_html(view), render_text(view)


def pdf_text(path: Path) -> str:
    """The text of a PDF as poppler's pdftotext reads it: NFKC-normalised (Arabic letters come
    out in their presentation forms) and without the direction marks pdftotext wraps
    right-to-left runs in."""
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    text = unicodedata.normalize("NFKC", result.stdout.decode("utf-8"))
    return text.translate(dict.fromkeys(range(0x202A, 0x202F)))
