"""Fixtures for the guide engine: the real guide, a driver that answers by value, and a small
flow/content/platforms project in a temp dir that tests can break one line at a time."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from core.flow.loader import load_bundled
from core.flow.model import Flow, StepKind
from core.flow.state import FlowState

MINI_FLOW = """\
id = "mini"
start = "ask"
text = "mini"

[answers]
age = ["under18", "adult"]

[context]
mode = ["victim", "school"]

[[presets]]
when = { mode = "school" }
set = { age = "under18" }

[steps.ask]
kind = "question"
asks = "age"
options = [{ id = "under18" }, { id = "adult" }]
next = [{ when = { age = "under18" }, goto = "young" }, { goto = "grown" }]

[steps.young]
kind = "checklist"
items = [{ id = "tell" }]
platforms = ["chat"]
actions = [{ name = "diary.add_action", prefill = { kind = "blocked" }, variant = "blocked" }]
next = "done"

[steps.grown]
kind = "info"
services = ["police"]
next = "done"

[steps.done]
kind = "end"
"""

MINI_CONTENT = """\
[steps.ask]
title = "How old are you?"
body = "We ask to show the right help."
short = "How old are you?"
[steps.ask.options]
under18 = "Under 18"
adult = "18 or over"

[steps.young]
title = "Tell someone"
body = "Tell an adult you trust."
short = "Tell someone."
[steps.young.items]
tell = "Tell one adult you trust."

[steps.grown]
title = "Call the police"
body = "Call {number}."
short = "Call the police."

[steps.done]
title = "Done"
body = "You did well."
short = "Done."

[actions.diary_add_action]
blocked = "Note that you blocked them"
"""

MINI_PLATFORMS = """\
[chat]
name = "Chat"
url = "https://chat.example/report"
source = "https://chat.example/help"
checked = 2026-11-01

[other]
checked = 2026-11-01
"""

MINI_PLATFORM_NOTES = """\
notice = "Written in November 2026. Menus change."
[chat]
block = "Tap Block."
report = "Tap Report."
account = "Don't delete your account."
[other]
name = "Another app"
block = "Look for Block."
report = "Look for Report."
account = "Don't delete your account."
"""


class MiniProject:
    """A small flow, its wording and a platform list, written to a temp dir."""

    def __init__(self, root: Path) -> None:
        self.flows = root / "flows"
        self.content = root / "content"
        self.platforms = root / "platforms.toml"
        self.flow_file = self.flows / "mini.toml"

    def write_language(self, lang: str, guide: str, notes: str = MINI_PLATFORM_NOTES) -> None:
        folder = self.content / lang
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "mini.toml").write_text(guide, encoding="utf-8")
        (folder / "platforms.toml").write_text(notes, encoding="utf-8")

    def edit_flow(self, old: str, new: str) -> None:
        text = self.flow_file.read_text(encoding="utf-8")
        assert old in text, f"fixture has no {old!r}"
        self.flow_file.write_text(text.replace(old, new, 1), encoding="utf-8")

    def add_content(self, lang: str, extra: str) -> None:
        path = self.content / lang / "mini.toml"
        path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")


@pytest.fixture
def mini(tmp_path: Path) -> MiniProject:
    """A valid small project; tests plant one error each."""
    project = MiniProject(tmp_path / "project")
    project.flows.mkdir(parents=True)
    project.flow_file.write_text(MINI_FLOW, encoding="utf-8")
    project.platforms.write_text(MINI_PLATFORMS, encoding="utf-8")
    project.write_language("en-GB", MINI_CONTENT)
    return project


@pytest.fixture(scope="session")
def guide() -> Flow:
    """The real guide flow."""
    return load_bundled("guide")


Driver = Callable[[FlowState], None]


def drive(state: FlowState, answers: Mapping[str, str], on_step: Driver | None = None) -> list[str]:
    """Walk to the end answering each question by value; returns the ids of the steps shown."""
    shown = [state.step.id]
    while not state.finished:
        if on_step:
            on_step(state)
        step = state.step
        if step.kind is StepKind.QUESTION:
            option = step.option_for(answers[step.asks or ""])
            assert option is not None, f"{step.id} has no option for {answers[step.asks or '']}"
            state.answer(option.id)
        else:
            state.advance()
        shown.append(state.step.id)
        assert len(shown) <= len(state.flow.steps), f"the walk loops: {shown}"
    if on_step:
        on_step(state)
    return shown
