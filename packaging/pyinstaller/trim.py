"""Leave out of Harbour's bundle the Qt plugins, Qt catalogues and libraries it never uses.

Used by ``harbour.spec``. Left out: Qt plugins that serve the network (VNC platform, TUIO touch
over UDP, TLS, network information) or devices without a desktop (framebuffer, EGLFS, evdev);
the GTK platform theme (Harbour draws its own theme; it drags in all of GTK); Qt's catalogues,
Babel's locale data and pycountry's name translations for languages Harbour does not speak.
On Linux, libraries that only those plugins needed are then dropped too: whatever no kept
module or plugin links to (ELF ``NEEDED``) is unused.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from pathlib import PurePath

from PyInstaller.depend.bindepend import get_imports  # type: ignore[import-untyped]

Entry = tuple[str, str, str]  # PyInstaller's TOC entry: name in the bundle, source, kind

_SEP = r"[/\\]"
UNUSED_PLUGINS = re.compile(
    rf"plugins{_SEP}(?:"
    r"generic|egldeviceintegrations|tls|networkinformation|sqldrivers|qmltooling|designer"
    rf"|platforms{_SEP}(?:lib)?q(?:vnc|linuxfb|eglfs|minimalegl|vkkhrdisplay)\."
    rf"|platformthemes{_SEP}(?:lib)?qgtk3\."
    r")"
)
QT_CATALOGUE = re.compile(
    rf"Qt{_SEP}translations{_SEP}(qt\w*?)_([a-z]{{2,3}})(?:_[A-Z]{{2}})?\.qm$"
)
KEPT_CATALOGUES = ("qt", "qtbase")
KEPT_LANGUAGES = ("en", "es", "pt", "cy")  # core.content.languages.LANGUAGES, by language
# Babel's locale data for ~800 locales: Harbour formats dates and money in its four languages
# only (each locale inherits from its language, then "root"; en_GB also from en_001).
BABEL_LOCALE = re.compile(rf"babel{_SEP}locale-data{_SEP}(\w+)\.dat$")
KEPT_BABEL = re.compile(r"^(root|en|en_001|en_150|en_GB|es|es_ES|pt|pt_PT|cy|cy_GB)$")
# pycountry's translations of country names: the diary only checks codes.
PYCOUNTRY_LOCALES = re.compile(rf"pycountry{_SEP}locales{_SEP}")


def _wanted_data(name: str) -> bool:
    """Keep every data file except catalogues and locale data for languages Harbour lacks."""
    if PYCOUNTRY_LOCALES.search(name):
        return False
    babel = BABEL_LOCALE.search(name)
    if babel is not None:
        return KEPT_BABEL.match(babel.group(1)) is not None
    match = QT_CATALOGUE.search(name)
    if match is None:
        return True
    return match.group(1) in KEPT_CATALOGUES and match.group(2) in KEPT_LANGUAGES


def _is_root(name: str) -> bool:
    """Python extension modules, Python itself and Qt plugins: what the program loads by name."""
    base = PurePath(name).name
    return (
        "plugins" in PurePath(name).parts
        or base.endswith(".pyd")
        or ".cpython-" in base
        or ".abi3." in base
        or base.startswith(("libpython", "python3"))
    )


def _link_target(entry: Entry) -> str:
    """Where a SYMLINK entry points, as a name in the bundle."""
    return os.path.normpath(PurePath(entry[0]).parent / entry[1])


def linked_closure(binaries: list[Entry]) -> list[Entry]:
    """The binaries reachable from the roots through the libraries each one links to."""
    by_name = {PurePath(entry[0]).name: entry for entry in binaries}
    kept: dict[str, Entry] = {}
    pending = [entry for entry in binaries if _is_root(entry[0])]
    while pending:
        entry = pending.pop()
        if entry[0] in kept:
            continue
        kept[entry[0]] = entry
        for needed, _resolved in get_imports(entry[1]):
            found = by_name.get(PurePath(needed).name)
            if found is not None:
                pending.append(found)
    return [entry for entry in binaries if entry[0] in kept]


def trim(binaries: Iterable[Entry], datas: Iterable[Entry]) -> tuple[list[Entry], list[Entry]]:
    """The binaries and data files to ship.

    Unused plugins and catalogues go; then, on Linux, the libraries only they needed; then the
    symbolic links (PyInstaller lists them with the data files) to anything that went.
    """
    binaries, datas = list(binaries), list(datas)
    files = [e for e in binaries if e[2] != "SYMLINK" and not UNUSED_PLUGINS.search(e[0])]
    if sys.platform.startswith("linux"):
        files = linked_closure(files)
    data = [e for e in datas if e[2] != "SYMLINK" and _wanted_data(e[0])]
    shipped = {entry[0] for entry in [*files, *data]}

    def links(entries: list[Entry]) -> list[Entry]:
        return [e for e in entries if e[2] == "SYMLINK" and _link_target(e) in shipped]

    return files + links(binaries), data + links(datas)
