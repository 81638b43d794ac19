"""A broken policy falls back to the safest settings, field by field, for the reasons documented."""

from __future__ import annotations

from core.policy import SAFEST, Mode, Policy, parse_policy

BROKEN = "unknown_setting = 1\n"  # one fault makes the whole file untrusted


def test_the_safest_settings() -> None:
    expected = Policy(
        mode=Mode.VICTIM,
        region=None,
        language=None,
        auto_lock_minutes=5,
        keyring_allowed=False,
        passphrase_required=True,
        retention_days=None,
        evidence_images_allowed=False,
    )
    assert expected == SAFEST
    assert parse_policy(BROKEN) == SAFEST


def test_a_school_keeps_school_mode_when_another_line_is_broken() -> None:
    policy = parse_policy('mode = "school"\n' + BROKEN)
    assert policy.mode is Mode.SCHOOL
    assert policy.under_18_rules
    assert not policy.evidence_images_allowed


def test_a_broken_mode_gives_victim_mode_with_no_images() -> None:
    policy = parse_policy('mode = "schol"\n')
    assert policy.mode is Mode.VICTIM
    assert not policy.evidence_images_allowed


def test_valid_region_and_language_are_kept_broken_ones_left_to_the_person() -> None:
    kept = parse_policy('region = "pt"\nlanguage = "pt-PT"\n' + BROKEN)
    assert (kept.region, kept.language) == ("pt", "pt-PT")
    dropped = parse_policy('region = "portugal"\nlanguage = "pt"\n')
    assert (dropped.region, dropped.language) == (None, None)


def test_locking_is_never_weaker_than_asked_for() -> None:
    assert parse_policy("auto_lock_minutes = 2\n" + BROKEN).auto_lock_minutes == 2
    assert parse_policy("auto_lock_minutes = 60\n" + BROKEN).auto_lock_minutes == 5
    assert parse_policy("auto_lock_minutes = 0\n").auto_lock_minutes == 5


def test_a_broken_file_never_allows_what_it_allowed() -> None:
    text = (
        "keyring_allowed = true\n"
        "passphrase_required = false\n"
        "evidence_images_allowed = true\n"
        "retention_days = 7\n"
    )
    assert parse_policy(text) == Policy(
        keyring_allowed=True,
        passphrase_required=False,
        evidence_images_allowed=True,
        retention_days=7,
    )
    broken = parse_policy(text + BROKEN)
    assert not broken.keyring_allowed
    assert broken.passphrase_required
    assert not broken.evidence_images_allowed
    assert broken.retention_days is None  # nothing is deleted because of a broken file


def test_faults_do_not_change_what_a_policy_means() -> None:
    assert parse_policy(BROKEN) == SAFEST
    assert parse_policy(BROKEN).problems
    assert not SAFEST.problems


def test_a_forbidden_keyring_still_opens_a_diary_that_has_no_passphrase() -> None:
    forbidden = Policy(keyring_allowed=False)
    assert forbidden.may_unlock_with_keyring(has_passphrase=False)
    assert not forbidden.may_unlock_with_keyring(has_passphrase=True)
    assert Policy().may_unlock_with_keyring(has_passphrase=True)
