"""Reports from the diary: the police report (HTML, plain text; the UI makes the PDF) and the
verifiable evidence pack.

- ``build_report(conn, case_id)`` reads one case into a ``Report`` (no wording): the timeline
  (``chronology``), records by kind, offender ``identifiers()``, totals per currency, statement.
- ``compose(report, language=..., variant_code=...)`` puts it into the words and section order of
  one form (``VARIANTS``: uk_101, es_denuncia, us_ic3 ...); ``render_html`` / ``render_text``
  lay that out.
- ``plan_pack`` + ``write_pack`` (or ``build_pack``) write the evidence pack ZIP.
- ``get_statement`` / ``save_statement``: the person's own statement, kept in the vault.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from core.content.catalog import load_catalog
from core.content.regions import region_or_fallback
from core.evidence import BlobStore
from core.reports.compose import build_view
from core.reports.formatting import Formatter
from core.reports.manifest import SCHEMA_ID, PackEntry, Withheld
from core.reports.model import Identifier, IdentifierKind, Report, build_report, chronology
from core.reports.pack import (
    PackCode,
    PackError,
    PackPlan,
    PackResult,
    Progress,
    plan_pack,
    write_pack,
)
from core.reports.render import render_html, render_text
from core.reports.statement import Statement, get_statement, save_statement
from core.reports.variants import VARIANTS, Section, Variant, variant
from core.reports.view import ReportView
from core.vault.migrations import Connection


def compose(
    report: Report, *, language: str, variant_code: str, example: bool = False
) -> ReportView:
    """``report`` in the words of ``language`` and the form ``variant_code``."""
    form = variant(variant_code)
    pack, _error = region_or_fallback(form.region)
    return build_view(
        report, form, load_catalog(language), Formatter(language), pack, example=example
    )


def build_pack(
    conn: Connection,
    store: BlobStore,
    report: Report,
    target: Path,
    *,
    language: str,
    variant_code: str,
    pdf: Callable[[ReportView], bytes],
    images_allowed: bool = True,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    example: bool = False,
) -> PackResult:
    """Plan and write the evidence pack in one go (``pdf(view)`` renders the report as PDF;
    ``example`` marks a pack of the made-up example case as such on its first page)."""
    plan = plan_pack(conn, store, report, images_allowed=images_allowed)
    view = compose(report, language=language, variant_code=variant_code, example=example)
    return write_pack(
        plan,
        target,
        text=render_text(view),
        pdf=lambda: pdf(view),
        language=language,
        variant=variant_code,
        progress=progress,
        cancel=cancel,
    )


__all__ = [
    "SCHEMA_ID",
    "VARIANTS",
    "Identifier",
    "IdentifierKind",
    "PackCode",
    "PackEntry",
    "PackError",
    "PackPlan",
    "PackResult",
    "Progress",
    "Report",
    "ReportView",
    "Section",
    "Statement",
    "Variant",
    "Withheld",
    "build_pack",
    "build_report",
    "chronology",
    "compose",
    "get_statement",
    "plan_pack",
    "render_html",
    "render_text",
    "save_statement",
    "variant",
    "write_pack",
]
