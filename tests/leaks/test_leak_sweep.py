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
import sys
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path

import pytest

from core.settings import Settings
from tests.leaks import ascii_stretches, hits_in_files, needles_for
from tests.leaks.canaries import CanaryBook
from tests.leaks.capture import PROBE
from tests.leaks.outside import (
    beyond,
    named_after,
    outer_places,
    unexplained_temp_files,
    unknown_profile_files,
)
from tests.leaks.plan import Plan
from tests.packaging.isolation import ROOT, Home, Writes, fresh_home
from tests.reports.cases import pdf_text

pytestmark = pytest.mark.slow

SESSION = "tests/leaks/sweep_session.py"


def _child(plan: Plan) -> tuple[str, ...]:
    """The sweep's command: pytest without output capture (so Qt's and Python's own stderr,
    at exit too, goes straight to ``captured/stderr.txt``) on the session module."""
    stderr = plan.captured / "stderr.txt"
    pytest_run = ("-m", "pytest", "-q", "-s", "--no-qt-log", f"--basetemp={plan.captured}/pytest")
    return ("/bin/sh", "-c", 'exec "$@" 2>"$0"', str(stderr), sys.executable, *pytest_run, SESSION)


@dataclass(frozen=True)
class Swept:
    """One finished sweep: where it ran, what it typed, what it printed and wrote."""

    home: Home
    plan: Plan
    started: float
    output: str
    writes: Writes
    canaries: dict[str, str]  # canary -> the field it was typed into

    @property
    def needles(self) -> list[bytes]:
        """Every canary's byte patterns, and the picture's bytes and pixels."""
        return needles_for(self.canaries) + self.plan.picture().needles()

    @property
    def own(self) -> tuple[Path, ...]:
        """Folders the test itself made or the run wrote for it (not Harbour's)."""
        return self.plan.inputs, self.plan.captured

    def tags_in(self, text: str) -> list[str]:
        """The fields whose canary (or its ASCII stretch) ``text`` holds."""
        found = {
            tag
            for canary, tag in self.canaries.items()
            if any(mark in text for mark in (canary, *ascii_stretches(canary)))
        }
        return sorted(found)

    def tag(self, needle: bytes) -> str:
        """Which field a needle belongs to."""
        for canary, tag in self.canaries.items():
            if needle in needles_for([canary]):
                return tag
        return "picture"


@pytest.fixture(scope="module")
def swept() -> Iterator[Swept]:
    """Run the sweep once for every check here."""
    with fresh_home() as home:
        plan = Plan.prepare(home.root)
        started = time.time()
        output, writes = home.run(*_child(plan))
        canaries = {**plan.names().made, **CanaryBook.load(plan.captured / "canaries.json")}
        yield Swept(home, plan, started, output, writes, canaries)


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
    """The data dirs, HOME (.config, .cache, .local/share), XDG_RUNTIME_DIR and TMPDIR of the
    run, and the machine's temp folders and the source tree for what changed since it began."""
    allowed = (swept.plan.exports, *swept.own)
    inside = hits_in_files([swept.home.root], swept.needles)
    found = [f"{p}: {swept.tag(n)}" for p, n in inside if beyond(p, allowed)]
    elsewhere = [*outer_places(), ROOT]
    recent = hits_in_files(elsewhere, swept.needles, since=swept.started)
    found += [f"{p}: {swept.tag(n)}" for p, n in recent if beyond(p, (swept.home.root,))]
    assert found == []


def test_the_exports_hold_what_was_exported(swept: Swept) -> None:
    """Hits inside the export folder: the search finds canaries where they are meant to be."""
    book, exports = swept.plan.book(), swept.plan.exports
    hits = {(p.name, swept.tag(n)) for p, n in hits_in_files([exports], swept.needles)}
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
