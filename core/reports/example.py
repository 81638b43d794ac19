"""The made-up example case (``resources/examples/case.toml``) in a throw-away vault.

The case is written in the person's language where a translation exists
(``case.<lang>.toml``: the same entries, only the prose translated). ``example_vault(region,
language)`` creates a real, encrypted vault in a temp folder, fills it through the
same diary and evidence functions a person's entries go through, yields it, and removes it all
afterwards. So "See an example report" and ``main.py --example-pack`` exercise the real pipeline
without ever touching the person's own diary.
"""

from __future__ import annotations

import hashlib
import secrets
import tempfile
import tomllib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from core import diary
from core.content.regions import region_or_fallback
from core.diary.records import (
    Action,
    ActionKind,
    AgeGroup,
    Case,
    Demand,
    Direction,
    EntryRecord,
    Message,
    Note,
    Payment,
    Person,
    Role,
)
from core.evidence import (
    BlobStore,
    EvidenceCode,
    EvidenceError,
    add_description,
    import_file,
    open_blob_store,
)
from core.paths import resource_path
from core.reports.statement import save_statement
from core.vault.database import connect, transaction
from core.vault.migrations import Connection, apply_migrations

_KINDS: tuple[tuple[str, type[EntryRecord]], ...] = (
    ("people", Person),
    ("messages", Message),
    ("demands", Demand),
    ("payments", Payment),
    ("actions", Action),
    ("notes", Note),
)
_ENUMS: Mapping[str, Any] = {"role": Role, "direction": Direction, "kind": ActionKind}
_MEDIA_REFUSED = {EvidenceCode.IMAGE_UNDER18, EvidenceCode.IMAGE_NOT_ALLOWED}


@dataclass(frozen=True)
class ExampleVault:
    """An open throw-away vault holding the example case."""

    conn: Connection
    store: BlobStore
    case_id: int


def examples_folder() -> Path:
    """Where the example case and its evidence files live."""
    return resource_path("examples")


def example_case_file(language: str) -> Path:
    """The example case in ``language`` (``es-ES``), or the English one."""
    translated = examples_folder() / f"case.{language}.toml"
    return translated if translated.is_file() else examples_folder() / "case.toml"


def country_of_region(region: str) -> str | None:
    """The ISO 3166 country of a region pack ("uk" -> "GB"), from its main locale."""
    pack, _error = region_or_fallback(region)
    return pack.locale.split("_")[1] if pack.locale else None


def _record(kind: type[EntryRecord], table: Mapping[str, Any], refs: Mapping[str, int]) -> Any:
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key == "ref":
            continue
        if key == "person":
            values["person_id"] = refs[value]
        elif key == "amount":
            values[key] = Decimal(value)
        elif key in _ENUMS:
            values[key] = _ENUMS[key](value)
        else:
            values[key] = value
    return kind(**values)


def _add_evidence(
    conn: Connection, store: BlobStore, case_id: int, item: Mapping[str, Any], allowed: bool
) -> None:
    path = examples_folder() / str(item["file"])
    try:
        import_file(
            conn, store, case_id, path, item.get("note"), at=item.get("at"), images_allowed=allowed
        )
    except EvidenceError as exc:
        if exc.code not in _MEDIA_REFUSED:
            raise
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        description = item.get("description") or item.get("note") or path.name
        add_description(
            conn, case_id, description, digest, note=item.get("note"), at=item.get("at")
        )


def fill_example(
    conn: Connection,
    store: BlobStore,
    country: str | None,
    language: str,
    *,
    images_allowed: bool = True,
) -> int:
    """Add the example case, in ``language``, to a vault and return its id (pictures become
    hash-only records when ``images_allowed`` is False, as they would for a real person)."""
    data = tomllib.loads(example_case_file(language).read_text(encoding="utf-8"))
    about = data["case"]
    case = diary.add_case(
        conn, Case(title=about["title"], age_group=AgeGroup(about["age_group"]), region=country)
    )
    assert case.id is not None
    refs: dict[str, int] = {}
    for table, kind in _KINDS:
        for item in data.get(table, []):
            stored = diary.add(conn, case.id, _record(kind, item, refs))
            if "ref" in item and stored.id is not None:
                refs[item["ref"]] = stored.id
    for item in data.get("evidence", []):
        _add_evidence(conn, store, case.id, item, images_allowed)
    save_statement(conn, case.id, about.get("statement"))
    return case.id


@contextmanager
def example_vault(
    region: str, language: str, *, images_allowed: bool = True
) -> Iterator[ExampleVault]:
    """A throw-away vault with the example case for ``region`` (a pack code such as "uk"),
    written in ``language``."""
    with tempfile.TemporaryDirectory(prefix="harbour-example-") as temp:
        folder = Path(temp)
        conn = connect(folder / "example.db", secrets.token_bytes(32))
        try:
            with transaction(conn):
                apply_migrations(conn)
            store = open_blob_store(conn, folder)
            case_id = fill_example(
                conn, store, country_of_region(region), language, images_allowed=images_allowed
            )
            yield ExampleVault(conn, store, case_id)
        finally:
            conn.close()
