"""Leak checks: the canary search (``tests.leaks.search``, re-exported here for every suite that
imports ``tests.leaks``) and the sweep that drives every feature of the real UI with canaries.

A ``tests/leaks.py`` module could not sit beside this folder (the package would hide it), so the
search moved to ``search.py`` and keeps its import path through this file.
"""

from tests.leaks.search import (
    ascii_stretches,
    encodings_of,
    find_in_files,
    hits_in_files,
    needles_for,
)

__all__ = ["ascii_stretches", "encodings_of", "find_in_files", "hits_in_files", "needles_for"]
