"""Typed, frozen model of a guide flow, and the TOML schema it is read from.

A flow file (``resources/flows/<id>.toml``) is data only; no Python is evaluated from it.

Top level::

    id = "guide"            # the flow's id (also the file stem)
    start = "safe_now"      # the first step
    text = "guide"          # content namespace: keys live in resources/content/<lang>/guide.toml

    [answers]               # variables the guide asks; each lists its allowed values
    age = ["under18", "adult"]

    [context]               # variables the app sets and never asks; the first value is the default
    mode = ["victim", "helpline", "school"]

    [[presets]]             # context that fixes an answer: its question is then never asked
    when = { mode = "school" }
    set = { age = "under18" }

Steps are tables under ``[steps.<id>]`` (ids: lower case, digits, ``_``). Every step has::

    kind = "info" | "question" | "checklist" | "end"
    more = true             # optional: the step has a "tell me more" text
    overview = false        # optional: hide from / show in the overview list (default: info and
                            #   checklist steps are shown, questions and end steps are not)
    next = "police"         # where to go next (not on end steps), either one step id or a list of
    next = [{ when = { paid = "yes" }, goto = "money" }, { goto = "family" }]
                            #   branches: the first whose ``when`` matches wins, the last has none
    services = ["police", { category = "fraud", when = { paid = "yes" } }]
                            # region-service categories to show (see SERVICE_CATEGORIES)
    actions = ["diary.add_demand",
               { name = "diary.add_action", prefill = { kind = "blocked" }, variant = "blocked" }]
                            # buttons; names from core.flow.actions; ``variant`` picks another label
    platforms = ["facebook", "instagram"]   # ids from resources/platforms.toml
    notes = [{ id = "under18", when = { age = "under18" } }]   # extra paragraphs shown on a match

A ``when`` table matches when every variable named has the given value (or one of a list of values);
a variable without a value yet matches nothing. Services, actions and notes written as tables may
carry a ``when`` too.

Question steps add ``asks`` (an answer variable, asked by no other question), ``options`` (a list of
``{ id, value, goto }``: ``value`` defaults to ``id`` and must be allowed for the variable; ``goto``
overrides ``next``) and optionally ``assume`` (the option id the overview assumes while the question
is unanswered; default: the first option). Checklist steps add ``items = [{ id, when }]``.

Text keys follow from the ids, under the flow's ``text`` namespace::

    <text>.steps.<step>.title / .body / .short (one line for panic mode) / .more (when more = true)
    <text>.steps.<step>.options.<option>      <text>.steps.<step>.items.<item>
    <text>.steps.<step>.notes.<note>          <text>.actions.<action with "." as "_">.label
    <text>.actions.<action with "." as "_">.<variant>   (for an action with a variant)

Bodies are plain text; a blank line starts a new paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

SERVICE_CATEGORIES: tuple[str, ...] = (
    "emergency",
    "crisis",
    "police",
    "fraud",
    "child_protection",
    "child_support",
    "removal_adult",
    "removal_child",
    "online_safety",
    "support",
)

ID_PATTERN = re.compile(r"[a-z][a-z0-9_]*\Z")


class StepKind(Enum):
    """What a step asks of the person."""

    INFO = "info"
    QUESTION = "question"
    CHECKLIST = "checklist"
    END = "end"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a flow or its wording, with where it was found."""

    file: str
    step: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: step {self.step!r}" if self.step else self.file
        return f"{where}: {self.message}"


class FlowFileError(ValueError):
    """A flow file cannot be used; ``problems`` says why."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class Condition:
    """Variables and the values each may have; empty means always."""

    terms: tuple[tuple[str, frozenset[str]], ...] = ()

    def matches(self, facts: Mapping[str, str]) -> bool:
        """True if every named variable has one of its listed values in ``facts``."""
        return all(facts.get(name) in values for name, values in self.terms)

    @property
    def always(self) -> bool:
        """True for the unconditional condition."""
        return not self.terms


ALWAYS = Condition()


@dataclass(frozen=True)
class Branch:
    """Go to ``goto`` when ``when`` matches."""

    when: Condition
    goto: str


@dataclass(frozen=True)
class Option:
    """One answer to a question: sets the asked variable to ``value``."""

    id: str
    value: str
    goto: str | None
    key: str


@dataclass(frozen=True)
class Shown:
    """A checklist item or extra note, shown when ``when`` matches."""

    id: str
    when: Condition
    key: str


@dataclass(frozen=True)
class ServiceRef:
    """A region-service category shown on a step."""

    category: str
    when: Condition = ALWAYS


@dataclass(frozen=True)
class ActionRef:
    """A button on a step: a registered action, optional prefill values and its label key."""

    name: str
    prefill: tuple[tuple[str, str], ...]
    variant: str | None
    label_key: str
    when: Condition = ALWAYS

    def prefill_values(self) -> dict[str, str]:
        """The prefill as a plain dict for the form the action opens."""
        return dict(self.prefill)


@dataclass(frozen=True)
class StepText:
    """Content keys for a step's own wording."""

    title: str
    body: str
    short: str
    more: str | None


@dataclass(frozen=True)
class Step:
    """One screen of the guide."""

    id: str
    kind: StepKind
    text: StepText
    overview: bool
    next: tuple[Branch, ...] = ()
    asks: str | None = None
    assume: str | None = None
    options: tuple[Option, ...] = ()
    items: tuple[Shown, ...] = ()
    notes: tuple[Shown, ...] = ()
    services: tuple[ServiceRef, ...] = ()
    actions: tuple[ActionRef, ...] = ()
    platforms: tuple[str, ...] = ()

    def option(self, option_id: str) -> Option | None:
        """The option with this id, if the step has one."""
        return next((o for o in self.options if o.id == option_id), None)

    def option_for(self, value: str) -> Option | None:
        """The first option that sets the asked variable to ``value``."""
        return next((o for o in self.options if o.value == value), None)

    def assumed_option(self) -> Option:
        """The option the overview assumes while this question is unanswered."""
        found = self.option(self.assume) if self.assume else None
        return found or self.options[0]

    def targets(self) -> Iterator[str]:
        """Every step id this step can lead to."""
        for option in self.options:
            if option.goto:
                yield option.goto
        for branch in self.next:
            yield branch.goto

    def conditions(self) -> Iterator[Condition]:
        """Every ``when`` on this step."""
        yield from (b.when for b in self.next)
        yield from (s.when for s in (*self.items, *self.notes))
        yield from (s.when for s in self.services)
        yield from (a.when for a in self.actions)

    def text_keys(self) -> Iterator[str]:
        """Every content key this step needs."""
        yield from (self.text.title, self.text.body, self.text.short)
        if self.text.more:
            yield self.text.more
        yield from (o.key for o in self.options)
        yield from (s.key for s in (*self.items, *self.notes))
        yield from (a.label_key for a in self.actions)


@dataclass(frozen=True)
class Preset:
    """Answers fixed by the context (e.g. school mode fixes the age)."""

    when: Condition
    values: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Vocabulary:
    """The variables a flow may use and the values each may take."""

    answers: Mapping[str, tuple[str, ...]]
    context: Mapping[str, tuple[str, ...]]

    def values(self, name: str) -> tuple[str, ...] | None:
        """Allowed values of a variable, or None if the flow does not declare it."""
        return self.answers.get(name) or self.context.get(name)


@dataclass(frozen=True)
class Flow:
    """A validated-shape flow: steps in file order, vocabulary and presets."""

    id: str
    start: str
    text: str
    vocabulary: Vocabulary
    presets: tuple[Preset, ...]
    steps: Mapping[str, Step]
    source: str

    def step(self, step_id: str) -> Step:
        """The step with this id (KeyError if the flow has none)."""
        return self.steps[step_id]

    def preset_answers(self, context: Mapping[str, str]) -> dict[str, str]:
        """The answers the given context fixes."""
        fixed: dict[str, str] = {}
        for preset in self.presets:
            if preset.when.matches(context):
                fixed.update(preset.values)
        return fixed

    def text_keys(self) -> Iterator[tuple[str, str]]:
        """Every content key the flow needs, with the id of the step that needs it."""
        for step in self.steps.values():
            for key in step.text_keys():
                yield key, step.id


def step_namespace(text: str, step_id: str) -> str:
    """Prefix of a step's content keys, e.g. ``guide.steps.dont_pay``."""
    return f"{text}.steps.{step_id}"


def action_label_key(text: str, action: str, variant: str | None = None) -> str:
    """Content key of an action button, e.g. ``guide.actions.diary_add_demand.label``."""
    return f"{text}.actions.{action.replace('.', '_')}.{variant or 'label'}"
