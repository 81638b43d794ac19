"""Where Harbour finds its bundled resources and keeps a person's profile."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from core import APP_NAME

_SOURCE_ROOT = Path(__file__).resolve().parent.parent

APP_ROOT_VARIABLE = "HARBOUR_APP_ROOT"
"""Names another folder laid out like the source tree, used instead of it when set: tests and
``python -m ui.tour --lang pseudo`` point it at a generated pseudolocale (``ui.pseudolocale``).
An installed (frozen) Harbour ignores it: its wording and numbers come only from the bundle."""


def app_root() -> Path:
    """The folder holding `resources/` and `translations/` (the bundle folder when frozen;
    otherwise the folder named by ``HARBOUR_APP_ROOT``, or the source tree)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    chosen = os.environ.get(APP_ROOT_VARIABLE)
    return Path(chosen) if chosen else _SOURCE_ROOT


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("flows", "guide.toml")``."""
    return app_root().joinpath("resources", *parts)


def default_data_dir() -> Path:
    """The per-user folder for the profile (vault, key file, backups).

    Never the roaming folder: on Windows domains a roaming profile would copy the diary to a
    server every time the person signs out.
    """
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))
