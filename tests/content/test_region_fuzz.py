"""Fuzzing the pack loader: whatever it is fed, it answers with a pack or its own RegionError."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from datetime import date, datetime, time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.content.region_model import RegionError, RegionPack
from core.content.region_schema import parse_pack
from core.content.regions import parse_region_text
from tests.content.conftest import pack_text

BASE_TEXT = pack_text("uk")
BASE_DATA = tomllib.loads(BASE_TEXT)
FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

toml_scalars = st.one_of(
    st.text(max_size=30),
    st.integers(),
    st.floats(allow_nan=True),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.times(),
    st.sampled_from(["police", "under18", "https://x.org/", "999", "A4", "regions.names.uk"]),
)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
toml_fragments = st.sampled_from(
    [
        "[[services]]\n",
        "[services]\n",
        "= ",
        '"',
        "'''",
        "\n",
        "[",
        "]",
        "{",
        "}",
        ",",
        "2026-13-45",
        "\\u0000",
        "#",
        "x.y.z = 1\n",
    ]
)


def accepts_or_refuses_cleanly(call: Callable[[], object]) -> None:
    try:
        result = call()
    except RegionError as exc:
        assert exc.problems and all(p.file and p.field and p.message for p in exc.problems)
    else:
        assert isinstance(result, RegionPack)


@FUZZ
@given(st.text(max_size=400))
def test_random_text(text: str) -> None:
    accepts_or_refuses_cleanly(lambda: parse_region_text(text, "regions/fuzz.toml"))


@FUZZ
@given(
    st.integers(0, len(BASE_TEXT)),
    st.integers(0, 60),
    st.lists(st.one_of(toml_fragments, st.text(max_size=8)), max_size=4).map("".join),
)
def test_mutated_real_pack(at: int, cut: int, insert: str) -> None:
    text = BASE_TEXT[:at] + insert + BASE_TEXT[at + cut :]
    accepts_or_refuses_cleanly(lambda: parse_region_text(text, "regions/uk.toml", "uk"))


def _replace(data: object, path: list[int], value: object) -> object:
    """A copy of ``data`` with the node chosen by ``path`` (indices into keys/items) replaced."""
    if not path or not isinstance(data, (dict, list)) or not data:
        return value
    if isinstance(data, dict):
        key = list(data)[path[0] % len(data)]
        return {**data, key: _replace(data[key], path[1:], value)}
    index = path[0] % len(data)
    return [*data[:index], _replace(data[index], path[1:], value), *data[index + 1 :]]


@FUZZ
@given(st.lists(st.integers(0, 50), max_size=5), toml_values)
def test_real_pack_with_one_node_replaced(path: list[int], value: object) -> None:
    data = _replace(BASE_DATA, path, value)
    accepts_or_refuses_cleanly(lambda: parse_pack(data, "regions/uk.toml", "uk"))


@FUZZ
@given(toml_values)
def test_any_structure(value: object) -> None:
    accepts_or_refuses_cleanly(lambda: parse_pack(value, "regions/fuzz.toml"))


@pytest.mark.parametrize(
    "value",
    [None, 3.5, date(2026, 1, 1), datetime(2026, 1, 1, 1, 1), time(1, 1), b"uk", [1], {1: 2}],
)
def test_python_values_toml_cannot_hold_are_refused_too(value: object) -> None:
    accepts_or_refuses_cleanly(lambda: parse_pack({"code": value, "services": value}, "x.toml"))


@pytest.mark.parametrize("text", ["a = " + "[" * 100_000, "a = " + "{b = " * 5_000])
def test_deeply_nested_toml_is_refused_not_crashed(text: str) -> None:
    accepts_or_refuses_cleanly(lambda: parse_region_text(text, "regions/deep.toml"))
