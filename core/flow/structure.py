"""Checks that a flow's steps, branches, vocabulary, actions and categories fit together.

These need nothing but the flow itself; ``core.flow.check`` adds the checks against the wording
of every language and the platform list.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.flow.actions import ACTIONS, PrefillValues
from core.flow.model import (
    SERVICE_CATEGORIES,
    ActionRef,
    Condition,
    Flow,
    Problem,
    Step,
    StepKind,
)


def flow_problems(flow: Flow) -> list[Problem]:
    """Everything wrong with a flow on its own, in file order; empty if it is sound."""
    problems: list[Problem] = []

    def add(step: str | None, message: str) -> None:
        problems.append(Problem(flow.source, step, message))

    if flow.start not in flow.steps:
        add(None, f"start step {flow.start!r} does not exist")
    for message in _vocabulary_problems(flow):
        add(None, message)
    asked: dict[str, str] = {}
    for step in flow.steps.values():
        for message in _step_problems(flow, step, asked):
            add(step.id, message)
    for step_id, message in _graph_problems(flow):
        add(step_id, message)
    return problems


def _condition_problems(flow: Flow, when: Condition, context_only: bool = False) -> Iterator[str]:
    for name, values in when.terms:
        allowed = (
            flow.vocabulary.context.get(name) if context_only else flow.vocabulary.values(name)
        )
        if allowed is None:
            kind = "context variable" if context_only else "variable"
            yield f"when uses unknown {kind} {name!r}"
            continue
        for value in sorted(values - set(allowed)):
            yield f"when uses unknown value {value!r} for {name!r}"


def _vocabulary_problems(flow: Flow) -> Iterator[str]:
    vocab = flow.vocabulary
    for name in sorted(set(vocab.answers) & set(vocab.context)):
        yield f"{name!r} is declared both as an answer and as context"
    for preset in flow.presets:
        yield from _condition_problems(flow, preset.when, context_only=True)
        for name, value in preset.values:
            if name not in vocab.answers:
                yield f"preset sets {name!r}, which is not an answer variable"
            elif value not in vocab.answers[name]:
                yield f"preset sets {name!r} to unknown value {value!r}"


def _duplicates(ids: list[str]) -> list[str]:
    return sorted({i for i in ids if ids.count(i) > 1})


def _step_problems(flow: Flow, step: Step, asked: dict[str, str]) -> Iterator[str]:
    for when in step.conditions():
        yield from _condition_problems(flow, when)
    for target in step.targets():
        if target not in flow.steps:
            yield f"goes to unknown step {target!r}"
    if step.next:
        if not step.next[-1].when.always:
            yield "the last branch of next must have no when"
        if any(b.when.always for b in step.next[:-1]):
            yield "a branch without when must come last (later branches are never used)"
    elif step.kind is not StepKind.END and not (step.options and all(o.goto for o in step.options)):
        yield "dead end: the step has no next and is not an end step"
    for what, ids in (
        ("option", [o.id for o in step.options]),
        ("item", [i.id for i in step.items]),
        ("note", [n.id for n in step.notes]),
    ):
        for dup in _duplicates(ids):
            yield f"{what} id {dup!r} is used twice"
    if step.kind is StepKind.QUESTION:
        yield from _question_problems(flow, step, asked)
    for service in step.services:
        if service.category not in SERVICE_CATEGORIES:
            yield f"unknown service category {service.category!r}"
    for action in step.actions:
        yield from _action_problems(action)


def _question_problems(flow: Flow, step: Step, asked: dict[str, str]) -> Iterator[str]:
    name = step.asks or ""
    allowed = flow.vocabulary.answers.get(name)
    if allowed is None:
        yield f"asks unknown answer variable {name!r}"
        return
    if name in asked:
        yield f"{name!r} is already asked by step {asked[name]!r}"
    asked[name] = step.id
    for option in step.options:
        if option.value not in allowed:
            yield f"option {option.id!r} sets {name!r} to unknown value {option.value!r}"
    if step.assume and step.option(step.assume) is None:
        yield f"assume names unknown option {step.assume!r}"


def _action_problems(action: ActionRef) -> Iterator[str]:
    spec = ACTIONS.get(action.name)
    if spec is None:
        yield f"unknown action {action.name!r}"
        return
    for key, value in action.prefill:
        allowed = spec.prefill.get(key)
        if allowed is None:
            yield f"action {action.name!r} does not accept prefill {key!r}"
        elif not isinstance(allowed, PrefillValues) and value not in allowed:
            yield f"action {action.name!r}: prefill {key} = {value!r} is not allowed"


def _targets(flow: Flow, step_id: str) -> Iterator[str]:
    return (t for t in flow.steps[step_id].targets() if t in flow.steps)


def _graph_problems(flow: Flow) -> Iterator[tuple[str | None, str]]:
    """Unreachable steps and cycles (every path must end at an end step)."""
    if flow.start in flow.steps:
        reachable: set[str] = set()
        pending = [flow.start]
        while pending:
            step_id = pending.pop()
            if step_id not in reachable:
                reachable.add(step_id)
                pending.extend(_targets(flow, step_id))
        for step_id in flow.steps:
            if step_id not in reachable:
                yield step_id, "unreachable from the start step"
    if not any(s.kind is StepKind.END for s in flow.steps.values()):
        yield None, "the flow has no end step"
    yield from _cycles(flow)


def _cycles(flow: Flow) -> Iterator[tuple[str | None, str]]:
    """Each cycle once, named by the step where the walk closes it."""
    done: set[str] = set()
    for root in flow.steps:
        if root in done:
            continue
        path = [root]
        stack = [(root, _targets(flow, root))]
        while stack:
            step_id, targets = stack[-1]
            target = next(targets, None)
            if target is None:
                stack.pop()
                path.pop()
                done.add(step_id)
            elif target in path:
                loop = [*path[path.index(target) :], target]
                yield step_id, f"cycle: {' -> '.join(loop)} (every path must reach an end step)"
            elif target not in done:
                path.append(target)
                stack.append((target, _targets(flow, target)))
