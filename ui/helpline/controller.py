"""What helpline pages ask of the vault beyond the shared case handling: new calls, stages,
risk flags, the caller's details, quick notes, the guide walked with the caller (the caller's
age answer updates the case), and the handover. One per controller (``helpline_of``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ui.controller import Controller
from ui.helpline.mode_controller import ModeController

if TYPE_CHECKING:
    from core.diary.records import AgeGroup, CaseStatus
    from core.modes.casefile import CaseFile
    from core.modes.find import CaseRow
    from core.modes.purge import PurgeRecord


class HelplineController(ModeController):
    """The current call's case file and guide walk; everything helpline pages change."""

    flow_id = "guide"

    def __init__(self, controller: Controller) -> None:
        super().__init__(controller)
        self.diary.casesPurged.connect(lambda _: self.casesChanged.emit())

    def walk_context(self, file: CaseFile) -> Mapping[str, str]:
        """The guide in helpline mode, in the caller's region."""
        from core.modes.helpline import HELPLINE_CONTEXT

        return {**HELPLINE_CONTEXT, "region": file.region_pack}

    # --- reading ------------------------------------------------------------------------------

    def rows(self, query: str, statuses: frozenset[CaseStatus] | None) -> list[CaseRow]:
        """The case list, filtered by status and by what staff typed."""
        from core.modes.find import find_cases

        return find_cases(self.diary.conn, query, statuses)

    def purge_records(self) -> list[PurgeRecord]:
        """Cases removed for good, with only their number and dates."""
        from core.modes.purge import purge_records

        return purge_records(self.diary.conn)

    def handover(self) -> str:
        """The handover summary of the current call, in the staff member's language."""
        file = self.current_file()
        if file is None:
            return ""
        from core.flow.loader import load_bundled
        from core.modes.helpline import build_handover, handover_text

        guide = load_bundled(self.flow_id)
        summary = build_handover(self.diary.conn, file.case_id, guide, self.staff_name)
        return handover_text(summary, self.controller.catalog)

    # --- calls --------------------------------------------------------------------------------

    def new_call(self) -> int:
        """Open a new case for a call starting now, in the helpline's region, and make it current.

        Nothing about the caller is asked yet: the confidentiality screen comes first.
        """
        return self.start_case()

    def set_stage(self, stage: str) -> None:
        """Move the call to another stage."""
        from core.modes.casefile import set_stage

        by = self.staff_name
        self.change(lambda conn, cid: set_stage(conn, cid, stage, by))

    def set_risk(self, flag: str, raised: bool) -> None:
        """Raise or clear a risk flag."""
        from core.modes.casefile import set_risk

        by = self.staff_name
        self.change(lambda conn, cid: set_risk(conn, cid, flag, raised, by))

    def update_case(
        self,
        *,
        title: str | None = None,
        status: CaseStatus | None = None,
        age_group: AgeGroup | None = None,
        region_pack: str | None = None,
    ) -> None:
        """Change the case's title, status, caller's age group or region."""
        from core.modes.casefile import change_case

        if region_pack is not None and self._walk is not None:
            self._walk.set_context(region=region_pack)
        self.change(
            lambda conn, cid: change_case(
                conn, cid, title=title, status=status, age_group=age_group, region_pack=region_pack
            ),
            lists_too=True,
        )

    def set_next_steps(self, text: str) -> None:
        """Save what happens next."""
        from core.modes.casefile import set_next_steps

        self.change(lambda conn, cid: set_next_steps(conn, cid, text))

    def add_note(self, text: str, stage: str | None = None) -> None:
        """Save a timestamped note (a quick note, or the caller's account) in the diary."""
        from core.modes.events import add_note

        file = self.current_file()
        if file is None or not text.strip():
            return
        by, at_stage = self.staff_name, stage or file.stage
        self.change(lambda conn, cid: add_note(conn, cid, text, by=by, stage=at_stage))

    def answer(self, option_id: str, reason: str | None = None) -> None:
        """Answer the guide's question as the caller did; their age answer updates the case."""
        from core.diary.records import AgeGroup

        walk = self.walk()
        before = walk.answers.get("age") if walk else None
        super().answer(option_id, reason)
        age = walk.answers.get("age") if walk else None
        if age is not None and age != before:
            self.update_case(age_group=AgeGroup(age))


def helpline_of(controller: Controller) -> HelplineController:
    """The controller's helpline part, made on first use."""
    found = controller.findChild(HelplineController)
    return found if found is not None else HelplineController(controller)
