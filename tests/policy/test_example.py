"""``packaging/policy.example.toml`` parses to the values it documents, for every setting."""

from __future__ import annotations

import re
import tomllib

import pytest

from core.policy import KEYS, SAFEST, Mode, Policy, load_policy
from tests.policy.conftest import EXAMPLE

_BLOCK = re.compile(r"^# --- (\w+) -+$", re.MULTILINE)


def _blocks() -> dict[str, str]:
    """The commented block documenting each setting, by setting name."""
    text = EXAMPLE.read_text(encoding="utf-8")
    starts = list(_BLOCK.finditer(text))
    ends = [m.start() for m in starts[1:]] + [len(text)]
    return {m.group(1): text[m.end() : end] for m, end in zip(starts, ends, strict=True)}


def _documented(block: str, label: str) -> object:
    """The value after ``# <label>:``: its last TOML value, or ``none`` for "not fixed"."""
    (line,) = re.findall(rf"^# {label}: (.*)$", block, re.MULTILINE)
    last = re.findall(r'"[^"]*"|\btrue\b|\bfalse\b|\bnone\b|\b\d+\b', line.split("(")[0])[-1]
    return None if last == "none" else tomllib.loads(f"v = {last}")["v"]


def test_the_example_parses_to_the_values_it_sets() -> None:
    policy = load_policy(EXAMPLE)
    assert policy.problems == ()
    assert policy == Policy(
        mode=Mode.HELPLINE,
        region="uk",
        language="en-GB",
        auto_lock_minutes=10,
        keyring_allowed=False,
        passphrase_required=True,
        retention_days=90,
        evidence_images_allowed=True,
    )


def test_every_setting_is_documented_once_in_schema_order() -> None:
    assert list(_blocks()) == list(KEYS)
    for key, block in _blocks().items():
        assert re.search(rf"^{key} = ", block, re.MULTILINE), key


@pytest.mark.parametrize("key", KEYS)
def test_documented_default_and_fallback_match_harbour(key: str) -> None:
    block = _blocks()[key]
    assert _documented(block, "default") == getattr(Policy(), key)
    assert _documented(block, "if broken") == getattr(SAFEST, key)
