"""Whatever text an administrator (or a broken disk) produces, ``parse_policy`` returns a Policy."""

from __future__ import annotations

import tomllib
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from core.policy import KEYS, SAFEST, Fault, Mode, Policy, parse_policy

_TOML_BITS = st.sampled_from(
    [
        *KEYS,
        "=",
        " = ",
        '"',
        "'",
        '"""',
        "'''",
        "[",
        "]",
        "[[",
        "]]",
        "{",
        "}",
        ",",
        ".",
        "#",
        "\n",
        "\r\n",
        "\\",
        "\\u00e9",
        "true",
        "false",
        "5",
        "-1",
        "1e3",
        "inf",
        '"uk"',
        '"school"',
        "1979-05-27",
        "\ufeff",
        "\x00",
        "é",
    ]
)
_VALUES = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.sampled_from(["victim", "helpline", "school", "uk", "intl", "cy", "en-GB"]),
    st.dates(min_value=date(1, 1, 1)),
    st.lists(st.integers(), max_size=3),
)
_KEYS = st.one_of(st.sampled_from(KEYS), st.text(min_size=1, max_size=12))


def _check_invariants(policy: Policy, text: str) -> None:
    assert isinstance(policy, Policy)
    assert isinstance(policy.mode, Mode)
    assert not (policy.under_18_rules and policy.evidence_images_allowed)
    lines = text.count("\n") + 1
    for fault in policy.faults:
        assert isinstance(fault.code, Fault)
        assert fault.line is None or 1 <= fault.line <= lines
        assert str(fault)
    if policy.faults:
        assert not policy.keyring_allowed
        assert policy.passphrase_required
        assert not policy.evidence_images_allowed
        assert policy.retention_days is None
        assert policy.auto_lock_minutes <= SAFEST.auto_lock_minutes


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return repr(value) if isinstance(value, float) else str(value)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_a_policy(text: str) -> None:
    _check_invariants(parse_policy(text), text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TOML_BITS, max_size=60).map("".join))
def test_toml_like_text_gives_a_policy(text: str) -> None:
    _check_invariants(parse_policy(text), text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(_KEYS, _VALUES), max_size=10),
    st.lists(st.sampled_from(["", "# note", "  ", "\t# another"]), max_size=10),
)
def test_each_fault_in_a_real_toml_file_points_at_its_own_line(
    pairs: list[tuple[str, object]], padding: list[str]
) -> None:
    lines: list[str] = []
    for index, (key, value) in enumerate(pairs):
        lines += padding[index : index + 1]
        quoted = '"' + key.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'
        lines.append(f"{quoted if index % 2 else key} = {_toml_value(value)}")
    text = "\n".join(lines) + "\n"
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        valid = False  # a bare key that is not a bare key, or a key written twice
    else:
        valid = True
    policy = parse_policy(text)
    _check_invariants(policy, text)
    if valid:
        for fault in policy.faults:
            assert fault.key is not None and fault.line is not None
            written = text.split("\n")[fault.line - 1]
            assert tomllib.loads(written).keys() == {fault.key}
