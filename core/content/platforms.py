"""Facts about the apps and sites where people are contacted, from ``resources/platforms.toml``.

The file holds language-neutral facts, one table per platform id::

    [instagram]
    name = "Instagram"                          # brand name; omitted for "other" (then the
                                                #   wording comes from platforms.<id>.name)
    url = "https://help.instagram.com/"         # official help or report page
    source = "https://help.instagram.com/"      # the official help centre the facts came from
    checked = 2026-11-01                        # when a person last checked them

The "where to click" notes are wording, so they live per language in
``resources/content/<lang>/platforms.toml`` as ``platforms.<id>.block``, ``.report`` and
``.account`` (keeping your own account without deleting it), plus ``platforms.notice``, which
says when the notes were written and that menus change. The ``other`` platform is the generic
fallback for any app not listed.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from core.paths import resource_path

NOTE_FIELDS: tuple[str, ...] = ("block", "report", "account")
NOTICE_KEY = "platforms.notice"
GENERIC = "other"
STALE_AFTER = timedelta(days=365)

_FIELDS = {"name", "url", "source", "checked"}


class PlatformError(ValueError):
    """``resources/platforms.toml`` is missing, malformed or incomplete."""


@dataclass(frozen=True)
class Platform:
    """One platform: its id, brand name, official pages and when they were checked."""

    id: str
    name: str | None
    url: str | None
    source: str | None
    checked: date

    @property
    def name_key(self) -> str | None:
        """Content key of the platform's name when it has no brand name."""
        return None if self.name else f"platforms.{self.id}.name"

    def note_key(self, field: str) -> str:
        """Content key of one of its notes (a field of ``NOTE_FIELDS``)."""
        if field not in NOTE_FIELDS:
            raise KeyError(field)
        return f"platforms.{self.id}.{field}"

    def is_stale(self, today: date) -> bool:
        """True when its facts were last checked more than 12 months before ``today``."""
        return today - self.checked > STALE_AFTER


def platforms_file() -> Path:
    """Where the bundled platform facts live."""
    return resource_path("platforms.toml")


def _optional_url(pid: str, table: Mapping[str, object], field: str) -> str | None:
    value = table.get(field)
    if value is None:
        return None
    if not isinstance(value, str) or not value.startswith("https://"):
        raise PlatformError(f"{pid}.{field} must be an https:// address")
    return value


def _platform(pid: str, table: object) -> Platform:
    if not re.fullmatch(r"[a-z][a-z0-9_]*", pid):
        raise PlatformError(f"platform id {pid!r} must be lower case letters, digits and _")
    if not isinstance(table, Mapping):
        raise PlatformError(f"{pid} must be a table")
    unknown = sorted(set(table) - _FIELDS)
    if unknown:
        raise PlatformError(f"{pid} has unknown field(s) {', '.join(unknown)}")
    name = table.get("name")
    if name is not None and (not isinstance(name, str) or not name):
        raise PlatformError(f"{pid}.name must be non-empty text")
    checked = table.get("checked")
    if not isinstance(checked, date):
        raise PlatformError(f"{pid}.checked must be a date such as 2026-11-01")
    url, source = _optional_url(pid, table, "url"), _optional_url(pid, table, "source")
    if pid != GENERIC and not (name and url and source):
        raise PlatformError(f"{pid} needs name, url and source")
    return Platform(pid, name, url, source, checked)


def read_platforms(path: Path) -> dict[str, Platform]:
    """Read a platforms file, in file order (``PlatformError`` if it is unusable)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PlatformError(f"cannot read {path.name}: {exc}") from exc
    platforms = {pid: _platform(pid, table) for pid, table in data.items()}
    if GENERIC not in platforms:
        raise PlatformError(f"{path.name} must have the generic platform {GENERIC!r}")
    return platforms


@lru_cache(maxsize=1)
def load_platforms() -> Mapping[str, Platform]:
    """The bundled platforms (cached; read-only at run time)."""
    return read_platforms(platforms_file())


def required_keys(platforms: Iterable[Platform]) -> frozenset[str]:
    """Every content key the platform notes need in each language."""
    keys = {NOTICE_KEY}
    for platform in platforms:
        keys.update(platform.note_key(field) for field in NOTE_FIELDS)
        if platform.name_key:
            keys.add(platform.name_key)
    return frozenset(keys)
