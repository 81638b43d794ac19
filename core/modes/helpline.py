"""Helpline calls: the call stages, and the handover summary for the next staff member.

A call moves through ``STAGES`` (staff may jump to any). The handover is plain text built from
the vault: the case's key facts, the stage reached, the guide steps walked with the caller and
the items ticked, next steps, risk flags and the notes, in the staff member's language
(``helpline.handover.*`` content keys).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from core.content.catalog import Catalog
from core.diary.entries import list_entries
from core.diary.records import Note, Person
from core.diary.timeline import Totals, totals
from core.flow.model import Flow, Option, Shown, Step, StepKind
from core.flow.state import FlowState
from core.modes.casefile import RISK_FLAGS, CaseFile, get_case_file
from core.modes.events import local_now
from core.modes.walks import load_walk
from core.reports.formatting import Formatter
from core.vault.migrations import Connection

STAGES: tuple[str, ...] = ("opening", "safety", "happened", "advice", "next_steps", "wrap_up")
"""The stages of a call, in order (words: ``helpline.stages.<stage>.title`` / ``.hint``)."""

GUIDE = "guide"
HELPLINE_CONTEXT = {"mode": "helpline"}


@dataclass(frozen=True)
class Handover:
    """What the next staff member needs to know about a case."""

    file: CaseFile
    answers: tuple[tuple[Step, Option], ...]
    done: tuple[Step, ...]
    ticked: tuple[tuple[Step, tuple[Shown, ...]], ...]
    current: Step | None
    totals: Totals
    people: int
    notes: tuple[Note, ...]
    written_by: str | None
    written_at: dt.datetime


def guide_walk(conn: Connection, file: CaseFile, guide: Flow) -> FlowState:
    """The guide as walked with this caller, in the caller's region."""
    return load_walk(conn, file.case_id, guide, {**HELPLINE_CONTEXT, "region": file.region_pack})


def _answered(state: FlowState) -> Iterator[tuple[Step, Option]]:
    answers = state.answers
    for step in state.flow.steps.values():
        if step.kind is StepKind.QUESTION and step.asks in answers:
            option = step.option_for(answers[step.asks or ""])
            if option is not None:
                yield step, option


def build_handover(
    conn: Connection,
    case_id: int,
    guide: Flow,
    written_by: str | None = None,
    now: dt.datetime | None = None,
) -> Handover:
    """Gather the handover of one case from the vault."""
    file = get_case_file(conn, case_id)
    state = guide_walk(conn, file, guide)
    route = state.route()
    ticked = tuple(
        (stop.step, tuple(i for i in stop.step.items if i.id in stop.ticked))
        for stop in route
        if stop.ticked
    )
    return Handover(
        file=file,
        answers=tuple(_answered(state)),
        done=tuple(stop.step for stop in route if stop.done),
        ticked=ticked,
        current=None if state.step.id == guide.start and not state.can_go_back else state.step,
        totals=totals(conn, case_id),
        people=len(list_entries(conn, case_id, Person)),
        notes=tuple(list_entries(conn, case_id, Note)),
        written_by=written_by,
        written_at=now or local_now(),
    )


def _when(value: dt.datetime, t: Catalog) -> str:
    return Formatter(t.lang).when(value)


def _money(sums: dict[str, Decimal], t: Catalog) -> str:
    fmt = Formatter(t.lang)
    return ", ".join(fmt.money(amount, currency) for currency, amount in sums.items())


def _header(h: Handover, t: Catalog) -> list[str]:
    file, case = h.file, h.file.case
    written = _when(h.written_at, t)
    lines = [
        t.text("helpline.handover.heading", label=file.label),
        t.text("helpline.handover.written_by", when=written, name=h.written_by)
        if h.written_by
        else t.text("helpline.handover.written", when=written),
        "",
    ]
    if case.title:
        lines.append(t.text("helpline.handover.title", title=case.title))
    lines += [
        t.text("helpline.handover.status", status=t.text(f"helpline.status.{case.status.value}")),
        t.text("helpline.handover.region", region=t.text(f"regions.names.{file.region_pack}")),
        t.text("helpline.handover.age", age=t.text(f"helpline.age.{case.age_group.value}")),
        t.text("helpline.handover.stage", stage=t.text(f"helpline.stages.{file.stage}.title")),
    ]
    flags = [t.text(f"helpline.risks.{flag}") for flag in RISK_FLAGS if flag in file.risks]
    lines.append(
        t.text("helpline.handover.risks", flags="; ".join(flags))
        if flags
        else t.text("helpline.handover.no_risks")
    )
    return lines


def _facts(h: Handover, t: Catalog) -> list[str]:
    lines = ["", t.text("helpline.handover.facts")]
    for step, option in h.answers:
        lines.append(f"- {t.text(step.text.title)} {t.text(option.key)}")
    if h.totals.demanded or h.totals.paid:
        lines.append(
            "- "
            + t.text(
                "helpline.handover.money",
                demanded=_money(h.totals.demanded, t) or "0",
                paid=_money(h.totals.paid, t) or "0",
            )
        )
    lines.append("- " + t.text("helpline.handover.people", count=h.people))
    return lines


def _steps(h: Handover, t: Catalog) -> list[str]:
    lines = ["", t.text("helpline.handover.steps_done")]
    ticked = dict(h.ticked)
    for step in h.done:
        lines.append(f"- {t.text(step.text.title)}")
        lines += [f"    [x] {t.text(item.key)}" for item in ticked.pop(step, ())]
    for step, items in ticked.items():  # ticked on the step the caller is on now
        lines.append(f"- {t.text(step.text.title)}")
        lines += [f"    [x] {t.text(item.key)}" for item in items]
    if not h.done and not h.ticked:
        lines.append(t.text("helpline.handover.none"))
    if h.current is not None:
        lines.append(t.text("helpline.handover.now_at", step=t.text(h.current.text.title)))
    return lines


def handover_text(h: Handover, t: Catalog) -> str:
    """The handover as plain text to copy or print."""
    lines = _header(h, t) + _facts(h, t) + _steps(h, t)
    lines += ["", t.text("helpline.handover.next_steps")]
    lines.append(h.file.next_steps or t.text("helpline.handover.none"))
    lines += ["", t.text("helpline.handover.notes")]
    for note in h.notes:
        stamp = _when(note.at or note.created_at or h.written_at, t)
        first, *rest = (note.text or "").split("\n")
        lines.append(f"{stamp}  {first}")
        lines += [f"      {line}" for line in rest]
    if not h.notes:
        lines.append(t.text("helpline.handover.none"))
    return "\n".join(lines) + "\n"
