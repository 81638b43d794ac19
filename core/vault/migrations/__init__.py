"""Numbered schema migrations.

Each module ``mNNNN_<what>.py`` in this package defines ``VERSION`` (its number) and
``upgrade(conn)``. The database's ``PRAGMA user_version`` records the newest applied migration;
``apply_migrations`` runs every newer one in order, each inside the caller's transaction. Numbers
may leave gaps but never repeat, and a migration is never edited once released: add a new one.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

Connection = Any  # a DB-API connection from sqlcipher3 (no type stubs are published)


@dataclass(frozen=True)
class Migration:
    """One numbered step of the schema."""

    version: int
    name: str
    upgrade: Callable[[Connection], None]


def _load(module: ModuleType) -> Migration:
    version = getattr(module, "VERSION", None)
    upgrade = getattr(module, "upgrade", None)
    if not isinstance(version, int) or not callable(upgrade):
        raise RuntimeError(f"{module.__name__} needs VERSION and upgrade()")
    return Migration(version, module.__name__.rsplit(".", 1)[-1], upgrade)


def all_migrations() -> list[Migration]:
    """Every migration in this package, oldest first."""
    found = [
        _load(importlib.import_module(f"{__name__}.{info.name}"))
        for info in pkgutil.iter_modules(__path__)
        if info.name.startswith("m") and info.name[1:5].isdigit()
    ]
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"two migrations share a number: {versions}")
    return found


def latest_version() -> int:
    """The schema version a fully migrated database has."""
    return all_migrations()[-1].version


def current_version(conn: Connection) -> int:
    """The schema version recorded in the database."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def apply_migrations(conn: Connection, up_to: int | None = None) -> list[int]:
    """Run every migration newer than the database, up to ``up_to``; return the versions applied.

    The caller owns the transaction: either all of them land or none does.
    """
    start = current_version(conn)
    applied: list[int] = []
    for migration in all_migrations():
        if migration.version <= start or (up_to is not None and migration.version > up_to):
            continue
        migration.upgrade(conn)
        conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        applied.append(migration.version)
    return applied
