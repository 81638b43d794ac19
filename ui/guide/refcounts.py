"""Keep ``None``, ``True`` and ``False`` alive under PySide6 6.12.0.

Measured with the pinned PySide6 6.12.0 on CPython 3.11: every Python call of a Qt method
that returns nothing (``setText``, ``setVisible``, ``addWidget`` ...) drops one reference to
``None``, and every Python ``SignalInstance.emit`` drops one to ``True``. On CPython 3.11
those are ordinary counted objects, so after a few thousand such calls Python stops with
"Fatal Python error: none_dealloc" — for a person using Harbour, the guide closing in the
middle of a crisis after a few screens. CPython 3.12 made these singletons immortal; ``protect``
does the same here by raising their counts far beyond reach. It checks for the fault first and
does nothing on a PySide or Python that does not have it.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

HEADROOM = 1 << 60  # references added to each singleton; 2**63 - 1 is the limit
PROBES = 8


class _Probe(QObject):
    ping = Signal()


def references_lost() -> tuple[int, int]:
    """How many references to ``None`` and to ``True`` a few plain Qt calls lose."""
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(PROBES):
        probe.setObjectName("probe")  # a method that returns nothing
        probe.ping.emit()
    return none_before - sys.getrefcount(None), true_before - sys.getrefcount(True)


def protect() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal if PySide loses references
    to them; True if anything was raised (False when not needed or already done)."""
    immortal_already = sys.version_info >= (3, 12)
    debug_build = hasattr(sys, "gettotalrefcount")  # another object layout: leave it alone
    if immortal_already or debug_build or max(references_lost()) <= 0:
        return False
    raised = False
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt leads every object
        if count.value < HEADROOM:
            count.value += HEADROOM
            raised = True
    return raised
