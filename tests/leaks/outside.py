"""Where else a leak could land, and which paths give away a canary by their name."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from tests.leaks.search import ascii_stretches

XDG = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR")


def beyond(path: Path, allowed: Iterable[Path]) -> bool:
    """True when ``path`` is in none of the ``allowed`` folders."""
    return not any(path == folder or folder in path.parents for folder in allowed)


def outer_places() -> list[Path]:
    """Folders outside a run's own home that anything on this machine may write to: the
    system temp folders and shared memory, and this process's XDG folders (where the test
    session's keyring daemon keeps its files). Nested ones are listed once."""
    places = [Path(tempfile.gettempdir()), Path("/var/tmp"), Path("/dev/shm")]
    places += [Path(os.environ[name]) for name in XDG if os.environ.get(name)]
    found: list[Path] = []
    for place in sorted({p.resolve() for p in places if p.is_dir()}, key=lambda p: len(p.parts)):
        if beyond(place, found):
            found.append(place)
    return found


def named_after(
    paths: Iterable[Path], canaries: Mapping[str, str], beside: Iterable[Path] = ()
) -> list[Path]:
    """Paths (outside the ``beside`` folders) whose own name holds a canary or its ASCII
    stretch, as a thumbnail or a temp file named after a picture would."""
    marks = [*canaries, *(run for c in canaries for run in ascii_stretches(c))]
    skip = list(beside)
    return sorted(p for p in paths if beyond(p, skip) and any(mark in p.name for mark in marks))


_GCC = re.compile(r"cc[A-Za-z0-9]{6}\.(cdtor\.c|cdtor\.o|res|s|o|c|ld|le)")
_PYTHON_TEMP = re.compile(r"tmp[a-z0-9_]{8}")
_TEMPDIR_PROBE = re.compile(r"[a-z0-9_]{8}")


def unexplained_temp_files(written: Iterable[Path], temp: Path) -> list[Path]:
    """Files written in the temp folder ``temp`` that are not the known scratch of loading
    the keyring: ``ctypes.util.find_library`` runs gcc (its ``cc*`` files) into a Python
    temp file (one ``tmp*`` a run), and Python's ``tempfile`` first probes the folder with
    an 8-letter file. Such files are gone before the run ends, so their content cannot be
    searched: anything else written there, even if deleted again, is reported (the folder
    itself too: that is a nameless ``O_TMPFILE`` opened for writing)."""
    paths = set(written)
    files = [p for p in paths if p.parent == temp]
    nested = [p for p in paths if temp in p.parents and p.parent != temp]
    gcc_runs = sum(p.name.endswith(".cdtor.c") for p in files)
    python = [p for p in files if _PYTHON_TEMP.fullmatch(p.name)]
    probes = [p for p in files if _TEMPDIR_PROBE.fullmatch(p.name)]
    unexplained = [
        p for p in files if not _GCC.fullmatch(p.name) and p not in python and p not in probes
    ]
    if len(python) > gcc_runs:
        unexplained += python
    if len(probes) > 1:
        unexplained += probes
    anonymous = [temp] if temp in paths else []
    return sorted({*unexplained, *nested, *anonymous})


_PROFILE_FILES = re.compile(
    r"""(
      \.|backups|blobs|qt
      |vault\.db(-journal|-wal|-shm)?
      |(backups/)?\.?vault\.key(\.[0-9a-f]{8}\.tmp)?
      |\.?settings\.json(\.[0-9a-f]{8}\.tmp)?
      |backups/\.?vault-\d{8}T\d+Z\.db(\.tmp)?(-journal|-wal|-shm)?
      |blobs/\.?[0-9a-f]{32}(\.[a-z0-9_]{8}\.tmp)?
      |qt/QtProject\.conf(\.[A-Za-z0-9]{6}|\.lock)?
    )""",
    re.VERBOSE,
)


def unknown_profile_files(written: Iterable[Path], profile: Path) -> list[Path]:
    """Paths written in ``profile`` that are not what Harbour keeps there: the encrypted
    database and its journals, the key file, encrypted backups and evidence blobs (each with
    the temp file it is written through), settings.json, and Qt's settings file. A file that
    came and went cannot be searched afterwards, so anything else is reported."""
    inside = [p for p in written if p == profile or profile in p.parents]
    return sorted(
        p for p in inside if not _PROFILE_FILES.fullmatch(p.relative_to(profile).as_posix())
    )
