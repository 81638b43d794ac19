"""Fuzzing the parsers that read files or typed text: whatever they are fed, each answers with a
result or its own error type, never anything else. (Region packs are fuzzed in tests/content.)"""

from __future__ import annotations

import copy
import datetime as dt
import json
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.content.catalog import ContentError, LanguageFile, read_language
from core.diary import Money, ValidationError, parse_money, parse_when
from core.flow.check import CheckReport, check
from core.flow.loader import flows_dir, parse_flow
from core.flow.model import Flow, FlowFileError
from core.flow.structure import flow_problems
from core.policy import Policy, parse_policy
from core.vault import keyfile
from core.vault.errors import KeyFileDamaged, RecoveryKeyTypo
from core.vault.recovery import generate, normalise

FUZZ = settings(
    max_examples=100,
    deadline=dt.timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
GUIDE = tomllib.loads((flows_dir() / "guide.toml").read_text(encoding="utf-8"))
POLICY = 'mode = "school"\nregion = "uk"\nlanguage = "cy"\nauto_lock_minutes = 5\n'
KEYFILE = keyfile.to_bytes(
    keyfile.KeyFile(
        "0" * 32,
        "2026-01-01T00:00:00+00:00",
        (keyfile.Slot(keyfile.Method.RECOVERY, b"n" * 12, b"w" * 48, "now", salt=b"s" * 16),),
    )
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=20),
    st.sampled_from(["info", "question", "end", "checklist", "next", "guide", "yes", "x y"]),
)
trees = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)
toml_text = st.one_of(
    st.text(max_size=300),
    st.lists(
        st.sampled_from(['a = "x"', "[t]", "[[t]]", "a.b = 1", 'k = """', "= 1", "\\u0000", "#"])
        | st.text(max_size=12),
        max_size=12,
    ).map("\n".join),
)


def _only(errors: tuple[type[BaseException], ...], call: Callable[[], Any], ok: type) -> None:
    try:
        result = call()
    except errors:
        return
    assert result is None or isinstance(result, ok), type(result)


def _mutate(data: Any, path: list[Any], value: Any, delete: bool) -> Any:
    """A deep copy of ``data`` with the item found by walking ``path`` replaced or removed."""
    mutated = copy.deepcopy(data)
    node = mutated
    for step in path:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            break
        key = keys[step % len(keys)]
        child = node[key]
        if not isinstance(child, dict | list) or not child or step % 3 == 0:
            if delete and isinstance(node, dict):
                del node[key]
            else:
                node[key] = value
            return mutated
        node = child
    return mutated


@FUZZ
@given(st.one_of(toml_text, st.text(max_size=40).map(lambda t: POLICY + t)))
def test_policy_parser(text: str) -> None:
    policy = parse_policy(text)
    assert isinstance(policy, Policy)
    if policy.problems:
        assert policy.passphrase_required and not policy.evidence_images_allowed


@FUZZ
@given(st.lists(st.one_of(toml_text, trees.map(lambda t: f"k = {json.dumps(t)}")), max_size=3))
def test_content_catalog_loader(tmp_path_factory: Any, files: list[str]) -> None:
    root = tmp_path_factory.mktemp("content")
    (root / "xx").mkdir()
    for i, text in enumerate(files):
        (root / "xx" / f"f{i}.toml").write_text(text, encoding="utf-8", errors="surrogatepass")
    _only((ContentError,), lambda: read_language("xx", root), LanguageFile)


@FUZZ
@given(st.lists(st.integers(0, 50), max_size=6), trees, st.booleans())
def test_flow_loader_on_mutated_guides(path: list[int], value: Any, delete: bool) -> None:
    data = _mutate(GUIDE, path, value, delete)
    try:
        flow = parse_flow(data, "fuzz.toml")
    except FlowFileError as exc:
        assert exc.problems
        return
    assert isinstance(flow, Flow)
    assert isinstance(flow_problems(flow), list)


@FUZZ
@given(trees)
def test_flow_loader_on_random_trees(data: Any) -> None:
    _only((FlowFileError,), lambda: parse_flow(data, "fuzz.toml"), Flow)


@settings(FUZZ, max_examples=10)
@given(st.integers(0, 10_000), st.text(max_size=30))
def test_flow_check_on_damaged_files(tmp_path_factory: Any, where: int, inserted: str) -> None:
    text = (flows_dir() / "guide.toml").read_text(encoding="utf-8")
    where %= len(text)
    flows = tmp_path_factory.mktemp("flows")
    (flows / "guide.toml").write_text(text[:where] + inserted + text[where:], encoding="utf-8")
    report = check(flows=flows)
    assert isinstance(report, CheckReport)


@FUZZ
@given(st.one_of(st.text(max_size=60), st.builds(generate).map(lambda k: k.lower()[::-1])))
def test_recovery_key_parsing(typed: str) -> None:
    _only((RecoveryKeyTypo,), lambda: normalise(typed), str)


@FUZZ
@given(
    st.one_of(
        st.binary(max_size=400),
        st.tuples(st.integers(0, len(KEYFILE) - 1), st.binary(min_size=1, max_size=4)).map(
            lambda c: KEYFILE[: c[0]] + c[1] + KEYFILE[c[0] + len(c[1]) :]
        ),
        st.tuples(st.lists(st.integers(0, 20), max_size=5), trees, st.booleans()).map(
            lambda c: json.dumps(_mutate(json.loads(KEYFILE), *c)).encode()
        ),
    )
)
def test_key_file_parsing(data: bytes) -> None:
    _only((KeyFileDamaged,), lambda: keyfile.from_bytes(data), keyfile.KeyFile)


languages = st.sampled_from(["en-GB", "es-ES", "pt-PT", "cy", "xx", ""])
money_text = st.one_of(
    st.text(max_size=30),
    st.from_regex(r"[£€$]? ?[0-9., \u00a0]{1,14} ?(EUR|GBP|USD|zz|€)?", fullmatch=True),
)


@FUZZ
@given(money_text, languages)
def test_money_parsing(text: str, language: str) -> None:
    _only((ValidationError,), lambda: parse_money("amount", text, language), Money)


@FUZZ
@given(
    st.one_of(st.text(max_size=30), st.from_regex(r"[0-9]{1,4}[/.-][0-9]{1,4}[/.-][0-9]{1,5}")),
    st.one_of(st.none(), st.text(max_size=12), st.from_regex(r"[0-9]{1,3}:[0-9]{1,3}")),
    languages,
)
def test_date_parsing(date_text: str, time_text: str | None, language: str) -> None:
    _only((ValidationError,), lambda: parse_when(date_text, time_text, language), dt.datetime)


def test_the_fuzzed_guide_is_the_real_one() -> None:
    assert isinstance(parse_flow(GUIDE, str(Path("guide.toml"))), Flow)
