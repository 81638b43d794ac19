"""Walking a flow: where the person is, what they answered, and the way back.

``FlowState`` is plain data plus moves; it never touches disk or a vault, so the guide works
before anything is saved. The lead's controller persists ``to_json()`` and restores it with
``FlowState.from_json``; the JSON holds step ids, option values and ticks only (no free text).

Answers and the back stack follow Electrum's wizard: leaving a step pushes (step, answers as they
were on that step); ``back()`` pops it, so going back to a question forgets its answer exactly.
Questions whose variable the context fixes (age in school mode) are passed without being shown
and never enter the back stack.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from core.flow.model import ActionRef, Flow, Option, Shown, Step, StepKind

FORMAT = 1


class FlowStateError(ValueError):
    """The current step cannot do what was asked (e.g. answering an info step)."""


@dataclass(frozen=True)
class Progress:
    """Where the person is among the overview steps of their route: ``position`` of ``total``."""

    position: int
    total: int


@dataclass(frozen=True)
class RouteStop:
    """One line of the "show me everything" overview."""

    step: Step
    current: bool
    done: bool
    visited: bool
    ticked: frozenset[str]


@dataclass(frozen=True)
class StepView:
    """A step with what its conditions show for the current answers and context."""

    step: Step
    notes: tuple[Shown, ...]
    items: tuple[Shown, ...]
    services: tuple[str, ...]
    actions: tuple[ActionRef, ...]
    ticked: frozenset[str]


class FlowState:
    """The person's place in a flow: current step, answers, back stack, visits and ticks."""

    def __init__(self, flow: Flow, context: Mapping[str, str] | None = None) -> None:
        self.flow = flow
        self._context = _valid_context(flow, context or {})
        self._current = flow.start
        self._answers: dict[str, str] = {}
        self._back: list[tuple[str, dict[str, str]]] = []
        self._visited: set[str] = set()
        self._ticks: dict[str, set[str]] = {}
        self._settle()

    # --- reading -------------------------------------------------------------------------------

    @property
    def step(self) -> Step:
        """The step on screen."""
        return self.flow.steps[self._current]

    @property
    def context(self) -> dict[str, str]:
        """The variables set by the app (region, mode ...)."""
        return dict(self._context)

    @property
    def answers(self) -> dict[str, str]:
        """The answers the person gave (not those the context fixes)."""
        return dict(self._answers)

    def facts(self) -> dict[str, str]:
        """Context, answers and preset answers together: what conditions are matched against."""
        return {**self._context, **self._answers, **self.flow.preset_answers(self._context)}

    @property
    def can_go_back(self) -> bool:
        """True if there is a step to go back to."""
        return bool(self._back)

    @property
    def finished(self) -> bool:
        """True on an end step."""
        return self.step.kind is StepKind.END

    def ticked(self, step_id: str | None = None) -> frozenset[str]:
        """Ticked checklist items of a step (default: the current one)."""
        return frozenset(self._ticks.get(step_id or self._current, ()))

    def view(self) -> StepView:
        """The current step as the current answers and context show it."""
        step, facts = self.step, self.facts()
        return StepView(
            step=step,
            notes=tuple(n for n in step.notes if n.when.matches(facts)),
            items=tuple(i for i in step.items if i.when.matches(facts)),
            services=tuple(
                dict.fromkeys(s.category for s in step.services if s.when.matches(facts))
            ),
            actions=tuple(a for a in step.actions if a.when.matches(facts)),
            ticked=self.ticked(),
        )

    # --- moving --------------------------------------------------------------------------------

    def answer(self, option_id: str) -> Step:
        """Answer the current question and move on; returns the new step."""
        step = self.step
        if step.kind is not StepKind.QUESTION:
            raise FlowStateError(f"step {step.id!r} is not a question")
        option = step.option(option_id)
        if option is None:
            raise FlowStateError(f"step {step.id!r} has no option {option_id!r}")
        before = dict(self._answers)
        self._answers[step.asks or ""] = option.value
        self._move(self._after(step, option, self.facts()), before)
        return self.step

    def advance(self) -> Step:
        """Leave an info or checklist step for the next one; returns the new step."""
        step = self.step
        if step.kind in (StepKind.QUESTION, StepKind.END):
            raise FlowStateError(f"step {step.id!r} is a {step.kind.value}: it cannot advance")
        self._move(self._after(step, None, self.facts()), dict(self._answers))
        return self.step

    def back(self) -> Step:
        """Return to the previous step, with the answers as they were there.

        Questions the context answers (answered by the person before the context changed) are
        stepped over.
        """
        if not self._back:
            raise FlowStateError("there is no step to go back to")
        fixed = self.flow.preset_answers(self._context)
        while self._back:
            self._current, answers = self._back.pop()
            self._answers = {k: v for k, v in answers.items() if k not in fixed}
            if self.step.asks not in fixed:
                break
        self._settle()  # a question the context now answers is passed again, not shown
        return self.step

    def tick(self, item_id: str, done: bool = True, step_id: str | None = None) -> None:
        """Tick (or untick) a checklist item of a step (default: the current one)."""
        step = self.flow.steps.get(step_id or self._current)
        if step is None or not any(i.id == item_id for i in step.items):
            raise FlowStateError(
                f"no checklist item {item_id!r} on step {step_id or self._current!r}"
            )
        ticks = self._ticks.setdefault(step.id, set())
        if done:
            ticks.add(item_id)
        else:
            ticks.discard(item_id)

    def set_context(self, **values: str) -> None:
        """Change app-set variables (e.g. the region); answers the new context fixes are dropped."""
        self._context = _valid_context(self.flow, {**self._context, **values})
        for name in self.flow.preset_answers(self._context):
            self._answers.pop(name, None)
        self._settle()

    def _after(self, step: Step, option: Option | None, facts: Mapping[str, str]) -> str:
        if option is not None and option.goto:
            return option.goto
        for branch in step.next:
            if branch.when.matches(facts):
                return branch.goto
        raise FlowStateError(f"step {step.id!r} has no branch for these answers")

    def _move(self, target: str, answers_here: dict[str, str]) -> None:
        self._back.append((self._current, answers_here))
        self._current = target
        self._settle()

    def _settle(self) -> None:
        """Pass questions the context answers, without showing them or stacking them."""
        fixed = self.flow.preset_answers(self._context)
        while (step := self.step).kind is StepKind.QUESTION and step.asks in fixed:
            self._current = self._after(step, step.option_for(fixed[step.asks or ""]), self.facts())
        self._visited.add(self._current)

    # --- the whole route -----------------------------------------------------------------------

    def path(self) -> tuple[Step, ...]:
        """Every step shown from start to end for the current answers.

        Questions not yet answered are assumed to take their ``assume`` option, so the steps after
        them are the likely ones, not certain ones.
        """
        facts = self.facts()
        fixed = self.flow.preset_answers(self._context)
        steps: list[Step] = []
        seen: set[str] = set()
        step = self.flow.steps[self.flow.start]
        while step.id not in seen:
            seen.add(step.id)
            option = None
            if step.kind is StepKind.QUESTION:
                name = step.asks or ""
                if name in fixed:
                    option = step.option_for(fixed[step.asks or ""])
                else:
                    steps.append(step)
                    option = step.option_for(facts[name]) if name in facts else None
                    if option is None:
                        option = step.assumed_option()
                        facts[name] = option.value
            else:
                steps.append(step)
                if step.kind is StepKind.END:
                    break
            step = self.flow.steps[self._after(step, option, facts)]
        return tuple(steps)

    def route(self) -> tuple[RouteStop, ...]:
        """The overview: main steps of the current route, with which are done and which is now."""
        done = {step_id for step_id, _ in self._back}
        return tuple(
            RouteStop(
                s, s.id == self._current, s.id in done, s.id in self._visited, self.ticked(s.id)
            )
            for s in self.path()
            if s.overview
        )

    def progress(self) -> Progress:
        """Position of the current step among the route's overview steps, and their number."""
        stops = self.route()
        for position, stop in enumerate(stops, start=1):
            if stop.current:
                return Progress(position, len(stops))
        if self.finished:
            return Progress(len(stops), len(stops))
        return Progress(sum(stop.done for stop in stops), len(stops))

    # --- saving and resuming -------------------------------------------------------------------

    def to_json(self) -> str:
        """The state as JSON: ids, option values and ticks only."""
        return json.dumps(
            {
                "format": FORMAT,
                "flow": self.flow.id,
                "step": self._current,
                "context": self._context,
                "answers": self._answers,
                "back": [{"step": s, "answers": a} for s, a in self._back],
                "visited": sorted(self._visited),
                "ticks": {s: sorted(items) for s, items in sorted(self._ticks.items()) if items},
            },
            sort_keys=True,
        )

    @classmethod
    def from_json(
        cls, flow: Flow, text: str, context: Mapping[str, str] | None = None
    ) -> FlowState:
        """Resume a saved state; never fails on what was saved.

        ``context`` (from settings or policy) wins over the saved one and must be declared by
        the flow (``FlowStateError`` otherwise, as for a new state). Anything the flow no
        longer has is dropped; if the saved step is gone, the person resumes at the latest step
        of their back stack that still exists, or at the start.
        """
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if (
            not isinstance(data, dict)
            or data.get("format") != FORMAT
            or data.get("flow") != flow.id
        ):
            return cls(flow, context)
        saved = {
            k: v for k, v in _str_map(data.get("context")).items() if _allowed(flow, k, v, True)
        }
        state = cls(flow, {**saved, **(context or {})})
        trail = [
            (e.get("step"), e.get("answers"))
            for e in _list(data.get("back"))
            if isinstance(e, dict)
        ]
        trail.append((data.get("step"), data.get("answers")))
        kept = [
            (step_id, {k: v for k, v in _str_map(answers).items() if _allowed(flow, k, v)})
            for step_id, answers in trail
            if isinstance(step_id, str) and step_id in flow.steps
        ]
        if kept:
            state._current, state._answers = kept.pop()
            state._back = kept
        state._visited = {
            s for s in _list(data.get("visited")) if isinstance(s, str) and s in flow.steps
        }
        for step_id, items in _str_map_of_lists(data.get("ticks")).items():
            for item in items:
                step = flow.steps.get(step_id)
                if isinstance(item, str) and step and any(i.id == item for i in step.items):
                    state._ticks.setdefault(step_id, set()).add(item)
        state.set_context()
        return state


def _valid_context(flow: Flow, values: Mapping[str, str]) -> dict[str, str]:
    declared = flow.vocabulary.context
    for name, value in values.items():
        if not _allowed(flow, name, value, context=True):
            raise FlowStateError(f"context {name} = {value!r} is not declared by flow {flow.id!r}")
    return {name: values.get(name, allowed[0]) for name, allowed in declared.items()}


def _allowed(flow: Flow, name: object, value: object, context: bool = False) -> bool:
    table = flow.vocabulary.context if context else flow.vocabulary.answers
    return isinstance(name, str) and value in table.get(name, ())


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def _str_map(value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}


def _str_map_of_lists(value: object) -> dict[str, list[object]]:
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, list)}
