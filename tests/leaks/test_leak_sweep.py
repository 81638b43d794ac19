"""Nothing a person types or imports reaches disk in plaintext, except the exports they choose.

``sweep_session.py`` drives every feature through Harbour's real windows with canaries: the
guide, the diary and its forms, evidence (a canary picture chosen, dropped and pasted), reports
and the evidence pack, texts, family, settings, a passphrase, lock, unlock, Quick exit, and a
helpline's and a school's profile. It runs as a child process in a fresh home (HOME, the XDG
folders, XDG_RUNTIME_DIR and TMPDIR in one tree) under strace, so files written at exit are
caught too. Then every canary (UTF-8, UTF-16, its ASCII stretches, and the picture's bytes and
pixels) is searched for everywhere the run could have written, and every path it wrote is
checked. The export folder must hold the exported canaries: that proves the search works.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from dataclasses import fields

import pytest

from core.settings import Settings
from tests.leaks import ascii_stretches
from tests.leaks.capture import PROBE
from tests.leaks.outside import (
    named_after,
    unexplained_temp_files,
    unknown_profile_files,
)
from tests.leaks.sweep import Swept, export_hits, leak_hits, run_sweep
from tests.reports.cases import pdf_text

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def swept() -> Iterator[Swept]:
    """Run the sweep once for every check here."""
    with run_sweep() as done:
        yield done


def test_the_sweep_went_through_every_feature(swept: Swept) -> None:
    assert "3 passed" in swept.output, swept.output
    tags = set(swept.canaries.values())
    for expected in ("person-iban", "describe-what", "report-statement", "texts-my-version"):
        assert expected in tags
    for expected in ("family-draft", "passphrase-victim", "helpline-quick-note"):
        assert expected in tags
    for expected in ("school-pupil-words", "recovery-key-victim", "diary-search"):
        assert expected in tags
    for script in ("HBCANARY", "Ŵyn", "ابتزاز", "סחיטה"):
        assert any(c.startswith(script) for c in swept.canaries), script


def test_no_canary_is_on_disk_outside_the_exports(swept: Swept) -> None:
    assert leak_hits(swept) == []


def test_the_exports_hold_what_was_exported(swept: Swept) -> None:
    """Hits inside the export folder: the search finds canaries where they are meant to be."""
    book, exports = swept.plan.book(), swept.plan.exports
    hits = export_hits(swept)
    for expected in (
        ("report.txt", "report-statement"),
        ("report.txt", "person-iban"),
        ("instagram-report.txt", "texts-my-version"),
        ("record.csv", "school-pupil-words"),
        ("evidence-copy.png", "picture"),
        ("evidence-copy.png", "png-comment"),
    ):
        assert expected in hits, expected
    assert book.text("person-username") in pdf_text(exports / "report.pdf")
    lead = ascii_stretches(book.text("school-lead-name", "arabic"))[0]
    assert lead in pdf_text(exports / "record.pdf"), "exported by: the lead's name"
    with zipfile.ZipFile(exports / "evidence-pack.zip") as pack:
        report = pack.read("report.txt").decode("utf-8")
        pictures = [pack.read(n) for n in pack.namelist() if n.startswith("evidence/")]
    assert book.text("report-statement", "arabic") in report
    assert swept.plan.picture().png in pictures


def test_nothing_typed_reaches_logs_or_qt_messages(swept: Swept) -> None:
    recorded = (swept.plan.captured / "messages.txt").read_text(encoding="utf-8")
    assert f"log DEBUG harbour.leaks: {PROBE}" in recorded, "logging was not recorded"
    assert f"qt QtWarningMsg default: {PROBE}" in recorded, "Qt's messages were not recorded"
    stderr = (swept.plan.captured / "stderr.txt").read_text(encoding="utf-8")
    assert PROBE in stderr, "the run's stderr was not kept"
    assert swept.tags_in(recorded + stderr + swept.output) == []


def test_only_the_data_dirs_and_the_exports_were_written(swept: Swept) -> None:
    """strace saw every path the run wrote, anywhere; the tree shows what was left."""
    plan, home = swept.plan, swept.home
    places = (*plan.data_dirs, plan.exports, plan.captured)
    assert swept.writes.outside(*places, home.temp) == []
    assert [p for p in swept.writes.lasting() if home.temp in p.parents] == []
    assert home.left_behind(*places, plan.inputs) == []
    assert unexplained_temp_files(swept.writes.written, home.temp) == []
    for profile in plan.data_dirs:
        assert unknown_profile_files(swept.writes.written, profile) == []
    assert named_after(list(home.root.rglob("*")), swept.canaries, beside=(*swept.own,)) == [
        plan.exports
    ]


def test_files_beside_the_vaults_hold_only_preferences(swept: Swept) -> None:
    """Qt's settings (file dialogs) never held anything chosen, not even for the moment
    before Harbour erases them; settings.json holds only the preferences."""
    seen = (swept.plan.captured / "qt-settings-seen.txt").read_text(encoding="utf-8")
    assert seen.count("--- ") >= 8, "every file dialog was looked at"
    assert swept.tags_in(seen) == []
    for profile in swept.plan.data_dirs:
        qt = profile / "qt" / "QtProject.conf"
        assert not qt.exists() or qt.read_text(encoding="utf-8").strip() == "", qt
        settings = profile / "settings.json"
        if settings.exists():
            kept = json.loads(settings.read_text(encoding="utf-8"))
            assert set(kept) == {f.name for f in fields(Settings)}, kept
    assert (swept.plan.victim / "qt" / "QtProject.conf").exists(), "a file dialog was used"
