"""Every stable code core can give has its own calm sentence, none the generic one."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from core.diary.errors import Code
from core.evidence.errors import EvidenceCode
from ui.diary.messages import problem_message
from ui.evidence.messages import evidence_message


def test_every_diary_code_has_its_own_sentence(qtbot: QtBot) -> None:
    fallback = problem_message("no.such.code")
    sentences = {code: problem_message(code.value) for code in Code}
    assert all(text and text != fallback for text in sentences.values()), sentences


def test_every_evidence_code_has_its_own_sentence(qtbot: QtBot) -> None:
    fallback = evidence_message("no.such.code")
    sentences = {code: evidence_message(code.value) for code in EvidenceCode}
    assert all(text and text != fallback for text in sentences.values()), sentences
    assert "under 18" in evidence_message(EvidenceCode.IMAGE_UNDER18.value)
