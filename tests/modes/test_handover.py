"""The handover summary tells the next staff member where the call got to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

from core import diary
from core.content.catalog import Catalog
from core.diary.records import Demand, Payment, Person
from core.flow.model import Flow
from core.modes.casefile import (
    change_case,
    get_case_file,
    open_case,
    set_next_steps,
    set_risk,
    set_stage,
)
from core.modes.events import add_note
from core.modes.helpline import build_handover, guide_walk, handover_text
from core.modes.walks import save_walk
from core.vault.migrations import Connection


def test_handover_has_stage_steps_done_and_key_facts(
    conn: Connection, catalog: Catalog, flows: Mapping[str, Flow]
) -> None:
    guide = flows["guide"]
    file = open_case(conn, region_pack="es", title="Caller from Valencia")
    set_stage(conn, file.case_id, "advice")
    set_risk(conn, file.case_id, "paid", True)
    diary.add(conn, file.case_id, Person(username="valentina.x", platform="Instagram"))
    diary.add(conn, file.case_id, Demand(amount=Decimal("500"), currency="EUR"))
    diary.add(conn, file.case_id, Payment(amount=Decimal("200"), currency="EUR"))
    add_note(conn, file.case_id, "Sent 200 EUR by Western Union last night\nthen blocked them")
    set_next_steps(conn, file.case_id, "Call back tomorrow at 6pm")

    state = guide_walk(conn, get_case_file(conn, file.case_id), guide)
    assert state.context == {"region": "es", "mode": "helpline"}
    state.answer("safe")
    state.answer("recording")
    state.answer("adult")
    state.advance()  # breathe
    state.answer("yes")  # paid
    state.advance()  # paid_stop
    state.answer("no")  # no longer in contact
    state.advance()  # stay_silent
    state.tick("profile")
    state.tick("messages")
    save_walk(conn, file.case_id, guide.id, state.to_json())

    stamp = dt.datetime(2026, 11, 26, 21, 40, tzinfo=dt.UTC)
    text = handover_text(build_handover(conn, file.case_id, guide, "Sam", stamp), catalog)
    t = catalog.text
    assert f"Handover: case {file.label}" in text
    assert "Written 26 Nov 2026, 21:40 GMT+00:00 by Sam" in text  # babel, in the language
    assert "Call stage reached: Advice, step by step" in text
    assert "Caller's region: Spain" in text
    assert "Risk flags: Has paid money" in text
    assert t("guide.steps.paid.title") in text and t("guide.steps.paid.options.yes") in text
    assert "Demanded: €500.00. Paid: €200.00." in text
    assert "Accounts or people recorded: 1" in text
    steps_done = text.split("Steps done with the caller")[1].split("Next steps")[0]
    assert t("guide.steps.breathe.title") in steps_done
    assert t("guide.steps.paid_stop.title") in steps_done
    assert f"[x] {t('guide.steps.evidence.items.profile')}" in steps_done
    assert f"Now at: {t('guide.steps.evidence.title')}" in steps_done
    assert "Call back tomorrow at 6pm" in text
    assert "Sent 200 EUR by Western Union last night\n" in text and "then blocked them" in text


def test_handover_of_a_new_call(
    conn: Connection, catalog: Catalog, flows: Mapping[str, Flow]
) -> None:
    file = change_case(conn, open_case(conn).case_id, title="")
    text = handover_text(build_handover(conn, file.case_id, flows["guide"]), catalog)
    assert "Risk flags: none raised" in text
    assert "Caller's region: Another country" in text
    assert "Caller's age: Not known" in text
    assert "Now at" not in text and "Case title" not in text
    assert text.count("None yet.") == 3  # steps, next steps, notes
