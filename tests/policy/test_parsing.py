"""Parsing a policy: valid files, each kind of invalid field, and messages that name the line."""

from __future__ import annotations

import pytest

from core.content.languages import LANGUAGES
from core.content.regions import available_regions
from core.policy import SAFEST, Fault, Mode, Policy, parse_policy
from tests.policy.conftest import faults_of

SCHOOL = """\
# St Mary's pastoral-care PCs
mode = "school"
region = "uk"
language = "cy"
auto_lock_minutes = 3
keyring_allowed = false
passphrase_required = true
retention_days = 30
"""


def test_a_valid_file_gives_exactly_what_it_says() -> None:
    policy = parse_policy(SCHOOL)
    assert policy.faults == ()
    assert policy == Policy(
        mode=Mode.SCHOOL,
        region="uk",
        language="cy",
        auto_lock_minutes=3,
        keyring_allowed=False,
        passphrase_required=True,
        retention_days=30,
    )
    assert policy.under_18_rules
    assert not policy.evidence_images_allowed


def test_an_empty_file_gives_the_defaults() -> None:
    assert parse_policy("") == Policy()
    assert parse_policy("# nothing fixed yet\n\n").faults == ()


def test_windows_editors_byte_order_mark_and_crlf_are_accepted() -> None:
    policy = parse_policy('\ufeffmode = "helpline"\r\nregion = "ie"\r\n')
    assert policy.faults == ()
    assert (policy.mode, policy.region) == (Mode.HELPLINE, "ie")


def test_every_bundled_region_and_language_is_accepted() -> None:
    for code in available_regions():
        assert parse_policy(f'region = "{code}"').region == code
    for lang in LANGUAGES:
        assert parse_policy(f'language = "{lang}"').language == lang


@pytest.mark.parametrize(
    ("line", "code", "words"),
    [
        (
            'mode = "teacher"',
            Fault.UNKNOWN_CHOICE,
            'one of victim, helpline, school, not "teacher"',
        ),
        ('mode = "School"', Fault.UNKNOWN_CHOICE, 'did you mean "school"?'),
        ("mode = 1", Fault.WRONG_TYPE, "mode must be text"),
        ('region = "gb"', Fault.UNKNOWN_CHOICE, "region must be one of au, ca, es, ie, pt, uk, us"),
        ('region = "UK"', Fault.UNKNOWN_CHOICE, 'did you mean "uk"?'),
        ('region = ["uk"]', Fault.WRONG_TYPE, "region must be a region code"),
        ('language = "fr-FR"', Fault.UNKNOWN_CHOICE, "language must be one of en-GB"),
        ('language = "en-gb"', Fault.UNKNOWN_CHOICE, 'did you mean "en-GB"?'),
        ("auto_lock_minutes = 0", Fault.OUT_OF_RANGE, "from 1 to 240, not 0"),
        ("auto_lock_minutes = 241", Fault.OUT_OF_RANGE, "from 1 to 240, not 241"),
        ("auto_lock_minutes = 2.5", Fault.WRONG_TYPE, "a whole number of minutes, not 2.5"),
        ('auto_lock_minutes = "5"', Fault.WRONG_TYPE, 'a whole number of minutes, not "5"'),
        ("auto_lock_minutes = true", Fault.WRONG_TYPE, "a whole number of minutes, not true"),
        (
            'keyring_allowed = "no"',
            Fault.WRONG_TYPE,
            'keyring_allowed must be true or false, not "no"',
        ),
        ("passphrase_required = 1", Fault.WRONG_TYPE, "true or false, not 1"),
        ("retention_days = 0", Fault.OUT_OF_RANGE, "from 1 to 3650, not 0"),
        ("retention_days = 3651", Fault.OUT_OF_RANGE, "from 1 to 3650, not 3651"),
        ("retention_days = -5", Fault.OUT_OF_RANGE, "not -5"),
        ("retention_days = 1979-05-27", Fault.WRONG_TYPE, "a whole number of days, not 1979-05-27"),
        ("evidence_images_allowed = {}", Fault.WRONG_TYPE, "true or false, not a table"),
        ("retention_day = 30", Fault.UNKNOWN_KEY, 'unknown setting "retention_day"'),
        ("colour = 'blue'", Fault.UNKNOWN_KEY, 'unknown setting "colour"'),
        ("[mode]", Fault.WRONG_TYPE, "mode must be text"),
        ("mode.name = 'school'", Fault.WRONG_TYPE, "mode must be text"),
    ],
)
def test_each_invalid_field_is_named_with_its_line(line: str, code: Fault, words: str) -> None:
    text = f"# policy for the front office\n\n{line}\n"
    policy = parse_policy(text, "front-office.toml")
    assert len(policy.faults) == 1
    fault = policy.faults[0]
    assert (fault.line, fault.code) == (3, code)
    assert words in fault.detail
    assert str(fault) == f"front-office.toml, line 3: {fault.detail}"
    assert policy.problems == (str(fault),)


def test_unknown_keys_suggest_the_setting_meant() -> None:
    (fault,) = parse_policy("retention_day = 30").faults
    assert fault.detail == 'unknown setting "retention_day" (did you mean "retention_days"?)'


EVERY_FAULT = (
    'region = "narnia"\n'
    "# a comment\n"
    'language = "tlh"\n'
    "auto_lock_minutes = 0\n"
    "\n"
    "[extras]\n"
    "anything = 1\n"
)
PAST_STRINGS_AND_ARRAYS = (
    'note = """\n'
    "mode = 'not a key: inside a string'\n"
    '"""\n'
    "list = [\n"
    "  1, # mode = 2\n"
    "  ']',\n"
    "]\n"
    "'quoted key' = 'x'\n"
    "mode = 7\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EVERY_FAULT,
            [
                (1, Fault.UNKNOWN_CHOICE, "region"),
                (3, Fault.UNKNOWN_CHOICE, "language"),
                (4, Fault.OUT_OF_RANGE, "auto_lock_minutes"),
                (6, Fault.UNKNOWN_KEY, "extras"),
            ],
        ),
        (
            PAST_STRINGS_AND_ARRAYS,
            [
                (1, Fault.UNKNOWN_KEY, "note"),
                (4, Fault.UNKNOWN_KEY, "list"),
                (8, Fault.UNKNOWN_KEY, "quoted key"),
                (9, Fault.WRONG_TYPE, "mode"),
            ],
        ),
    ],
    ids=["every fault in line order", "past multi-line strings and arrays"],
)
def test_every_fault_is_listed_at_its_line(
    text: str, expected: list[tuple[int, Fault, str]]
) -> None:
    assert faults_of(parse_policy(text)) == expected


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('mode = "school"\nregion = uk\n', 2, 'text needs double quotes, e.g. region = "uk"'),
        ('mode = "school\n', 1, "not valid TOML"),
        ("mode = \n", 1, "not valid TOML: Invalid value"),
        ('\n\n\nkeyring_allowed = yes\nmode = "victim"\n', 4, "not valid TOML"),
        ("retention_days = [1,\n2,\n", 3, "not valid TOML"),
        ("[policy\nmode = 'victim'\n", 1, "not valid TOML"),
    ],
)
def test_bad_syntax_names_its_line(text: str, line: int, words: str) -> None:
    policy = parse_policy(text)
    (fault,) = policy.faults
    assert (fault.code, fault.line) == (Fault.SYNTAX, line)
    assert words in fault.detail
    assert str(fault).startswith(f"policy.toml, line {line}: ")


@pytest.mark.parametrize(
    ("text", "line", "key"),
    [
        ('mode = "victim"\n# later, someone adds:\nmode = "school"\n', 3, "mode"),
        ("[extras]\na = 1\n[extras]\n", 3, "extras"),
        ("auto_lock_minutes = 5\n  'auto_lock_minutes' = 6\n", 2, "auto_lock_minutes"),
    ],
)
def test_a_setting_written_twice_names_its_second_line(text: str, line: int, key: str) -> None:
    (fault,) = parse_policy(text).faults
    assert (fault.code, fault.line, fault.key) == (Fault.DUPLICATE_KEY, line, key)
    assert str(fault) == f'policy.toml, line {line}: "{key}" is written twice'


def test_school_mode_never_allows_images_whatever_the_file_says() -> None:
    policy = parse_policy('mode = "school"\n\nevidence_images_allowed = true\n')
    assert faults_of(policy) == [(3, Fault.CONFLICT, "evidence_images_allowed")]
    assert policy.mode is Mode.SCHOOL
    assert policy.under_18_rules
    assert not policy.evidence_images_allowed
    assert not Policy(mode=Mode.SCHOOL, evidence_images_allowed=True).evidence_images_allowed


def test_nesting_too_deep_for_the_parser_is_a_fault_not_a_crash() -> None:
    policy = parse_policy("mode = " + "[" * 50_000)
    assert [f.code for f in policy.faults] == [Fault.SYNTAX]
    assert policy == SAFEST


def test_text_too_large_to_be_a_policy_is_refused_unread() -> None:
    policy = parse_policy("# " + "x" * 70_000)
    assert [f.code for f in policy.faults] == [Fault.TOO_LARGE]
