"""The validator passes the real guide and catches each kind of planted mistake."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from core.flow.check import check
from core.flow.loader import load_flow, read_flow
from core.flow.model import FlowFileError
from core.paths import app_root
from tests.flow.conftest import MINI_CONTENT, MiniProject


def problems(project: MiniProject) -> list[tuple[str | None, str]]:
    report = check(project.flows, project.content, project.platforms)
    return [(p.step, p.message) for p in report.problems]


def test_real_files_pass() -> None:
    report = check()
    assert report.ok, "\n".join(str(p) for p in report.problems)
    assert [f.id for f in report.flows] == ["guide", "school"]
    assert report.languages[0] == "en-GB"
    assert report.platforms == 14


def test_mini_project_passes(mini: MiniProject) -> None:
    assert problems(mini) == []
    load_flow(mini.flow_file)


# Each case: (old text, new text) in the mini flow, the step named, and words of the message.
PLANTED = {
    "unreachable step": (
        "[steps.done]",
        '[steps.orphan]\nkind = "info"\nnext = "done"\n\n[steps.done]',
        "orphan",
        "unreachable",
    ),
    "dead end": (
        'services = ["police"]\nnext = "done"',
        'services = ["police"]',
        "grown",
        "dead end",
    ),
    "cycle": (
        'services = ["police"]\nnext = "done"',
        'services = ["police"]\nnext = "ask"',
        "grown",
        "cycle",
    ),
    "unknown variable": (
        '{ age = "under18" }, goto',
        '{ size = "big" }, goto',
        "ask",
        "unknown variable 'size'",
    ),
    "unknown value": (
        '{ age = "under18" }, goto',
        '{ age = "ancient" }, goto',
        "ask",
        "unknown value 'ancient'",
    ),
    "branches end with a condition": (
        '{ goto = "grown" }]',
        '{ when = { age = "adult" }, goto = "grown" }]',
        "ask",
        "last branch",
    ),
    "unknown goto": (
        'next = "done"\n\n[steps.grown]',
        'next = "finish"\n\n[steps.grown]',
        "young",
        "unknown step 'finish'",
    ),
    "unknown action": (
        'name = "diary.add_action"',
        'name = "diary.add_thing"',
        "young",
        "unknown action",
    ),
    "bad prefill key": (
        "prefill = { kind",
        "prefill = { colour",
        "young",
        "does not accept prefill 'colour'",
    ),
    "bad prefill value": (
        'kind = "blocked" }',
        'kind = "danced" }',
        "young",
        "kind = 'danced' is not allowed",
    ),
    "unknown category": (
        'services = ["police"]',
        'services = ["ambulance"]',
        "grown",
        "unknown service category",
    ),
    "unknown platform": (
        'platforms = ["chat"]',
        'platforms = ["myspace"]',
        "young",
        "unknown platform 'myspace'",
    ),
    "question asks a context variable": (
        'asks = "age"',
        'asks = "mode"',
        "ask",
        "unknown answer variable",
    ),
}


@pytest.mark.parametrize("case", sorted(PLANTED))
def test_planted_flow_errors_are_caught(mini: MiniProject, case: str) -> None:
    old, new, step, words = PLANTED[case]
    mini.edit_flow(old, new)
    if case == "unreachable step":
        mini.add_content("en-GB", '[steps.orphan]\ntitle = "t"\nbody = "b"\nshort = "s"\n')
    found = problems(mini)
    assert any(s == step and words in message for s, message in found), found
    if case == "unknown platform":
        return  # platforms are checked across files, not when the engine loads a flow
    with pytest.raises(FlowFileError) as caught:
        load_flow(mini.flow_file)
    assert words in str(caught.value)


def test_missing_key_in_a_second_language(mini: MiniProject) -> None:
    mini.write_language("es-ES", MINI_CONTENT.replace('short = "Tell someone."\n', ""))
    assert problems(mini) == [("young", "es-ES: missing text mini.steps.young.short")]


def test_a_new_language_folder_is_covered_automatically(mini: MiniProject) -> None:
    folder = mini.content / "cy"
    folder.mkdir()
    (folder / "notes.toml").write_text('hello = "Shwmae"\n', encoding="utf-8")
    found = problems(mini)
    assert ("ask", "cy: missing text mini.steps.ask.title") in found
    assert (None, "cy: missing text platforms.notice") in found
    (mini.content / "pt-PT").mkdir()  # an empty folder is not a language yet
    assert not any(m.startswith("pt-PT") for _, m in problems(mini))


def test_placeholder_mismatch(mini: MiniProject) -> None:
    mini.write_language(
        "es-ES", MINI_CONTENT.replace('body = "Call {number}."', 'body = "Llama al {numero}."')
    )
    assert problems(mini) == [
        ("grown", "es-ES: mini.steps.grown.body has placeholders ['numero'], en-GB has ['number']")
    ]


def test_unused_key_is_reported(mini: MiniProject) -> None:
    mini.add_content("en-GB", '[steps.young.more]\ntext = "typo"\n')
    report = check(mini.flows, mini.content, mini.platforms)
    assert [str(p) for p in report.problems] == [
        "content/en-GB: unused text mini.steps.young.more.text"
    ]


def test_missing_platform_note(mini: MiniProject) -> None:
    mini.write_language("en-GB", MINI_CONTENT, notes='notice = "n"\n[other]\nname = "x"\n')
    messages = [m for _, m in problems(mini)]
    assert "en-GB: missing text platforms.chat.block" in messages
    assert "en-GB: missing text platforms.other.account" in messages


def test_broken_platform_list(mini: MiniProject) -> None:
    mini.platforms.write_text("[chat]\nname = 'Chat'\nchecked = 'soon'\n", encoding="utf-8")
    messages = [m for _, m in problems(mini)]
    assert any("checked must be a date" in m for m in messages)


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ('kind = "info"', 'kind = "video"', "kind must be one of"),
        (
            'services = ["police"]',
            'services = ["police"]\ncolour = "blue"',
            "unknown field(s) colour",
        ),
        ('asks = "age"\n', "", "a question needs asks"),
        (
            '[steps.done]\nkind = "end"',
            '[steps.done]\nkind = "end"\nnext = "ask"',
            "unknown field(s) next",
        ),
        ('id = "mini"', 'id = "Mini Flow"', "lower case"),
    ],
)
def test_malformed_files_name_the_problem(
    mini: MiniProject, old: str, new: str, words: str
) -> None:
    mini.edit_flow(old, new)
    with pytest.raises(FlowFileError) as caught:
        read_flow(mini.flow_file)
    assert words in str(caught.value)
    assert any(words in m for _, m in problems(mini))


def _run_check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "core.flow.check", *args],
        cwd=app_root(),
        capture_output=True,
        text=True,
        check=False,
    )


def test_command_line_ok() -> None:
    done = _run_check()
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("ok: 2 flow(s), 46 steps")


def test_command_line_lists_problems(mini: MiniProject) -> None:
    mini.edit_flow('platforms = ["chat"]', 'platforms = ["myspace"]')
    mini.write_language("es-ES", MINI_CONTENT.replace('short = "Done."\n', ""))
    done = _run_check(
        "--flows",
        str(mini.flows),
        "--content",
        str(mini.content),
        "--platforms",
        str(mini.platforms),
    )
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    flow_file = str(mini.flow_file)
    assert f"{flow_file}: step 'young': unknown platform 'myspace'" in lines
    assert f"{flow_file}: step 'done': es-ES: missing text mini.steps.done.short" in lines
    assert "2 problem(s)" in done.stderr


def test_display_paths_are_relative_inside_the_project() -> None:
    flow = read_flow(Path(app_root(), "resources", "flows", "guide.toml"))
    assert flow.source == "resources/flows/guide.toml"
