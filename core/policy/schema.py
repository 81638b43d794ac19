"""The policy file's schema, written as code: each setting's type, allowed values and fallback.

Every setting is optional. A file with any fault is not trusted as a whole: each setting then
takes its *fallback*, the safest value, which keeps a value the file set correctly only where
that value is at least as safe (see ``packaging/policy.example.toml`` for the reasons)::

    mode                     the file's value if valid, else "victim" (the person gives their age)
    region, language         the file's value if valid, else the person chooses
    auto_lock_minutes        the shorter of the file's value and 5
    keyring_allowed          false (a diary that only the keyring opens still opens)
    passphrase_required      true (asked only when a new diary is made)
    retention_days           none: nothing is deleted because of a broken file
    evidence_images_allowed  false
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from core.content.languages import LANGUAGES
from core.content.regions import available_regions
from core.policy.model import Fault, Mode, Policy, PolicyProblem
from core.policy.toml_keys import Position

Value = str | int | bool
SAFE_AUTO_LOCK_MINUTES = 5


@dataclass(frozen=True)
class Setting:
    """One key of the policy file."""

    key: str
    kind: type[str] | type[int] | type[bool]
    expected: str  # how the file must write it, for messages ("true or false")
    fallback: Callable[[Value | None], Value | None]  # the file's valid value -> value if faulty
    choices: Callable[[], tuple[str, ...]] | None = None
    limits: tuple[int, int] | None = None  # inclusive, for whole numbers

    def fault(self, value: object) -> tuple[Fault, str] | None:
        """What is wrong with ``value`` for this setting, or None."""
        if type(value) is not self.kind:  # bool is an int to Python, not to a policy
            return Fault.WRONG_TYPE, f"{self.key} must be {self.expected}, not {_shown(value)}"
        if self.choices is not None and value not in self.choices():
            return Fault.UNKNOWN_CHOICE, self._unknown_choice(str(value))
        if self.limits is not None and not self.limits[0] <= int(value) <= self.limits[1]:
            low, high = self.limits
            return Fault.OUT_OF_RANGE, f"{self.key} must be from {low} to {high}, not {value}"
        return None

    def _unknown_choice(self, value: str) -> str:
        options = self.choices() if self.choices else ()
        close = [o for o in options if o.lower() == value.lower()]
        close = close or difflib.get_close_matches(value, options, n=1)
        hint = f' (did you mean "{close[0]}"?)' if close else ""
        return f'{self.key} must be one of {", ".join(options)}, not "{value}"{hint}'


def _shown(value: object) -> str:
    """How a TOML value looks in a message (short, so a whole table is not printed)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    text = f'"{value}"' if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _shorter_lock(value: Value | None) -> Value:
    return min(int(value), SAFE_AUTO_LOCK_MINUTES) if value is not None else SAFE_AUTO_LOCK_MINUTES


def _kept(value: Value | None) -> Value | None:
    return value


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "mode",
        str,
        'text: "victim", "helpline" or "school"',
        lambda value: value or Mode.VICTIM.value,
        choices=lambda: tuple(Mode),
    ),
    Setting("region", str, 'a region code such as "uk"', _kept, choices=available_regions),
    Setting("language", str, 'a language code such as "en-GB"', _kept, choices=lambda: LANGUAGES),
    Setting("auto_lock_minutes", int, "a whole number of minutes", _shorter_lock, limits=(1, 240)),
    Setting("keyring_allowed", bool, "true or false", lambda _value: False),
    Setting("passphrase_required", bool, "true or false", lambda _value: True),
    Setting("retention_days", int, "a whole number of days", lambda _value: None, limits=(1, 3650)),
    Setting("evidence_images_allowed", bool, "true or false", lambda _value: False),
)
KEYS: tuple[str, ...] = tuple(setting.key for setting in SETTINGS)


def check_settings(
    raw: Mapping[str, object], positions: Mapping[str, Position], source: str
) -> tuple[dict[str, Value], list[PolicyProblem]]:
    """The valid settings of a parsed file, and a problem for each fault, in file order."""
    by_key = {setting.key: setting for setting in SETTINGS}
    values: dict[str, Value] = {}
    problems: list[PolicyProblem] = []

    def report(key: str, code: Fault, detail: str) -> None:
        line, column = positions.get(key, (None, None))
        problems.append(PolicyProblem(source, code, detail, line, column, key))

    for key, value in raw.items():
        setting = by_key.get(key)
        if setting is None:
            close = difflib.get_close_matches(key, KEYS, n=1)
            hint = f' (did you mean "{close[0]}"?)' if close else ""
            report(key, Fault.UNKNOWN_KEY, f'unknown setting "{key}"{hint}')
        elif found := setting.fault(value):
            report(key, *found)
        else:
            values[key] = value  # type: ignore[assignment]  # fault() checked the type
    if values.get("mode") == Mode.SCHOOL and values.get("evidence_images_allowed") is True:
        report(
            "evidence_images_allowed",
            Fault.CONFLICT,
            "evidence_images_allowed cannot be true in school mode: "
            "Harbour never keeps images when helping a pupil",
        )
    problems.sort(key=lambda problem: (problem.line or 0, problem.column or 0))
    return values, problems


def _fallbacks(values: Mapping[str, Value]) -> dict[str, Any]:
    return {setting.key: setting.fallback(values.get(setting.key)) for setting in SETTINGS}


def build(values: Mapping[str, Value], problems: list[PolicyProblem]) -> Policy:
    """The policy for checked ``values``: as written if there were no problems, else fallbacks."""
    if not problems:
        checked: dict[str, Any] = dict(values)  # check_settings checked every type
        return Policy(**checked)
    return Policy(**_fallbacks(values), faults=tuple(problems))


SAFEST: Policy = Policy(**_fallbacks({}))
"""What a broken policy file gives when none of its settings could be kept."""
