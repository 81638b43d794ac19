"""What the school page asks of the vault beyond the shared case handling: pupils' records,
what the pupil said, the export of the chronology, and the confirmed purge. One per controller
(``school_of``).

The lead's name is typed once per session (on the first confidentiality screen), kept only in
memory, and written with every decision and note.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal

from core.session import VaultState
from ui.controller import Controller
from ui.helpline.mode_controller import ModeController

if TYPE_CHECKING:
    from core.modes.casefile import CaseFile
    from core.modes.find import CaseRow
    from core.vault.migrations import Connection


class SchoolController(ModeController):
    """The current pupil's record and the lead's walk through the decision steps."""

    exported = Signal(str)  # the path written
    purged = Signal(str)  # the case number purged

    flow_id = "school"

    def service_age(self, file: CaseFile | None) -> str | None:
        """A pupil is always under 18."""
        return "under18"

    # --- reading ------------------------------------------------------------------------------

    def records(self) -> list[CaseRow]:
        """Pupils' records not yet purged, newest first."""
        from core.modes.find import case_rows

        if self.controller.vault_state is not VaultState.UNLOCKED:
            return []
        return case_rows(self.diary.conn)

    def exported_already(self) -> bool:
        """True once the current record has been exported at least once."""
        file = self.current_file()
        if file is None:
            return False
        from core.modes.events import EventKind, list_events

        return any(e.kind is EventKind.EXPORT for e in list_events(self.diary.conn, file.case_id))

    def chronology_table(self) -> list[list[str]]:
        """The current record's chronology: a header row, then one row per event."""
        file = self.current_file()
        if file is None:
            return []
        from core.flow.loader import load_bundled
        from core.modes.chronology import chronology, chronology_table

        flows = {f: load_bundled(f) for f in ("guide", self.flow_id)}
        catalog = self.controller.catalog
        return chronology_table(chronology(self.diary.conn, file.case_id, catalog, flows), catalog)

    # --- records ------------------------------------------------------------------------------

    def new_record(self) -> int:
        """Open a record for a pupil (under 18, in this school's region) and make it current."""
        from core.diary.records import AgeGroup

        return self.start_case(AgeGroup.UNDER18)

    def set_reference(self, text: str) -> None:
        """The pupil's initials or the school's reference for the record."""
        from core.modes.casefile import change_case

        self.change(lambda conn, cid: change_case(conn, cid, title=text), lists_too=True)

    def record_words(self, text: str) -> None:
        """Save what the pupil said, in their words, with the time and the lead's name."""
        from core.modes.chronology import PUPIL_WORDS
        from core.modes.events import add_note

        if not text.strip():
            return
        by = self.staff_name
        self.change(lambda conn, cid: add_note(conn, cid, text, by=by, stage=PUPIL_WORDS))

    # --- export and purge ---------------------------------------------------------------------

    def export(self, path: Path, data: bytes, fmt: str) -> None:
        """Write an export atomically off the GUI thread, then record it in the case."""
        from core.atomic import atomic_write_bytes
        from core.modes.events import EventKind, NewEvent, record_event

        file = self.current_file()
        if file is None:
            return
        case_id, event = file.case_id, NewEvent(EventKind.EXPORT, choice=fmt, by=self.staff_name)

        def announce(_: object) -> None:
            self.fileChanged.emit()
            self.exported.emit(str(path))

        def recorded(_: object) -> None:
            self.diary.write(
                lambda conn: record_event(conn, case_id, event), announce, self.failed.emit
            )

        self.controller.jobs.start(
            lambda: atomic_write_bytes(path, data), recorded, self.failed.emit
        )

    def csv_data(self) -> bytes:
        """The chronology as CSV bytes (UTF-8 with BOM, formulas neutralised)."""
        from core.modes.export import csv_bytes

        return csv_bytes(self.chronology_table())

    def purge(self) -> None:
        """Remove the current record for good (after the lead typed its number), then replace
        the backups that still held it; ``purged`` follows."""
        file = self.current_file()
        if file is None:
            return
        session = self.controller.session
        case_id, label = file.case_id, file.label

        def work(conn: Connection) -> None:
            from core.modes.purge import PurgeReason, forget_old_backups, purge_case

            purge_case(conn, session.require_blobs(), case_id, PurgeReason.CONFIRMED)
            forget_old_backups(session.require_vault())

        def done(_: object) -> None:
            self.diary.set_current_case(None)
            self.casesChanged.emit()
            self.purged.emit(label)

        self.diary.write(work, done, self.failed.emit)


def school_of(controller: Controller) -> SchoolController:
    """The controller's school part, made on first use."""
    found = controller.findChild(SchoolController)
    return found if found is not None else SchoolController(controller)
