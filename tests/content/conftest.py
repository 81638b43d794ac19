"""Fixtures for the content tests: copies of the bundled packs and wording in a temp folder."""

from __future__ import annotations

import json
import shutil
import tomllib
from collections.abc import Mapping
from pathlib import Path

import pytest

from core.content.catalog import content_root
from core.content.regions import regions_root


@pytest.fixture
def regions_dir(tmp_path: Path) -> Path:
    """A private copy of ``resources/regions`` that a test may break."""
    folder = tmp_path / "regions"
    shutil.copytree(regions_root(), folder)
    return folder


def pack_text(code: str) -> str:
    """The bundled TOML text of one pack."""
    return (regions_root() / f"{code}.toml").read_text(encoding="utf-8")


def flat_strings(path: Path) -> dict[str, str]:
    """The strings of one content file, keyed relative to the file (``names.uk``)."""
    out: dict[str, str] = {}

    def walk(prefix: str, table: Mapping[str, object]) -> None:
        for key, value in table.items():
            name = f"{prefix}{key}"
            if isinstance(value, Mapping):
                walk(f"{name}.", value)
            elif isinstance(value, str):
                out[name] = value

    walk("", tomllib.loads(path.read_text(encoding="utf-8")))
    return out


def write_flat(path: Path, strings: Mapping[str, str], **lists: list[str]) -> None:
    """Write a content file as dotted keys, with top-level lists such as ``_review``."""
    lines = [f"{name} = {json.dumps(keys)}" for name, keys in lists.items()]
    lines += [f"{key} = {json.dumps(text, ensure_ascii=False)}" for key, text in strings.items()]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    """en-GB as bundled plus a complete es-ES whose every value differs from the English."""
    folder = tmp_path / "content"
    shutil.copytree(content_root() / "en-GB", folder / "en-GB")
    for source in sorted((folder / "en-GB").glob("*.toml")):
        english = flat_strings(source)
        write_flat(folder / "es-ES" / source.name, {k: f"ES {v}" for k, v in english.items()})
    return folder
