"""What helpline and school pages share: the current case's file, the flow walked for it, and
the staff member's name for the session. ``HelplineController`` and ``SchoolController`` add
their own parts.

Reads run on the GUI thread; every write goes through the diary's single write thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from core.content.region_model import ContactKind
from core.content.regions import region_or_fallback, services
from core.session import VaultState
from ui.controller import Controller

if TYPE_CHECKING:
    from core.diary.records import AgeGroup
    from core.flow.state import FlowState
    from core.modes.casefile import CaseFile
    from core.modes.events import NewEvent
    from core.vault.migrations import Connection


def services_text(
    controller: Controller, region_pack: str, age: str | None
) -> Callable[[str], str]:
    """Lines naming a region's services in a category, with their numbers and links."""
    pack = region_or_fallback(region_pack)[0]

    def text(category: str) -> str:
        lines = []
        for service in services(pack, category, age):
            contacts = [
                c.value for c in service.contacts if c.kind in (ContactKind.PHONE, ContactKind.URL)
            ]
            lines.append(f"{controller.service_name(service)}: {', '.join(contacts)}")
        return "\n".join(lines)

    return text


class ModeController(QObject):
    """The current case in helpline or school mode, and the flow walked for it."""

    fileChanged = Signal()  # the current case, its events or notes changed
    casesChanged = Signal()  # a case was opened, changed or purged: lists refresh
    failed = Signal(object)  # the exception, for a calm message

    flow_id = ""  # the flow walked for each case

    def __init__(self, controller: Controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self.diary = controller.diary
        self.staff_name: str | None = None  # typed once per session, kept in memory only
        self._walk: FlowState | None = None
        self.diary.caseChanged.connect(self._case_changed)
        controller.vaultStateChanged.connect(self._vault_changed)

    # --- reading ------------------------------------------------------------------------------

    def current_file(self) -> CaseFile | None:
        """The current case's file (None when there is none or the diary is locked)."""
        case_id = self.diary.current_case_id
        if case_id is None or self.controller.vault_state is not VaultState.UNLOCKED:
            return None
        from core.diary.errors import NotFoundError
        from core.modes.casefile import get_case_file

        try:
            return get_case_file(self.diary.conn, case_id)
        except NotFoundError:  # purged a moment ago
            return None

    def walk_context(self, file: CaseFile) -> Mapping[str, str]:
        """The flow's context for this case (its region, the mode ...)."""
        return {"region": file.region_pack}

    def walk(self) -> FlowState | None:
        """The flow as walked for the current case."""
        if self._walk is None:
            file = self.current_file()
            if file is not None:
                from core.flow.loader import load_bundled
                from core.modes.walks import load_walk

                flow = load_bundled(self.flow_id)
                self._walk = load_walk(self.diary.conn, file.case_id, flow, self.walk_context(file))
        return self._walk

    def service_age(self, file: CaseFile | None) -> str | None:
        """Whose services to show: ``under18``, ``adult`` or None (unknown)."""
        age = file.case.age_group.value if file else "unknown"
        return None if age == "unknown" else age

    def services_text(self) -> Callable[[str], str]:
        """Service lines for the case's region and age."""
        file = self.current_file()
        region = file.region_pack if file else self.controller.region
        return services_text(self.controller, region, self.service_age(file))

    # --- changing -----------------------------------------------------------------------------

    def start_case(self, age_group: AgeGroup | None = None) -> int:
        """Open a new case in this office's region (a call, or a pupil's record), make it
        current, and return its id."""
        from core.diary.records import AgeGroup
        from core.modes.casefile import open_case

        region, age = self.controller.region, age_group or AgeGroup.UNKNOWN
        file = self.diary.run_now(lambda conn: open_case(conn, age_group=age, region_pack=region))
        self.diary.set_current_case(file.case_id)
        self.casesChanged.emit()
        return int(file.case_id)

    def open_case(self, case_id: int) -> None:
        """Switch to another case (a follow-up call, a colleague's handover, another pupil)."""
        self.diary.set_current_case(case_id)

    def change(self, work: Callable[[Connection, int], Any], lists_too: bool = False) -> None:
        """Run ``work(conn, case_id)`` on the write thread for the current case, then refresh."""
        case_id = self.diary.current_case_id
        if case_id is None:
            return

        def done(_: object) -> None:
            self.fileChanged.emit()
            if lists_too:
                self.casesChanged.emit()

        self.diary.write(lambda conn: work(conn, case_id), done, self.failed.emit)

    def explain_confidentiality(self, name: str) -> None:
        """Record that the limits were explained; remember the name for this session."""
        from core.modes.casefile import explain_confidentiality

        self.staff_name = name or self.staff_name
        by = self.staff_name
        self.change(lambda conn, cid: explain_confidentiality(conn, cid, by))

    def _save_walk(self, event: NewEvent | None = None) -> None:
        from core.modes.walks import save_walk

        walk = self._walk
        if walk is None:
            return
        state_json, flow_id = walk.to_json(), walk.flow.id
        self.change(lambda conn, cid: save_walk(conn, cid, flow_id, state_json, event))

    def answer(self, option_id: str, reason: str | None = None) -> None:
        """Answer the current question; the decision is recorded with the time and name."""
        from core.modes import walks

        walk = self.walk()
        if walk is not None:
            self._save_walk(walks.answer(walk, option_id, by=self.staff_name, detail=reason))

    def tick(self, item_id: str, done: bool, reason: str | None = None) -> None:
        """Tick (or untick) a point of the current step; recorded with the time and name."""
        from core.modes import walks

        walk = self.walk()
        if walk is not None:
            self._save_walk(walks.tick(walk, item_id, done, by=self.staff_name, detail=reason))

    def advance(self) -> None:
        """Go on to the next step."""
        walk = self.walk()
        if walk is not None:
            walk.advance()
            self._save_walk()

    def back(self) -> None:
        """Go back a step to look again (recorded)."""
        from core.modes import walks

        walk = self.walk()
        if walk is not None:
            self._save_walk(walks.back(walk, by=self.staff_name))

    # --- following the vault ------------------------------------------------------------------

    def _case_changed(self, _case_id: int) -> None:
        self._walk = None
        self.fileChanged.emit()

    def _vault_changed(self, _state: str) -> None:
        if self.controller.vault_state is not VaultState.UNLOCKED:
            self.staff_name = None
            self._walk = None
        self.casesChanged.emit()
