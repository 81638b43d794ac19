"""The Reports page's controller: preview, statement, PDF, text, print and the evidence pack.

Threads. The vault's one connection is shared and not re-entrant, so every read of it here runs
on the diary's write thread (``controller.diary.writes``), queued with the writes and never at
the same time as one; those reads are short (the report model, and for a pack each evidence
row and its key). Everything slow then runs in ``controller.jobs`` without touching the
database: putting the report into words, rendering the PDF (Qt paints PDFs and printers
outside the GUI thread), and streaming gigabytes of evidence into the ZIP. The GUI thread only
shows dialogs and results, so the window never freezes. Locking the diary or Quick exit
cancels a running export; the pack then leaves nothing behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from core.session import VaultState
from ui.controller import Controller
from ui.reports.pdf import PageLabels, paint_document, render_pdf

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from core.reports import Report, ReportView
    from core.vault.migrations import Connection

# core.reports loads babel and the diary: it is imported when the Reports page is first used.


@dataclass(frozen=True)
class Rendered:
    """One report in words, as HTML (preview, PDF) and plain text."""

    view: ReportView
    html: str
    text: str


class ReportsController(QObject):
    """What the Reports page asks for; results arrive as signals on the GUI thread."""

    previewReady = Signal(object)  # Rendered
    statementLoaded = Signal(str)  # the saved statement ("" when none)
    exampleReady = Signal(object)  # Rendered, of the made-up example case
    progressed = Signal(int, int)  # bytes done, bytes in all (evidence pack)
    finished = Signal(str)  # what was saved or printed: the path, or "" for the printer
    failed = Signal(object)  # the exception, for the page to put into calm words
    previewFailed = Signal(object)  # the preview could not be made (e.g. the diary locked)
    statementSaved = Signal()
    busyChanged = Signal(bool)

    def __init__(self, controller: Controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self._variant: str | None = None
        self._generation = 0
        self._cancel: threading.Event | None = None
        controller.vaultStateChanged.connect(self._vault_changed)
        controller.quickExitRequested.connect(self.cancel)

    # --- choices -----------------------------------------------------------------------------

    @property
    def variant(self) -> str:
        """The chosen form: the region's own until the person picks another."""
        return self._variant or self.controller.region_pack.report_variant

    def set_variant(self, code: str) -> None:
        """Choose the form the report follows."""
        self._variant = code

    @property
    def busy(self) -> bool:
        """True while an export or print runs."""
        return self._cancel is not None

    # --- reading -----------------------------------------------------------------------------

    def _read(self, work: Callable[[Connection], Any], done: Callable[[Any], None]) -> None:
        """Run ``work(conn)`` on the diary's thread, queued with its writes."""
        try:
            conn = self.controller.diary.conn
        except Exception as exc:  # the vault locked: say so calmly
            self.previewFailed.emit(exc)
            return
        self.controller.diary.writes.start(lambda: work(conn), done, self.previewFailed.emit)

    def _render(self, report: Report, example: bool = False) -> Rendered:
        from core.reports import compose, render_html, render_text

        view = compose(
            report, language=self.controller.language, variant_code=self.variant, example=example
        )
        return Rendered(view, render_html(view), render_text(view))

    def refresh(self) -> None:
        """Rebuild the preview of the current case (``previewReady`` follows)."""
        case_id = self.controller.diary.current_case_id
        if case_id is None:
            return
        self._generation += 1
        generation = self._generation

        def read(conn: Connection) -> tuple[Report, str]:
            from core.reports import build_report, get_statement

            statement = get_statement(conn, case_id)
            return build_report(conn, case_id), statement.text if statement else ""

        def render(found: tuple[Report, str]) -> None:
            report, statement = found
            self.statementLoaded.emit(statement)
            self.controller.jobs.start(
                lambda: self._render(report),
                lambda rendered: self._preview(generation, rendered),
                self.previewFailed.emit,
            )

        self._read(read, render)

    def _preview(self, generation: int, rendered: Rendered) -> None:
        if generation == self._generation:  # an older preview that finished late is dropped
            self.previewReady.emit(rendered)

    def save_statement(self, text: str) -> None:
        """Keep the person's own statement in the vault, then refresh the preview."""
        from core.reports import save_statement

        case_id = self.controller.diary.ensure_case()

        def saved(_statement: object) -> None:
            self.statementSaved.emit()
            self.refresh()

        self.controller.diary.write(lambda conn: save_statement(conn, case_id, text), saved)

    def show_example(self) -> None:
        """Build the made-up example in a throw-away vault (``exampleReady`` follows)."""
        from core.reports import build_report
        from core.reports.example import example_vault

        region, language = self.controller.region, self.controller.language
        images = self.controller.session.images_allowed

        def work() -> Rendered:
            with example_vault(region, language, images_allowed=images) as example:
                report = build_report(example.conn, example.case_id)
            return self._render(report, example=True)

        self.controller.jobs.start(work, self.exampleReady.emit, self.failed.emit)

    # --- exports -----------------------------------------------------------------------------

    def _begin(self) -> threading.Event | None:
        if self._cancel is not None:
            return None
        self._cancel = self.controller.diary.cancellable()  # Lock and Quick exit set it
        self.busyChanged.emit(True)
        return self._cancel

    def _end(self) -> None:
        if self._cancel is not None:
            self.controller.diary.finished(self._cancel)
        self._cancel = None
        self.busyChanged.emit(False)

    def _export(self, paint: Callable[[Report], Any], work: Callable[[Any], str]) -> None:
        """Read the case on the diary's thread, ``paint`` it here, then ``work`` in the
        background (see ``_read_then``)."""
        case_id = self.controller.diary.current_case_id
        cancel = self._begin() if case_id is not None else None
        if case_id is None or cancel is None:
            return

        def read(conn: Connection) -> Report:
            from core.reports import build_report

            return build_report(conn, case_id)

        self._read_then(read, paint, work)

    def _read_then(
        self,
        read: Callable[[Connection], Any],
        paint: Callable[[Any], Any],
        work: Callable[[Any], str],
    ) -> None:
        """``read`` on the diary's thread, ``paint`` on the GUI thread (Qt lays out text and
        draws PDFs and printed pages safely only there: fonts are shared), then ``work`` (writing
        files, streaming evidence) in the background."""

        def failed(exc: Exception) -> None:
            self._end()
            self.failed.emit(exc)

        def done(path: str) -> None:
            self._end()
            self.finished.emit(path)

        def painted(found: Any) -> None:
            try:
                ready = paint(found)
            except Exception as exc:  # shown to the person as a calm message
                failed(exc)
                return
            self.controller.jobs.start(lambda: work(ready), done, failed)

        try:
            conn = self.controller.diary.conn
        except Exception as exc:
            failed(exc)
            return
        self.controller.diary.writes.start(lambda: read(conn), painted, failed)

    def _pdf(self, rendered: Rendered) -> bytes:
        paper = self.controller.region_pack.paper
        return render_pdf(rendered.html, page_labels(rendered.view), paper, rendered.view.title)

    def save_pdf(self, target: Path) -> None:
        """Save the report as a PDF at ``target`` (chosen and warned about by the page)."""
        from core.atomic import atomic_write_bytes

        def write(data: bytes) -> str:
            atomic_write_bytes(target, data)
            return str(target)

        self._export(lambda report: self._pdf(self._render(report)), write)

    def save_text(self, target: Path) -> None:
        """Save the report as plain UTF-8 text at ``target``."""
        from core.atomic import atomic_write_bytes

        def write(text: str) -> str:
            atomic_write_bytes(target, text.encode("utf-8"))
            return str(target)

        self._export(lambda report: self._render(report).text, write)

    def print_report(self, printer: QPrinter) -> None:
        """Print the report on ``printer`` (set up by the print dialog)."""

        def paint(report: Report) -> str:
            rendered = self._render(report)
            paint_document(printer, rendered.html, page_labels(rendered.view))
            return printer.outputFileName()

        self._export(paint, lambda name: str(name))

    def make_pack(self, target: Path) -> None:
        """Write the evidence pack to ``target``, with ``progressed`` and cancel."""
        case_id = self.controller.diary.current_case_id
        cancel = self._begin() if case_id is not None else None
        if case_id is None or cancel is None:
            return
        store = self.controller.session.blobs
        images = self.controller.session.images_allowed
        language, variant = self.controller.language, self.variant

        def read(conn: Connection) -> Any:
            from core.reports import build_report, plan_pack

            assert store is not None
            return plan_pack(conn, store, build_report(conn, case_id), images_allowed=images)

        def paint(plan: Any) -> tuple[Any, Rendered, bytes]:
            rendered = self._render(plan.report)
            return plan, rendered, self._pdf(rendered)

        def work(ready: tuple[Any, Rendered, bytes]) -> str:
            from core.reports import write_pack

            plan, rendered, pdf = ready
            write_pack(
                plan,
                target,
                text=rendered.text,
                pdf=lambda: pdf,
                language=language,
                variant=variant,
                progress=self._progress_relay(),
                cancel=cancel,
            )
            return str(target)

        self._read_then(read, paint, work)

    def _progress_relay(self) -> Callable[[int, int], None]:
        last = [-1]

        def relay(done: int, total: int) -> None:
            percent = done * 100 // max(total, 1)
            if percent != last[0]:  # at most a hundred updates, however big the pack
                last[0] = percent
                self.progressed.emit(done, total)

        return relay

    def cancel(self) -> None:
        """Stop a running evidence pack at its next chunk (nothing is left behind)."""
        if self._cancel is not None:
            self._cancel.set()

    def _vault_changed(self, _state: str) -> None:
        if self.controller.vault_state is not VaultState.UNLOCKED:
            self.cancel()


def page_labels(view: ReportView) -> PageLabels:
    """The words on every page of the printed report."""
    return PageLabels(view.sensitive, view.generated, view.page)


def reports_controller(controller: Controller) -> ReportsController:
    """The app's one ReportsController (it outlives the page, which is rebuilt after a lock)."""
    found = controller.findChild(ReportsController)
    return found if isinstance(found, ReportsController) else ReportsController(controller)
