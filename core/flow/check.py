"""Validate every flow against its wording in every language and the platform list.

Run ``python -m core.flow.check``: it prints an "ok" summary and exits 0, or lists each problem
with its file and step and exits 1. Beyond ``core.flow.structure`` (graph, vocabulary, actions,
categories) it checks that every text key a flow or the platform notes need exists in every
language folder under ``resources/content/`` that holds any ``.toml`` file, with the same
``{placeholders}`` as the reference language (en-GB); that no key under a flow's ``steps`` or
``actions`` namespace is left unused (a typo in a content file); and that every platform a step
names or an action prefills exists in ``resources/platforms.toml``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.content.catalog import (
    ContentError,
    LanguageFile,
    content_root,
    placeholders,
    read_language,
)
from core.content.languages import DEFAULT_LANGUAGE
from core.content.platforms import (
    Platform,
    PlatformError,
    platforms_file,
    read_platforms,
    required_keys,
)
from core.flow.actions import ACTIONS, PrefillValues
from core.flow.loader import display_path, flows_dir, read_flow
from core.flow.model import Flow, FlowFileError, Problem
from core.flow.structure import flow_problems


@dataclass(frozen=True)
class CheckReport:
    """What was checked and what was wrong."""

    problems: tuple[Problem, ...]
    flows: tuple[Flow, ...]
    languages: tuple[str, ...]
    keys: int
    platforms: int

    @property
    def ok(self) -> bool:
        """True if nothing is wrong."""
        return not self.problems

    def summary(self) -> str:
        """One line for the terminal."""
        steps = sum(len(f.steps) for f in self.flows)
        return (
            f"ok: {len(self.flows)} flow(s), {steps} steps, {self.keys} text keys in "
            f"{len(self.languages)} language(s) ({', '.join(self.languages)}), "
            f"{self.platforms} platforms"
        )


def content_languages(root: Path) -> tuple[str, ...]:
    """Language folders that hold any ``.toml`` file, reference language first."""
    found = sorted(p.name for p in root.iterdir() if p.is_dir() and any(p.glob("*.toml")))
    return tuple(sorted(found, key=lambda lang: lang != DEFAULT_LANGUAGE))


def key_problems(
    needed: Mapping[str, tuple[str, str | None]],
    languages: Mapping[str, LanguageFile],
    unused_prefixes: Iterable[str] = (),
) -> list[Problem]:
    """Missing keys, placeholder mismatches and unused keys, language by language.

    ``needed`` maps each key to the (file, step) that needs it; the first language is the
    reference for placeholders.
    """
    problems: list[Problem] = []
    reference = next(iter(languages.values()), None)
    prefixes = tuple(unused_prefixes)
    for lang, content in languages.items():
        for key, (file, step) in needed.items():
            text = content.strings.get(key)
            if text is None:
                problems.append(Problem(file, step, f"{lang}: missing text {key}"))
            elif reference is not None and key in reference.strings and content is not reference:
                want, got = placeholders(reference.strings[key]), placeholders(text)
                if want != got:
                    problems.append(
                        Problem(
                            file,
                            step,
                            f"{lang}: {key} has placeholders {sorted(got)}, "
                            f"{reference.lang} has {sorted(want)}",
                        )
                    )
        for key in sorted(content.strings):
            if key.startswith(prefixes) and key not in needed:
                problems.append(Problem(f"content/{lang}", None, f"unused text {key}"))
    return problems


def platform_problems(flow: Flow, platform_ids: Iterable[str]) -> list[Problem]:
    """Platforms a flow names (on steps or in prefills) that the platform list lacks."""
    known = set(platform_ids)
    problems = []
    for step in flow.steps.values():
        for pid in step.platforms:
            if pid not in known:
                problems.append(Problem(flow.source, step.id, f"unknown platform {pid!r}"))
        for action in step.actions:
            spec = ACTIONS.get(action.name)
            for key, value in action.prefill:
                if spec and spec.prefill.get(key) is PrefillValues.PLATFORM and value not in known:
                    problems.append(
                        Problem(
                            flow.source, step.id, f"prefill {key} names unknown platform {value!r}"
                        )
                    )
    return problems


def check(
    flows: Path | None = None, content: Path | None = None, platforms: Path | None = None
) -> CheckReport:
    """Check every flow file, every language's wording and the platform list."""
    flows, content, platforms = (
        flows or flows_dir(),
        content or content_root(),
        platforms or platforms_file(),
    )
    problems: list[Problem] = []
    loaded: list[Flow] = []
    for path in sorted(flows.glob("*.toml")):
        try:
            flow = read_flow(path)
        except FlowFileError as exc:
            problems.extend(exc.problems)
            continue
        if flow.id != path.stem:
            problems.append(Problem(flow.source, None, f"id {flow.id!r} must match the file name"))
        problems.extend(flow_problems(flow))
        loaded.append(flow)
    known: Mapping[str, Platform] = {}
    try:
        known = read_platforms(platforms)
    except PlatformError as exc:
        problems.append(Problem(display_path(platforms), None, str(exc)))
    for flow in loaded:
        problems.extend(platform_problems(flow, known))

    needed: dict[str, tuple[str, str | None]] = {}
    for flow in loaded:
        for key, step_id in flow.text_keys():
            needed.setdefault(key, (flow.source, step_id))
    platforms_source = display_path(platforms)
    for key in sorted(required_keys(known.values())):
        needed.setdefault(key, (platforms_source, None))
    languages: dict[str, LanguageFile] = {}
    for lang in content_languages(content):
        try:
            languages[lang] = read_language(lang, content)
        except ContentError as exc:
            problems.append(Problem(f"content/{lang}", None, str(exc)))
    prefixes = {f"{f.text}.{part}." for f in loaded for part in ("steps", "actions")}
    problems.extend(key_problems(needed, languages, [*sorted(prefixes), "platforms."]))
    return CheckReport(tuple(problems), tuple(loaded), tuple(languages), len(needed), len(known))


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the summary or the problems; 0 if ok, 1 if not."""
    parser = argparse.ArgumentParser(prog="python -m core.flow.check", description=__doc__)
    parser.add_argument("--flows", type=Path, help="folder of flow files")
    parser.add_argument("--content", type=Path, help="folder of language folders")
    parser.add_argument("--platforms", type=Path, help="platforms file")
    args = parser.parse_args(argv)
    report = check(args.flows, args.content, args.platforms)
    if report.ok:
        print(report.summary())
        return 0
    for problem in report.problems:
        print(problem)
    print(f"{len(report.problems)} problem(s)", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
