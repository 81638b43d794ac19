"""``manifest.json`` of an evidence pack: what the pack holds, in a versioned schema.

The schema is ``harbour-evidence-pack/1`` (JSON Schema in
``resources/schemas/harbour-evidence-pack-1.schema.json``). Times are ISO-8601 UTC (``Z``),
amounts exact decimal strings, sizes in bytes. An item's ``path`` is null when its bytes are not
in the pack, and ``withheld`` says why (``no_file``: only a description and hash were ever kept;
``under18_media``: a picture or video of someone under 18, never copied; ``media_not_allowed``:
pictures and videos are kept out by the organisation's policy).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from core import APP_NAME, __version__
from core.diary.columns import decimal_text, utc_text
from core.diary.records import Evidence
from core.reports.model import Report

SCHEMA_ID = "harbour-evidence-pack/1"
SCHEMA_FILE = "harbour-evidence-pack-1.schema.json"


class Withheld(StrEnum):
    """Why an evidence item's bytes are not in the pack."""

    NO_FILE = "no_file"
    UNDER18_MEDIA = "under18_media"
    MEDIA_NOT_ALLOWED = "media_not_allowed"


@dataclass(frozen=True)
class PackEntry:
    """One evidence item as packed: its record, its path in the ZIP (or None) and why not."""

    record: Evidence
    path: str | None
    withheld: Withheld | None


def _time(value: dt.datetime | None) -> str | None:
    return utc_text(value) if value is not None else None


def _sums(sums: Mapping[str, Decimal]) -> dict[str, str]:
    return {currency: decimal_text(amount) for currency, amount in sorted(sums.items())}


def _item(entry: PackEntry) -> dict[str, Any]:
    r = entry.record
    return {
        "entry_id": r.id,
        "path": entry.path,
        "sha256": r.sha256,
        "size": r.size,
        "original_name": r.original_name,
        "added": _time(r.created_at),
        "at": _time(r.at),
        "note": r.note,
        "description": r.description,
        "where_seen": r.where_seen,
        "mime": r.mime,
        "file_kind": r.file_kind,
        "withheld": entry.withheld.value if entry.withheld else None,
    }


def build_manifest(
    report: Report, entries: Sequence[PackEntry], *, language: str, variant: str
) -> dict[str, Any]:
    """The manifest as a JSON-ready dict."""
    case = report.case
    return {
        "schema": SCHEMA_ID,
        "generated": utc_text(report.generated_at),
        "generator": {"name": APP_NAME, "version": __version__},
        "case": {
            "id": case.id,
            "title": case.title,
            "status": case.status.value,
            "age_group": case.age_group.value,
            "region": case.region,
            "created": _time(case.created_at),
            "report_variant": variant,
            "language": language,
            "entries": len(report.timeline),
            "totals": {
                "demanded": _sums(report.totals.demanded),
                "paid": _sums(report.totals.paid),
            },
        },
        "items": [_item(entry) for entry in entries],
    }


def manifest_bytes(manifest: Mapping[str, Any]) -> bytes:
    """The manifest as pretty UTF-8 JSON text."""
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
