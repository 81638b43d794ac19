"""``main.py --example-pack OUT.zip``: an evidence pack of the made-up example case.

It runs the real pipeline (a throw-away encrypted vault, the diary, evidence import, report,
PDF and pack) without a window and without touching any profile, then removes the vault.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from core.content.languages import language_for_locale
from core.content.regions import region_for_locale, region_or_fallback
from core.session import system_locale


def run_example_pack(target: Path, language: str | None, region: str | None) -> int:
    """Write the example pack to ``target``; print where, and return an exit status."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # painting a PDF needs no screen or window
    from PySide6.QtGui import QGuiApplication

    from core.reports import PackError, build_pack, build_report
    from core.reports.example import example_vault
    from core.reports.render import render_html
    from ui.reports.controller import page_labels
    from ui.reports.pdf import render_pdf

    _qt = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # fonts for the PDF
    lang = language_for_locale(language or system_locale())
    pack, error = region_or_fallback(region or region_for_locale(system_locale()))
    if error is not None:
        print(f"unknown region {region!r}: using {pack.code}", file=sys.stderr)
    target = Path(target).resolve()
    try:
        with example_vault(pack.code, lang) as example:
            report = build_report(example.conn, example.case_id)
            build_pack(
                example.conn,
                example.store,
                report,
                target,
                language=lang,
                variant_code=pack.report_variant,
                example=True,
                pdf=lambda view: render_pdf(
                    render_html(view), page_labels(view), pack.paper, view.title
                ),
            )
    except (OSError, PackError) as exc:
        print(f"could not write {target}: {exc}", file=sys.stderr)
        return 1
    print(f"example evidence pack written to {target} ({lang}, {pack.code})")
    return 0
