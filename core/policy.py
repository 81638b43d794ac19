"""The organisation policy file: settings an administrator fixes for every user of a machine.

A policy is optional TOML installed read-only in the per-machine configuration folder. Anything
wrong with it (unreadable, bad syntax, unknown key, wrong type, out of range) gives a list of
problems naming the line, and the safest settings instead of a crash.
"""

from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

MODES = ("victim", "helpline", "school")
FILE_NAME = "policy.toml"
MAX_BYTES = 64 * 1024


@dataclass(frozen=True)
class Policy:
    """What an organisation has fixed. ``None`` means "the person chooses"."""

    mode: str = "victim"
    region: str | None = None
    language: str | None = None
    auto_lock_minutes: int = 5
    keyring_allowed: bool = True
    passphrase_required: bool = False
    retention_days: int | None = None
    evidence_images_allowed: bool = True
    problems: tuple[str, ...] = field(default=(), compare=False)

    @property
    def under_18_rules(self) -> bool:
        """School mode always applies the under-18 rules."""
        return self.mode == "school"


SAFEST = Policy(passphrase_required=True, evidence_images_allowed=False)


def policy_location() -> Path:
    """The per-machine policy path for this operating system."""
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData"))
        return base / "Harbour" / FILE_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Harbour") / FILE_NAME
    return Path("/etc/harbour") / FILE_NAME


def _line_of(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.split("=", 1)[0].strip() == key:
            return number
    return 0


def _check(name: str, value: object) -> str | None:
    """Why ``value`` is not acceptable for field ``name``, or None."""
    if name == "mode":
        return None if value in MODES else f"must be one of {', '.join(MODES)}"
    if name in ("region", "language"):
        ok = isinstance(value, str) and 1 < len(value) < 12
        return None if ok else 'must be a short code such as "uk" or "cy"'
    if name == "auto_lock_minutes":
        ok = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 240
        return None if ok else "must be a whole number of minutes from 1 to 240"
    if name == "retention_days":
        ok = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 3650
        return None if ok else "must be a whole number of days from 1 to 3650"
    return None if isinstance(value, bool) else "must be true or false"


def parse_policy(text: str, source: str = FILE_NAME) -> Policy:
    """Build a policy from TOML text; any problem gives ``SAFEST`` with the problems listed."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return _safest(f"{source}: {exc}")
    known = {f.name for f in fields(Policy)} - {"problems"}
    problems = [
        f"{source} line {_line_of(text, key)}: unknown setting {key!r}"
        for key in raw
        if key not in known
    ]
    values: dict[str, object] = {}
    for key in known & raw.keys():
        reason = _check(key, raw[key])
        if reason:
            problems.append(f"{source} line {_line_of(text, key)}: {key} {reason}")
        else:
            values[key] = raw[key]
    if problems:
        return _safest(*problems)
    return Policy(**values)  # type: ignore[arg-type]


def _safest(*problems: str) -> Policy:
    return Policy(
        passphrase_required=SAFEST.passphrase_required,
        evidence_images_allowed=SAFEST.evidence_images_allowed,
        problems=problems,
    )


def load_policy(path: Path | None = None) -> Policy:
    """The policy at ``path`` (default: the per-machine location); no file means defaults."""
    target = path or policy_location()
    try:
        with target.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return Policy() if path is None else _safest(f"{target}: file not found")
    except OSError as exc:
        return _safest(f"{target}: cannot be read ({exc.strerror})")
    if len(data) > MAX_BYTES:
        return _safest(f"{target}: file is too large to be a policy")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _safest(f"{target}: not UTF-8 text")
    return parse_policy(text, target.name)
