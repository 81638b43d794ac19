"""Which case the diary shows, and the one queue through which every diary write goes.

Victims (and schools, one pupil at a time) have one open case, created the first time something
is saved. Helpline staff keep many and pick one from their case list. Writes run one at a time
on a single background thread, so two never share the vault's connection at once.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from core.session import VaultState
from ui.jobs import Jobs

if TYPE_CHECKING:
    from core.diary.records import Case
    from core.vault.migrations import Connection
    from ui.controller import Controller

# core.diary loads phone, IBAN and locale libraries: it is imported when the diary is first used,
# not at start-up, so the guide appears at once.

# Region pack codes and the ISO 3166 codes the diary keeps for a case.
ISO_REGIONS = {"uk": "GB", "ie": "IE", "es": "ES", "pt": "PT", "us": "US", "ca": "CA", "au": "AU"}
# The money people in each region most likely deal in (the form's first guess; they can change it).
REGION_CURRENCIES = {
    "uk": "GBP",
    "ie": "EUR",
    "es": "EUR",
    "pt": "EUR",
    "us": "USD",
    "ca": "CAD",
    "au": "AUD",
}


class DiaryController(QObject):
    """The current case and serialised diary writes."""

    caseChanged = Signal(int)  # the case id, 0 when none is open
    entriesChanged = Signal()  # something in the current case was added, changed or deleted
    writeFailed = Signal(object)  # the exception, for the view to put into calm words
    casesPurged = Signal(int)  # how many closed cases the retention period removed
    deletionsChanged = Signal()  # the list of deletes that can still be undone changed

    def __init__(self, controller: Controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self.writes = Jobs(self, max_threads=1)
        self._case_id: int | None = None
        self._deleted: list[int] = []  # entry ids deleted since unlocking, newest last
        self._cancels: set[threading.Event] = set()
        controller.vaultStateChanged.connect(self._vault_changed)
        controller.ageGroupChanged.connect(self._age_group_changed)

    @property
    def conn(self) -> Connection:
        """The unlocked vault's connection (``VaultLocked`` otherwise)."""
        return self.controller.session.require_vault().conn

    @property
    def current_case_id(self) -> int | None:
        """The case the diary pages show, if any."""
        return self._case_id

    def set_current_case(self, case_id: int | None) -> None:
        """Show ``case_id`` (None: no case, e.g. a helpline worker between calls)."""
        if case_id != self._case_id:
            self._case_id = case_id
            self.caseChanged.emit(case_id or 0)

    def current_case(self) -> Case | None:
        """The current case's record."""
        from core.diary import get_case

        return get_case(self.conn, self._case_id) if self._case_id is not None else None

    def ensure_case(self) -> int:
        """The current case, created now if there is none (the first save makes it).

        Call it on the GUI thread before queueing the write that needs the case.
        """
        if self._case_id is None:
            from core.diary import add_case

            self.writes.wait()  # no write may be mid-transaction on the shared connection
            case = add_case(self.conn, self._new_case())
            assert case.id is not None
            self.set_current_case(case.id)
        assert self._case_id is not None
        return self._case_id

    def _new_case(self) -> Case:
        from core.diary.records import AgeGroup, Case

        age = self.controller.age_group
        return Case(
            age_group=AgeGroup(age) if age else AgeGroup.UNKNOWN,
            region=ISO_REGIONS.get(self.controller.region),
        )

    def cancellable(self) -> threading.Event:
        """A cancel flag for long work (imports, exports), set when the diary locks."""
        event = threading.Event()
        self._cancels.add(event)
        return event

    def finished(self, event: threading.Event) -> None:
        """Forget a cancel flag once its work is over."""
        self._cancels.discard(event)

    def cancel_all(self) -> None:
        """Ask every long piece of work to stop now (Lock and Quick exit call this)."""
        for event in self._cancels:
            event.set()
        self._cancels.clear()

    def run_now(self, work: Callable[[Connection], Any]) -> Any:
        """Run a small write at once on the GUI thread, after the queued writes have finished
        (for a new case the page must show straight away); return its result."""
        self.writes.wait()
        return work(self.conn)

    def write(
        self,
        work: Callable[[Connection], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run ``work(conn)`` on the diary's write thread; then refresh views, or report failure."""
        conn = self.conn

        def done(result: Any) -> None:
            self.entriesChanged.emit()
            if on_done is not None:
                on_done(result)

        self.writes.start(lambda: work(conn), done, on_error or self.writeFailed.emit)

    def purge_expired_cases(self, today: dt.date | None = None) -> None:
        """Purge closed cases kept longer than the policy's ``retention_days`` (at unlock),
        then replace the backups that still held them; ``casesPurged`` tells how many."""
        days = self.controller.session.policy.retention_days
        if days is None:
            return
        session = self.controller.session

        def work(conn: Connection) -> int:
            from core.modes.purge import forget_old_backups, purge_expired

            purged = purge_expired(conn, session.require_blobs(), days, today or dt.date.today())
            if purged:
                forget_old_backups(session.require_vault())
            return len(purged)

        self.write(work, self.casesPurged.emit)

    def read(
        self,
        work: Callable[[Connection], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Run slow reading (decrypting evidence to view or export) on the diary's thread.

        It queues behind any write, so the shared connection is never used by two threads.
        """
        conn = self.conn
        self.writes.start(lambda: work(conn), on_done, on_error)

    # --- defaults for the forms ---------------------------------------------------------------

    @property
    def case_region(self) -> str | None:
        """The ISO region of the current case, else of the person's chosen region."""
        case = self.current_case()
        if case is not None and case.region:
            return case.region
        return ISO_REGIONS.get(self.controller.region)

    def default_currency(self) -> str:
        """A new demand or payment's currency: the one used last in the case, else the region's."""
        from core.diary import list_entries
        from core.diary.records import Demand, Payment

        if self._case_id is not None:
            money: list[Demand | Payment] = [
                *list_entries(self.conn, self._case_id, Demand),
                *list_entries(self.conn, self._case_id, Payment),
            ]
            used = [(e.created_at, e.id or 0, e.currency) for e in money if e.currency]
            if used:
                return str(max(used)[2])
        return REGION_CURRENCIES.get(self.controller.region, "EUR")

    def last_platform(self) -> str | None:
        """The platform most recently written down in this case (the form's first guess)."""
        from core.diary import list_entries
        from core.diary.records import Action, Message, Person

        if self._case_id is None:
            return None
        named: list[Person | Message | Action] = [
            *list_entries(self.conn, self._case_id, Person),
            *list_entries(self.conn, self._case_id, Message),
            *list_entries(self.conn, self._case_id, Action),
        ]
        used = [(e.created_at, e.id or 0, e.platform) for e in named if e.platform]
        return str(max(used)[2]) if used else None

    @property
    def images_blocked(self) -> bool:
        """True when no picture or video may be stored, previewed or cached (the under-18 guard)."""
        if not self.controller.session.images_allowed or self.controller.age_group == "under18":
            return True
        if self.controller.vault_state is not VaultState.UNLOCKED:
            return False
        case = self.current_case()
        return case is not None and case.age_group.value == "under18"

    # --- deleting with undo -------------------------------------------------------------------

    @property
    def undoable(self) -> int:
        """How many deletes can still be undone (until the diary is locked)."""
        return len(self._deleted)

    def delete_entry(self, entry_id: int, on_done: Callable[[Any], None] | None = None) -> None:
        """Hide an entry; it can be brought back with ``undo_delete`` until the diary locks."""
        from core import diary

        def deleted(_result: Any) -> None:
            self._deleted.append(entry_id)
            self.deletionsChanged.emit()
            if on_done is not None:
                on_done(entry_id)

        self.write(lambda conn: diary.delete_entry(conn, entry_id), deleted)

    def undo_delete(self) -> None:
        """Bring back the entry deleted last."""
        from core import diary

        if not self._deleted:
            return
        entry_id = self._deleted.pop()
        self.deletionsChanged.emit()
        self.write(lambda conn: diary.undo_delete(conn, entry_id))

    def _vault_changed(self, _state: str) -> None:
        if self.controller.vault_state is not VaultState.UNLOCKED:
            self._deleted.clear()  # locking made those deletes final
            self.deletionsChanged.emit()
            self.set_current_case(None)
            return
        self.purge_expired_cases()
        if self.controller.session.policy.mode == "helpline":
            return  # staff choose a case from their list
        from core.diary import list_cases
        from core.diary.records import CaseStatus

        open_cases = [c for c in list_cases(self.conn) if c.status is not CaseStatus.CLOSED]
        self.set_current_case(open_cases[0].id if open_cases else None)
        known = open_cases[0].age_group.value if open_cases else "unknown"
        if self.controller.age_group is None and known != "unknown":
            self.controller.set_age_group(known)  # the diary remembers what the guide was told

    def _age_group_changed(self, age: str) -> None:
        if self._case_id is None or self.controller.vault_state is not VaultState.UNLOCKED:
            return
        from core.diary import update_case
        from core.diary.records import AgeGroup

        case = self.current_case()
        wanted = AgeGroup(age) if age else AgeGroup.UNKNOWN
        if case is not None and case.age_group is not wanted and wanted is not AgeGroup.UNKNOWN:
            case.age_group = wanted
            self.write(lambda conn: update_case(conn, case))
