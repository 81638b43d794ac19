"""Qt Linguist catalogues (``translations/*.ts``): translations keep their ``%1`` placeholders."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

_PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
_SKIPPED_TYPES = frozenset({"vanished", "obsolete"})


class TsMismatch(NamedTuple):
    """A translation whose placeholders differ from its source, or an unreadable file."""

    file: str
    key: str
    message: str


def qt_placeholders(text: str) -> frozenset[str]:
    """The Qt arguments used in ``text``: ``"%1 of %L2"`` gives ``{"1", "2"}``."""
    return frozenset(_PLACEHOLDER.findall(text))


def _forms(translation: ET.Element) -> list[str]:
    plural = [form.text or "" for form in translation.findall("numerusform")]
    return [form for form in plural or [translation.text or ""] if form]


def check_ts_file(path: Path) -> list[TsMismatch]:
    """Compare the placeholders of every translated message of one ``.ts`` file."""
    name = f"translations/{path.name}"
    try:
        tree = ET.parse(path)  # noqa: S314 - the project's own translation sources
    except (ET.ParseError, OSError) as exc:
        return [TsMismatch(name, "(file)", f"cannot be read as XML: {exc}")]
    found = []
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name") or "?"
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in _SKIPPED_TYPES:
                continue
            # A plural message's singular form may spell the number out instead of using %n.
            ignored = {"n"} if message.get("numerus") == "yes" else set()
            expected = qt_placeholders(source) - ignored
            for form in _forms(translation):
                got = qt_placeholders(form) - ignored
                if got != expected:
                    detail = f"placeholders {sorted(got)}, source has {sorted(expected)}"
                    found.append(TsMismatch(name, f"{context_name}: {source[:60]!r}", detail))
    return found


def check_ts_folder(folder: Path) -> tuple[int, list[TsMismatch]]:
    """How many ``.ts`` files ``folder`` holds, and every mismatch in them."""
    paths = sorted(folder.glob("*.ts")) if folder.is_dir() else []
    return len(paths), [problem for path in paths for problem in check_ts_file(path)]
