"""Family guidance and drafts: every recipient, tone and age group, and what each must say."""

from __future__ import annotations

import re

import pytest

from core.content.catalog import load_catalog
from core.content.regions import load_region
from core.texts import family

EN = load_catalog("en-GB")
COMBINATIONS = [
    (age, recipient, tone)
    for age in family.AGE_GROUPS
    for recipient in family.RECIPIENTS
    for tone in family.TONES
]


def _words(text: str) -> int:
    return len(text.split())


@pytest.mark.parametrize(("age", "recipient", "tone"), COMBINATIONS)
def test_every_draft_exists_and_is_plain_text(age: str, recipient: str, tone: str) -> None:
    text = family.draft(EN, age, recipient, tone)
    assert _words(text) >= 15
    assert "{" not in text and "<" not in text
    assert text.endswith("\n") and not text.startswith("\n")


@pytest.mark.parametrize("age", family.AGE_GROUPS)
@pytest.mark.parametrize("recipient", family.RECIPIENTS)
def test_detailed_says_more_than_short(age: str, recipient: str) -> None:
    short = family.draft(EN, age, recipient, "short")
    detailed = family.draft(EN, age, recipient, "detailed")
    assert _words(detailed) > _words(short) * 1.3


def test_drafts_differ_by_age_group() -> None:
    for recipient in family.RECIPIENTS:
        for tone in family.TONES:
            if recipient == "everyone" and tone == "short":
                continue  # the one-line note for all contacts is the same at any age
            adult = family.draft(EN, "adult", recipient, tone)
            assert adult != family.draft(EN, "under18", recipient, tone), (recipient, tone)


@pytest.mark.parametrize("age", family.AGE_GROUPS)
@pytest.mark.parametrize("tone", family.TONES)
def test_the_note_for_all_contacts_asks_the_four_things(age: str, tone: str) -> None:
    text = family.draft(EN, age, "everyone", tone).casefold()
    for ask in ("don't open it", "don't share it", "report", "me"):
        assert ask in text, ask
    assert re.search(r"tell me|let me know", text)


def test_the_short_note_for_all_contacts_is_the_one_from_the_brief() -> None:
    assert family.draft(EN, "adult", "everyone", "short").startswith(
        "If you get something from an account claiming to be me, or from a stranger about me, "
        "please don't open it. Don't share it. Report it. Then tell me."
    )


@pytest.mark.parametrize("recipient", ["partner", "friend", "everyone", "employer"])
def test_under_18_drafts_say_never_to_save_or_forward_images(recipient: str) -> None:
    text = family.draft(EN, "under18", recipient, "detailed")
    assert re.search(r"never (be )?(save|saved)|not to save", text, re.IGNORECASE), recipient


def test_under_18_parent_draft_asks_them_not_to_look_or_forward() -> None:
    text = family.draft(EN, "under18", "parent", "detailed")
    assert "Please don't ask to see the images." in text
    assert "please don't save or forward them" in text
    assert "Please don't take my phone away." in text


def test_under_18_labels_and_guidance_point_to_trusted_adults() -> None:
    assert family.recipient_label(EN, "under18", "parent") == "A parent or carer"
    assert "trusted adult at school" in family.recipient_label(EN, "under18", "teacher")
    said = " ".join(s.body for s in family.guidance(EN, "under18"))
    assert "parent or carer" in said
    assert "Never show them the images." in said
    assert "not your fault" in said
    adult = " ".join(s.body for s in family.guidance(EN, "adult"))
    assert "Never show them the images." not in adult
    assert family.age_group(None) == "adult" and family.age_group("under18") == "under18"


@pytest.mark.parametrize("age", family.AGE_GROUPS)
def test_the_part_for_the_person_told(age: str) -> None:
    text = family.helper_text(EN, age, load_region("uk"))
    for needed in (
        "many",  # it happens to many people every week
        "every week",
        "crime against",
        "Listen first.",
        "Don't blame them.",
        "Don't pay.",
        "Report",
        "signs of distress",
        "crisis line",
        "Samaritans: 116 123",
        "999",
    ):
        assert needed in text, needed
    if age == "under18":
        assert "Never save, forward or screenshot the images." in text
        assert "Childline: 0800 1111" in text
    else:
        assert "Childline" not in text


def test_without_a_regional_emergency_number_the_helper_says_to_call_the_local_one() -> None:
    text = family.helper_text(EN, "adult", load_region("intl"))
    assert EN.text("family.helper.adult.no_services") in text
    assert family.helper_text(EN, "adult", None).count(EN.text("family.helper.adult.no_services"))


def test_unknown_recipient_or_tone_is_refused() -> None:
    with pytest.raises(KeyError):
        family.draft(EN, "adult", "neighbour", "short")
    with pytest.raises(KeyError):
        family.draft(EN, "adult", "parent", "long")
    with pytest.raises(KeyError):
        family.recipient_label(EN, "adult", "neighbour")
