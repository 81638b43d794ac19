"""What the ready-to-send texts may say: the facts of one case, read from its diary.

Only what the person recorded is used. Nothing is inferred across entries except where the
diary itself links them (a payment's ``person_id``, a message's ``person_id``).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.diary import get_case, list_entries
from core.diary.records import (
    Action,
    ActionKind,
    AgeGroup,
    Demand,
    Message,
    Note,
    Payment,
    Person,
    Role,
)
from core.vault.migrations import Connection


@dataclass(frozen=True)
class CaseFacts:
    """The diary entries a text draws on, in time order, and whether the person is under 18."""

    under_18: bool = False
    accounts: tuple[Person, ...] = ()
    messages: tuple[Message, ...] = ()
    demands: tuple[Demand, ...] = ()
    payments: tuple[Payment, ...] = ()
    police_reference: str | None = None

    def account(self, person_id: int | None) -> Person | None:
        """The offender account with this id, if the diary holds it."""
        return next((p for p in self.accounts if person_id and p.id == person_id), None)


def gather_facts(conn: Connection, case_id: int | None, *, under_18: bool = False) -> CaseFacts:
    """The facts of ``case_id`` (none when there is no case yet).

    ``under_18`` adds what the app knows besides the case record (school mode, the guide's
    answer); the case's own age group counts too.
    """
    if case_id is None:
        return CaseFacts(under_18=under_18)
    case = get_case(conn, case_id)
    actions = list_entries(conn, case_id, Action)
    police = [a.reference for a in actions if a.kind is ActionKind.POLICE_REPORT and a.reference]
    return CaseFacts(
        under_18=under_18 or case.age_group is AgeGroup.UNDER18,
        accounts=tuple(p for p in list_entries(conn, case_id, Person) if p.role is Role.OFFENDER),
        messages=tuple(list_entries(conn, case_id, Message)),
        demands=tuple(list_entries(conn, case_id, Demand)),
        payments=tuple(list_entries(conn, case_id, Payment)),
        police_reference=police[-1] if police else None,
    )


def kept_version(conn: Connection, case_id: int | None, header: str) -> Note | None:
    """The newest note kept with ``header`` as its first line (see ``kept_note_text``)."""
    if case_id is None:
        return None
    start = header + "\n\n"
    notes = [n for n in list_entries(conn, case_id, Note) if (n.text or "").startswith(start)]
    return max(notes, key=lambda n: n.id or 0, default=None)


def kept_note_text(header: str, text: str) -> str:
    """A note holding a text the person adjusted, headed so the page can find it again."""
    return f"{header}\n\n{text.strip()}"


def kept_body(note: Note, header: str) -> str:
    """The text of a kept note without its header."""
    return (note.text or "").removeprefix(header + "\n\n")
