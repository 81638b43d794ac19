""" "Describe it instead": a record of what a picture or file showed, with an optional SHA-256.

This is the under-18 route (no bytes are ever kept) and also how any evidence's note,
description, place and time are changed later. The SHA-256 can be typed or pasted, or worked
out from a file in the background without storing the file.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget
from shiboken6 import isValid

from core import diary
from core.diary.errors import Problem, ValidationError
from core.diary.records import EntryRecord, Evidence
from core.vault.migrations import Connection
from ui.diary.form import EntryForm
from ui.diary.formatting import evidence_title, size_text
from ui.evidence.hashing import HashCancelled, hash_file
from ui.evidence.messages import evidence_message, under18_explanation
from ui.widgets.accessible import named, show_text
from ui.widgets.file_dialogs import open_files
from ui.widgets.safe_label import SafeLabel


class DescribeDialog(EntryForm):
    """A description, where it was seen, an optional SHA-256, a note and a time."""

    record_type = Evidence
    prefix = "describeForm"

    def _closed(self, _result: int) -> None:
        self.cancel_hash.set()  # closing stops a SHA-256 being worked out

    @property
    def is_new(self) -> bool:
        """True when recording a new description (not changing stored evidence)."""
        return self.record is None

    def build(self) -> None:
        """Fields; the SHA-256 tools only for a new description (stored hashes never change)."""
        self.cancel_hash = threading.Event()
        self.hashed: tuple[int, int] = (0, 1)  # bytes done and expected, written by the worker
        self.hash_timer = QTimer(self)
        self.hash_timer.setInterval(50)
        self.hash_timer.timeout.connect(self._hash_progress)
        self.finished.connect(self._closed)
        self.details = SafeLabel(name="describeFormDetails")
        self.layout_form.addRow(self.details)
        self.add_text("description")
        self.add_line("where_seen")
        self.hash_button = named(QPushButton(), "describeFormHashFile")
        self.hash_cancel = named(QPushButton(), "describeFormHashCancel")
        self.hash_progress = named(QProgressBar(), "describeFormHashProgress")
        self.hash_progress.setRange(0, 1000)
        self.hashing = QWidget()
        if self.is_new:
            self.add_line("sha256")
            row = QHBoxLayout()
            row.addWidget(self.hash_button)
            row.addStretch(1)
            self.layout_form.addRow("", row)
            running = QHBoxLayout(self.hashing)
            running.setContentsMargins(0, 0, 0, 0)
            running.addWidget(self.hash_progress, 1)
            running.addWidget(self.hash_cancel)
            self.layout_form.addRow("", self.hashing)
        self.hashing.hide()
        self.hash_button.setVisible(self.is_new)
        self.hash_button.clicked.connect(self._choose_file)
        self.hash_cancel.clicked.connect(self.cancel_hash.set)
        self.add_when()
        self.add_text("note")

    def required(self) -> tuple[str, ...]:
        """A new description needs its text; stored files need nothing more."""
        return ("description",) if self.is_new else ()

    def texts(self) -> dict[str, tuple[str, str]]:
        """Words for this form."""
        show_text(
            self.hash_button,
            self.tr("Work it out from a file…"),
            tip=self.tr("Harbour reads the file to work out its SHA-256 and keeps none of it."),
        )
        show_text(self.hash_cancel, self.tr("Stop"))
        self.hash_progress.setAccessibleName(self.tr("Working out the SHA-256"))
        record = self.record
        lines = []
        if isinstance(record, Evidence):
            lines = [evidence_title(record), size_text(record.size, self.language)]
            lines.append(f"SHA-256: {record.sha256}" if record.sha256 else "")
        self.details.setText("\n".join(line for line in lines if line))
        self.details.setVisible(bool(lines))
        intro = self.tr(
            "Say what it showed and where you saw it. If you have the file, its SHA-256 lets "
            "police match it later without Harbour keeping it."
        )
        if self.controller.diary.images_blocked:
            intro = under18_explanation()
        return {
            "heading": (self.tr("Describe it instead"), ""),
            "edit": (self.tr("Change the details of this evidence"), ""),
            "intro": (intro if self.is_new else "", ""),
            "description": (
                self.tr("What was it?"),
                self.tr("For example: a video call recording they say they have"),
            ),
            "where_seen": (
                self.tr("Where did you see it?"),
                self.tr("The app, chat or link where it was"),
            ),
            "sha256": (self.tr("SHA-256 (if you have it)"), self.tr("64 letters and digits")),
            "at": (self.tr("When"), ""),
            "note": (self.tr("Note"), ""),
        }

    # --- checking and saving -----------------------------------------------------------------

    def collect(self) -> tuple[EntryRecord, list[Problem]]:
        """Also check the SHA-256, which the diary's own checks leave to the importer."""
        from core.diary.normalise import normalise_sha256

        record, problems = super().collect()
        if "sha256" in self.fields:
            try:
                normalise_sha256("sha256", self.fields["sha256"].editor.value())
            except ValidationError as exc:
                problems.extend(exc.problems)
        return record, problems

    def store(self, conn: Connection, case_id: int, record: EntryRecord) -> EntryRecord:
        """A new hash-only record, or changes to stored evidence."""
        from core.evidence import add_description

        assert isinstance(record, Evidence)
        if record.id is not None:
            return diary.update(conn, record)
        return add_description(
            conn,
            case_id,
            record.description or "",
            sha256=record.sha256,
            where_seen=record.where_seen,
            note=record.note,
            at=record.at,
        )

    # --- hashing a file ----------------------------------------------------------------------

    def _choose_file(self) -> None:
        chosen = open_files(self, self.tr("Choose the file to work out its SHA-256"))
        if not chosen:
            return
        self.cancel_hash.clear()
        self.hash_button.setEnabled(False)
        self.hash_progress.setValue(0)
        self.hashing.show()
        self.hashed = (0, 1)
        self.hash_timer.start()
        self.controller.jobs.start(
            lambda: hash_file(chosen[0], self._report, self.cancel_hash),
            self._hashed,
            self._hash_failed,
        )

    def _report(self, done: int, total: int) -> None:
        self.hashed = (done, total)  # on the worker thread: no Qt calls here

    def _hash_progress(self) -> None:
        done, total = self.hashed
        self.hash_progress.setValue(done * 1000 // max(total, 1))

    def _hash_finished(self) -> None:
        self.hash_timer.stop()
        self.hash_button.setEnabled(True)
        self.hashing.hide()

    def _hashed(self, digest: str) -> None:
        if not isValid(self):
            return
        self._hash_finished()
        self.fields["sha256"].editor.set_value(digest)
        self.fields["sha256"].set_problem("")

    def _hash_failed(self, exc: Any) -> None:
        if not isValid(self):
            return
        self._hash_finished()
        if isinstance(exc, HashCancelled):
            return
        code = getattr(getattr(exc, "code", None), "value", "")
        self.fields["sha256"].set_problem(evidence_message(code))
