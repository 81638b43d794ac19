"""Read flow files into the typed model (the schema is described in ``core.flow.model``).

``read_flow`` checks only the shape of the file (types, required and unknown fields);
``load_flow`` also refuses a flow whose steps, branches or vocabulary do not fit together
(see ``core.flow.structure``), so the engine never walks a broken graph.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import NoReturn

from core.flow.model import (
    ALWAYS,
    ID_PATTERN,
    ActionRef,
    Branch,
    Condition,
    Flow,
    FlowFileError,
    Option,
    Preset,
    Problem,
    ServiceRef,
    Shown,
    Step,
    StepKind,
    StepText,
    Vocabulary,
    action_label_key,
    step_namespace,
)
from core.flow.structure import flow_problems
from core.paths import app_root, resource_path

_TOP = {"id", "start", "text", "answers", "context", "presets", "steps"}
_STEP = {"kind", "more", "overview", "next", "services", "actions", "platforms", "notes"}
_KIND_FIELDS = {
    StepKind.INFO: _STEP,
    StepKind.CHECKLIST: _STEP | {"items"},
    StepKind.QUESTION: _STEP | {"asks", "assume", "options"},
    StepKind.END: _STEP - {"next"},
}


def display_path(path: Path) -> str:
    """A path as problems show it: relative to the project when it lies inside."""
    try:
        return str(path.resolve().relative_to(app_root()))
    except ValueError:
        return str(path)


class _Reader:
    """Shape checks that know which file and step they are looking at."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.step: str | None = None

    def fail(self, message: str) -> NoReturn:
        raise FlowFileError([Problem(self.source, self.step, message)])

    def table(self, value: object, what: str, allowed: set[str] | None) -> Mapping[str, object]:
        """``value`` as a table; ``allowed`` lists its field names (None: any names)."""
        if not isinstance(value, Mapping):
            self.fail(f"{what} must be a table")
        unknown = sorted(set(value) - allowed) if allowed is not None else []
        if unknown:
            self.fail(f"{what} has unknown field(s) {', '.join(unknown)}")
        return value

    def text(self, value: object, what: str) -> str:
        if not isinstance(value, str) or not value:
            self.fail(f"{what} must be non-empty text")
        return value

    def ident(self, value: object, what: str) -> str:
        name = self.text(value, what)
        if not ID_PATTERN.match(name):
            self.fail(f"{what} {name!r} must be lower case letters, digits and _")
        return name

    def flag(self, value: object, what: str) -> bool:
        if not isinstance(value, bool):
            self.fail(f"{what} must be true or false")
        return value

    def items(self, value: object, what: str) -> list[object]:
        if not isinstance(value, list):
            self.fail(f"{what} must be a list")
        return value

    def condition(self, value: object, what: str) -> Condition:
        if value is None:
            return ALWAYS
        if not isinstance(value, Mapping) or not value:
            self.fail(f"{what} must be a non-empty table of variable = value(s)")
        terms = []
        for name, wanted in value.items():
            values = wanted if isinstance(wanted, list) else [wanted]
            if not values or not all(isinstance(v, str) for v in values):
                self.fail(f"{what}: {name} must be a value or a list of values")
            terms.append((name, frozenset(values)))
        return Condition(tuple(terms))

    def pairs(self, value: object, what: str) -> tuple[tuple[str, str], ...]:
        table = self.table(value, what, None)
        if not all(isinstance(v, str) for v in table.values()):
            self.fail(f"{what} values must be text")
        return tuple((k, str(v)) for k, v in table.items())

    def vocabulary(self, value: object, what: str) -> dict[str, tuple[str, ...]]:
        table = self.table(value or {}, what, None)
        out: dict[str, tuple[str, ...]] = {}
        for name, values in table.items():
            self.ident(name, f"{what} variable")
            listed = self.items(values, f"{what}.{name}")
            if not listed:
                self.fail(f"{what}.{name} must list at least one value")
            out[name] = tuple(self.ident(v, f"{what}.{name} value") for v in listed)
        return out


def _branches(r: _Reader, value: object) -> tuple[Branch, ...]:
    if isinstance(value, str):
        return (Branch(ALWAYS, r.ident(value, "next")),)
    out = []
    for entry in r.items(value, "next"):
        table = r.table(entry, "a branch", {"when", "goto"})
        out.append(
            Branch(r.condition(table.get("when"), "when"), r.ident(table.get("goto"), "goto"))
        )
    return tuple(out)


def _shown(r: _Reader, value: object, what: str, key_of: str) -> tuple[Shown, ...]:
    out = []
    for entry in r.items(value, what):
        table = r.table(entry, f"an entry of {what}", {"id", "when"})
        entry_id = r.ident(table.get("id"), f"{what} id")
        out.append(Shown(entry_id, r.condition(table.get("when"), "when"), f"{key_of}.{entry_id}"))
    return tuple(out)


def _services(r: _Reader, value: object) -> tuple[ServiceRef, ...]:
    out = []
    for entry in r.items(value, "services"):
        if isinstance(entry, str):
            out.append(ServiceRef(entry))
            continue
        table = r.table(entry, "a service", {"category", "when"})
        category = r.ident(table.get("category"), "service category")
        out.append(ServiceRef(category, r.condition(table.get("when"), "when")))
    return tuple(out)


def _actions(r: _Reader, value: object, text: str) -> tuple[ActionRef, ...]:
    out = []
    for entry in r.items(value, "actions"):
        if isinstance(entry, str):
            out.append(ActionRef(entry, (), None, action_label_key(text, entry)))
            continue
        table = r.table(entry, "an action", {"name", "prefill", "variant", "when"})
        name = r.text(table.get("name"), "action name")
        prefill = r.pairs(table.get("prefill", {}), "prefill")
        variant = r.ident(table["variant"], "variant") if "variant" in table else None
        when = r.condition(table.get("when"), "when")
        out.append(ActionRef(name, prefill, variant, action_label_key(text, name, variant), when))
    return tuple(out)


def _options(r: _Reader, value: object, key_of: str) -> tuple[Option, ...]:
    out = []
    for entry in r.items(value, "options"):
        table = r.table(entry, "an option", {"id", "value", "goto"})
        option_id = r.ident(table.get("id"), "option id")
        option_value = r.ident(table.get("value", option_id), "option value")
        goto = r.ident(table["goto"], "goto") if "goto" in table else None
        out.append(Option(option_id, option_value, goto, f"{key_of}.options.{option_id}"))
    if not out:
        r.fail("a question needs at least one option")
    return tuple(out)


def _step(r: _Reader, step_id: str, value: object, text: str) -> Step:
    r.step = r.ident(step_id, "step id")
    raw_kind = value.get("kind") if isinstance(value, Mapping) else None
    try:
        kind = StepKind(raw_kind)
    except ValueError:
        r.fail(f"kind must be one of {', '.join(k.value for k in StepKind)}, not {raw_kind!r}")
    table = r.table(value, "a step", _KIND_FIELDS[kind])
    more = r.flag(table.get("more", False), "more")
    key = step_namespace(text, step_id)
    words = StepText(f"{key}.title", f"{key}.body", f"{key}.short", f"{key}.more" if more else None)
    question = kind is StepKind.QUESTION
    if question and "asks" not in table:
        r.fail("a question needs asks = <answer variable>")
    step = Step(
        id=step_id,
        kind=kind,
        text=words,
        overview=r.flag(
            table.get("overview", kind in (StepKind.INFO, StepKind.CHECKLIST)), "overview"
        ),
        next=_branches(r, table["next"]) if "next" in table else (),
        asks=r.ident(table["asks"], "asks") if question else None,
        assume=r.ident(table["assume"], "assume") if "assume" in table else None,
        options=_options(r, table.get("options", []), key) if question else (),
        items=_shown(r, table.get("items", []), "items", f"{key}.items"),
        notes=_shown(r, table.get("notes", []), "notes", f"{key}.notes"),
        services=_services(r, table.get("services", [])),
        actions=_actions(r, table.get("actions", []), text),
        platforms=tuple(
            r.ident(p, "platform") for p in r.items(table.get("platforms", []), "platforms")
        ),
    )
    if kind is StepKind.CHECKLIST and not step.items:
        r.fail("a checklist needs at least one item")
    return step


def _presets(r: _Reader, value: object) -> tuple[Preset, ...]:
    out = []
    for entry in r.items(value, "presets"):
        table = r.table(entry, "a preset", {"when", "set"})
        when = r.condition(table.get("when"), "preset when")
        if when.always:
            r.fail("a preset needs a when")
        out.append(Preset(when, r.pairs(table.get("set"), "preset set")))
    return tuple(out)


def parse_flow(data: Mapping[str, object], source: str) -> Flow:
    """Build a ``Flow`` from parsed TOML, checking its shape only."""
    r = _Reader(source)
    top = r.table(data, "the file", _TOP)
    text = r.ident(top.get("text"), "text")
    steps_table = r.table(top.get("steps"), "steps", None)
    steps = {step_id: _step(r, step_id, raw, text) for step_id, raw in steps_table.items()}
    r.step = None
    if not steps:
        r.fail("the flow has no steps")
    return Flow(
        id=r.ident(top.get("id"), "id"),
        start=r.ident(top.get("start"), "start"),
        text=text,
        vocabulary=Vocabulary(
            r.vocabulary(top.get("answers"), "answers"), r.vocabulary(top.get("context"), "context")
        ),
        presets=_presets(r, top.get("presets", [])),
        steps=steps,
        source=source,
    )


def read_flow(path: Path) -> Flow:
    """Read one flow file, checking its shape only (``FlowFileError`` if it is malformed)."""
    source = display_path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FlowFileError([Problem(source, None, f"cannot read: {exc}")]) from exc
    return parse_flow(data, source)


def load_flow(path: Path) -> Flow:
    """Read a flow and refuse it (``FlowFileError``) if its steps do not fit together."""
    flow = read_flow(path)
    problems = flow_problems(flow)
    if problems:
        raise FlowFileError(problems)
    return flow


def flows_dir() -> Path:
    """The folder of bundled flow files."""
    return resource_path("flows")


@lru_cache(maxsize=4)
def load_bundled(flow_id: str = "guide") -> Flow:
    """A bundled flow by id (cached; flow files are read-only at run time)."""
    return load_flow(flows_dir() / f"{flow_id}.toml")
