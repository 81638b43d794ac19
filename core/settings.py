"""A person's preferences: language, region, theme. Nothing they typed is ever stored here.

Kept as a small JSON file in the profile, written atomically. A missing or damaged file gives the
defaults; it is never an error the person has to deal with.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from core.atomic import atomic_write_bytes

FILE_NAME = "settings.json"
THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Settings:
    """Preferences that are safe to keep outside the vault."""

    language: str | None = None  # None: follow the system locale
    region: str | None = None  # None: guess from the system locale
    theme: str = "system"
    panic_mode: bool = True  # one instruction per screen; False shows the whole checklist
    reduced_motion: bool = False  # keep everything still (the breathing circle is written out)

    def with_changes(self, **changes: object) -> Settings:
        """A copy with ``changes`` applied."""
        return replace(self, **changes)  # type: ignore[arg-type]


def load_settings(profile: Path) -> Settings:
    """The saved settings, or the defaults when there are none or they are unreadable."""
    try:
        raw = json.loads((profile / FILE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    defaults = Settings()
    values: dict[str, object] = {}
    for spec in fields(Settings):
        value = raw.get(spec.name, getattr(defaults, spec.name))
        default = getattr(defaults, spec.name)
        if (default is None and (value is None or isinstance(value, str))) or isinstance(
            value, type(default)
        ):
            values[spec.name] = value
    if values.get("theme") not in THEMES:
        values["theme"] = "system"
    return Settings(**values)  # type: ignore[arg-type]


def save_settings(profile: Path, settings: Settings) -> None:
    """Write the settings atomically."""
    profile.mkdir(mode=0o700, parents=True, exist_ok=True)
    data = json.dumps(asdict(settings), indent=1, sort_keys=True).encode("utf-8")
    atomic_write_bytes(profile / FILE_NAME, data)
