"""A Harbour whose English is the pseudolocale, to find words that are cut off or never translated.

``build_pseudo_root(folder)`` writes a copy of the bundle's ``resources/`` whose en-GB content is
the pseudolocale (``core.content.pseudo``), and a ``translations/`` folder holding every real
catalogue compiled plus ``harbour_en_GB.qm``: every ``tr()`` string in the pseudolocale.
``pseudolocale(folder)`` points Harbour at it (``core.paths.APP_ROOT_VARIABLE``), so en-GB shows
the pseudolocale and the other languages show their real translations, falling back to it where a
translator has not finished. Nothing of it is ever committed or shipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from core.content.catalog import load_catalog
from core.content.languages import DEFAULT_LANGUAGE
from core.content.pseudo import pseudo_text, write_pseudo_content
from core.paths import APP_ROOT_VARIABLE, app_root
from ui.i18n import qm_name

PSEUDO = "pseudo"
"""The name ``python -m ui.tour --lang`` knows the pseudolocale by."""


@dataclass(frozen=True)
class Message:
    """One ``tr()`` string of a Qt Linguist catalogue."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False  # a plural message (``tr(text, "", n)``)


def messages(ts: Path) -> list[Message]:
    """Every message of the ``.ts`` file ``ts``, in its order."""
    found = []
    tree = ET.parse(ts)  # noqa: S314 - the project's own translation sources
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source, comment = message.findtext("source", ""), message.findtext("comment", "")
            found.append(Message(name, source, comment, message.get("numerus") == "yes"))
    return found


def write_pseudo_ts(source: Path, dest: Path) -> int:
    """Write the en-GB pseudolocale of the catalogue ``source`` to ``dest``; the message count."""
    root = ET.Element("TS", version="2.1", language="en_GB")
    found = messages(source)
    contexts: dict[str, ET.Element] = {}
    for message in found:
        if message.context not in contexts:
            contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[message.context], "name").text = message.context
        element = ET.SubElement(contexts[message.context], "message")
        ET.SubElement(element, "source").text = message.source
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        translation = ET.SubElement(element, "translation")
        if message.numerus:  # English has two forms: one, and any other number
            element.set("numerus", "yes")
            for _form in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo_text(message.source)
        else:
            translation.text = pseudo_text(message.source)
    ET.ElementTree(root).write(dest, encoding="utf-8", xml_declaration=True)
    return len(found)


def _lrelease(ts: Path, qm: Path) -> None:
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    command = str(tool) if tool.exists() else "pyside6-lrelease"
    subprocess.run([command, "-silent", str(ts), "-qm", str(qm)], check=True)


def build_pseudo_root(folder: Path, source: Path | None = None) -> Path:
    """Write the pseudolocale bundle into ``folder`` (from ``source``, the real bundle by
    default) and return ``folder``."""
    source = source or app_root()
    resources = folder / "resources"
    shutil.copytree(
        source / "resources",
        resources,
        ignore=shutil.ignore_patterns(DEFAULT_LANGUAGE, "__pycache__"),
        dirs_exist_ok=True,
    )
    write_pseudo_content(
        source / "resources" / "content" / DEFAULT_LANGUAGE,
        resources / "content" / DEFAULT_LANGUAGE,
    )
    translations = folder / "translations"
    translations.mkdir(parents=True, exist_ok=True)
    real = sorted((source / "translations").glob("*.ts"))
    for ts in real:
        _lrelease(ts, translations / ts.with_suffix(".qm").name)
    pseudo_ts = folder / f"{qm_name(DEFAULT_LANGUAGE)}.ts"
    write_pseudo_ts(real[0], pseudo_ts)
    _lrelease(pseudo_ts, translations / pseudo_ts.with_suffix(".qm").name)
    return folder


@contextmanager
def pseudolocale(folder: Path) -> Iterator[Path]:
    """Run Harbour from the pseudolocale bundle in ``folder`` while the block lasts."""
    before = os.environ.get(APP_ROOT_VARIABLE)
    os.environ[APP_ROOT_VARIABLE] = str(folder)
    load_catalog.cache_clear()  # wording read from the other bundle must not linger
    try:
        yield folder
    finally:
        if before is None:
            del os.environ[APP_ROOT_VARIABLE]
        else:
            os.environ[APP_ROOT_VARIABLE] = before
        load_catalog.cache_clear()
