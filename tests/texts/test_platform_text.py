"""Platform report texts built from a real vault diary: facts in, gaps marked, nothing made up."""

from __future__ import annotations

import pytest

from core import diary
from core.content.platforms import load_platforms
from core.diary.records import AgeGroup, Case, Message, Person
from core.texts.facts import CaseFacts, gather_facts
from core.texts.platform import platform_ids, platform_text
from core.vault.migrations import Connection
from tests.texts.diary_data import EN, MARKUP, POLICE_REF, THREAT, digits_outside_gaps, fill_case


def _text(conn: Connection, case_id: int, platform: str) -> str:
    return platform_text(gather_facts(conn, case_id), platform, EN)


def test_every_platform_has_a_text_with_every_placeholder_filled(
    conn: Connection, case_id: int
) -> None:
    fill_case(conn, case_id)
    facts = gather_facts(conn, case_id)
    assert set(platform_ids()) == set(load_platforms())
    for pid in platform_ids():
        for case_facts in (facts, CaseFacts(), CaseFacts(under_18=True)):
            text = platform_text(case_facts, pid, EN)
            without_diary_values = text.replace(MARKUP, "")
            assert "{" not in without_diary_values and "}" not in without_diary_values, pid
            assert text.startswith("I am reporting sextortion on "), pid
            assert text.endswith("Thank you.\n"), pid


def test_instagram_text_names_its_accounts_dates_threats_and_police_reference(
    conn: Connection, case_id: int
) -> None:
    filled = fill_case(conn, case_id)
    text = _text(conn, case_id, "instagram")
    assert "on Instagram." in text
    assert "Username: sofia.m_22" in text
    assert "Name shown: Sofia M" in text
    assert f"Profile: {filled.instagram.profile_url}" in text
    assert filled.instagram.profile_url == "https://instagram.com/sofia.m_22"
    assert "They first contacted me on 3 March 2026." in text
    assert "Their latest message was on 5 March 2026." in text
    assert f"- 3 March 2026: “{THREAT}”" in text
    assert (
        "- 4 March 2026, 09:00: £500.00; Method: Western Union; Deadline: 5 March 2026, 12:00"
        in (text)
    )
    assert f"Police reference: {POLICE_REF}" in text
    assert "night.owl" not in text, "the TikTok account belongs in TikTok's report"
    assert "my_friend_ana" not in text, "only the accounts of the person blackmailing"
    assert "The account blackmailing me:" in text


def test_an_account_is_placed_by_its_profile_link_when_no_platform_was_named(
    conn: Connection, case_id: int
) -> None:
    fill_case(conn, case_id)
    text = _text(conn, case_id, "tiktok")
    assert "Username: night.owl; Profile: https://www.tiktok.com/@night.owl" in text
    assert "sofia.m_22" not in text
    # No TikTok message is in the diary: the date is a gap, not borrowed from Instagram.
    assert "They first contacted me on [add the date]." in text


def test_missing_facts_become_marked_gaps_and_nothing_is_invented(
    conn: Connection, case_id: int
) -> None:
    text = _text(conn, case_id, "snapchat")
    assert "- [add their username or a link to their profile]" in text
    assert "They first contacted me on [add the date]." in text
    assert "- [add what they threatened to do]" in text
    assert "Police reference: [add your police reference number, or delete this line]" in text
    assert "What they asked for:" not in text, "no demand recorded, so none is mentioned"
    assert digits_outside_gaps(text) == [], "no date, amount or number from nowhere"
    whatsapp = _text(conn, case_id, "whatsapp")
    assert "- [add their phone number]" in whatsapp


def test_under_18_wording_only_for_under_18_cases(conn: Connection, case_id: int) -> None:
    under18 = EN.text("texts.platform.under18")
    assert under18 not in _text(conn, case_id, "instagram")
    unknown = diary.add_case(conn, Case(age_group=AgeGroup.UNKNOWN))
    assert unknown.id is not None
    assert under18 not in _text(conn, unknown.id, "instagram")
    child = diary.add_case(conn, Case(age_group=AgeGroup.UNDER18))
    assert child.id is not None
    text = _text(conn, child.id, "instagram")
    assert under18 in text
    assert EN.text("texts.platform.under18_images") in text
    # School mode and the guide's answer count too, through gather_facts(under_18=True).
    assert under18 in platform_text(gather_facts(conn, case_id, under_18=True), "x", EN)


def test_markup_and_braces_typed_in_the_diary_come_out_verbatim(
    conn: Connection, case_id: int
) -> None:
    fill_case(conn, case_id)
    text = _text(conn, case_id, "instagram")
    assert f"- 5 March 2026: “{MARKUP}”" in text
    assert "&amp;" not in text and "&lt;" not in text


def test_other_apps_use_the_name_the_person_typed_or_a_gap(conn: Connection, case_id: int) -> None:
    diary.add(conn, case_id, Person(platform="Kik", username="kik_stranger"))
    diary.add(conn, case_id, Message(platform="Kik", threat="posting it"))
    text = _text(conn, case_id, "other")
    assert text.startswith("I am reporting sextortion on Kik.")
    assert "Username: kik_stranger" in text
    assert "Please stop intimate images of me from being shared on Kik." in text
    diary.add(conn, case_id, Person(platform="Wickr", username="second"))
    text = _text(conn, case_id, "other")
    assert text.startswith("I am reporting sextortion on [add the name of the app or site].")
    assert "The accounts blackmailing me:" in text


def test_skype_reports_name_teams_too(conn: Connection, case_id: int) -> None:
    diary.add(conn, case_id, Person(platform="Microsoft Teams", username="teams.user"))
    text = _text(conn, case_id, "skype")
    assert "on Microsoft Teams or Skype." in text
    assert "Username: teams.user" in text


def test_unknown_platform_is_refused(conn: Connection, case_id: int) -> None:
    with pytest.raises(KeyError):
        _text(conn, case_id, "myspace")


def test_deleted_entries_are_left_out(conn: Connection, case_id: int) -> None:
    filled = fill_case(conn, case_id)
    assert filled.instagram.id is not None
    diary.delete_entry(conn, filled.instagram.id)
    assert "sofia.m_22" not in _text(conn, case_id, "instagram")
