"""Load guide and advice wording from ``resources/content/<lang>/*.toml``.

Each TOML file is a tree of tables whose leaves are strings. Keys are flattened to dotted names
prefixed with the file's stem: ``[steps.breathe] title = "..."`` in ``guide.toml`` becomes
``guide.steps.breathe.title``. Placeholders use ``{name}``. A top-level ``_review`` array lists keys
a native speaker should still check; other keys starting with ``_`` are ignored.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from core.content.languages import DEFAULT_LANGUAGE, LANGUAGES
from core.paths import resource_path


class ContentError(ValueError):
    """A content file is missing, malformed or holds something other than text."""


def content_root() -> Path:
    """The folder holding one sub-folder per language."""
    return resource_path("content")


def placeholders(text: str) -> frozenset[str]:
    """Names of the ``{placeholders}`` in ``text``."""
    try:
        return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name)
    except ValueError as exc:
        raise ContentError(f"bad placeholder in {text!r}: {exc}") from exc


def _flatten(prefix: str, table: Mapping[str, object], out: dict[str, str], where: Path) -> None:
    for key, value in table.items():
        if key.startswith("_"):
            continue
        name = f"{prefix}.{key}"
        if isinstance(value, Mapping):
            _flatten(name, value, out, where)
        elif isinstance(value, str):
            out[name] = value
        else:
            raise ContentError(f"{where.name}: {name} must be text, not {type(value).__name__}")


@dataclass(frozen=True)
class LanguageFile:
    """The strings of one language, plus the keys flagged for review."""

    lang: str
    strings: Mapping[str, str]
    review: frozenset[str] = field(default_factory=frozenset)


def read_language(lang: str, root: Path | None = None) -> LanguageFile:
    """Read every ``*.toml`` of one language folder (no fallback)."""
    folder = (root or content_root()) / lang
    if not folder.is_dir():
        raise ContentError(f"no content folder for language {lang!r}")
    strings: dict[str, str] = {}
    review: set[str] = set()
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ContentError(f"{lang}/{path.name}: {exc}") from exc
        _flatten(path.stem, data, strings, path)
        flagged = data.get("_review", [])
        if not isinstance(flagged, list) or not all(isinstance(k, str) for k in flagged):
            raise ContentError(f"{lang}/{path.name}: _review must be a list of keys")
        review.update(f"{path.stem}.{k}" for k in flagged)
    return LanguageFile(lang, strings, frozenset(review))


class Catalog:
    """Wording in one language, falling back to en-GB for a key that is missing."""

    def __init__(self, primary: LanguageFile, fallback: LanguageFile | None = None) -> None:
        self.lang = primary.lang
        self._primary = primary.strings
        self._fallback = fallback.strings if fallback else {}

    def has(self, key: str) -> bool:
        """True if ``key`` exists in this language or the fallback."""
        return key in self._primary or key in self._fallback

    def keys(self) -> frozenset[str]:
        """Every key this catalog can answer."""
        return frozenset(self._primary) | frozenset(self._fallback)

    def text(self, key: str, **values: object) -> str:
        """The wording for ``key`` with ``{placeholders}`` filled from ``values``."""
        raw = self._primary.get(key)
        if raw is None:
            raw = self._fallback.get(key)
        if raw is None:
            raise KeyError(key)
        return raw.format_map(values) if values else raw


@lru_cache(maxsize=16)
def load_catalog(lang: str = DEFAULT_LANGUAGE) -> Catalog:
    """The catalog for ``lang`` (cached; content files are read-only at run time)."""
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    primary = read_language(lang)
    fallback = read_language(DEFAULT_LANGUAGE) if lang != DEFAULT_LANGUAGE else None
    return Catalog(primary, fallback)
