"""Read an Inno Setup script: ``[Setup]`` directives and the entries of the other sections."""

from __future__ import annotations

import re
from pathlib import Path

_PARAMETER = re.compile(r'\s*(\w+):\s*("(?:[^"]|"")*"|[^;]*)\s*(?:;|$)')


def _value(raw: str) -> str:
    raw = raw.strip()
    return raw[1:-1].replace('""', '"') if raw.startswith('"') else raw


def read_iss(path: Path) -> tuple[dict[str, str], dict[str, list[dict[str, str]]]]:
    """``(setup, sections)``: directives of [Setup]; each other section's entries as dicts."""
    setup: dict[str, str] = {}
    sections: dict[str, list[dict[str, str]]] = {}
    current = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        elif current == "Setup":
            key, _, value = line.partition("=")
            setup[key.strip()] = value.strip()
        else:
            entry = {m.group(1): _value(m.group(2)) for m in _PARAMETER.finditer(line)}
            sections[current].append(entry)
    return setup, sections
