"""Checking a manifest against its published JSON Schema.

The suite has no JSON Schema library, so this checks the subset of draft 2020-12 that
``harbour-evidence-pack-1.schema.json`` uses: type, const, enum, required, properties,
additionalProperties, propertyNames, items, pattern, minimum and local ``$ref``. A keyword it
does not know fails loudly, so the schema cannot quietly outgrow the check.
"""

from __future__ import annotations

import json
import re
from typing import Any

from core.paths import resource_path
from core.reports.manifest import SCHEMA_FILE

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "null": (type(None),),
}
_ANNOTATIONS = {"$schema", "$id", "title", "description", "$defs"}


def load_schema() -> dict[str, Any]:
    """The published schema."""
    schema: dict[str, Any] = json.loads(resource_path("schemas", SCHEMA_FILE).read_text("utf-8"))
    return schema


def _is(value: Any, name: str) -> bool:
    if name == "integer" and isinstance(value, bool):
        return False
    return isinstance(value, _TYPES[name])


def problems(
    value: Any, schema: dict[str, Any], root: dict[str, Any], where: str = "$"
) -> list[str]:
    """Every way ``value`` breaks ``schema`` (empty when it validates)."""
    if "$ref" in schema:
        target: Any = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return problems(value, target, root, where)
    found: list[str] = []
    for key, rule in schema.items():
        if key in _ANNOTATIONS:
            continue
        if key == "type":
            names = rule if isinstance(rule, list) else [rule]
            if not any(_is(value, n) for n in names):
                return [f"{where}: {value!r} is not {names}"]
        elif key == "const":
            if value != rule:
                found.append(f"{where}: {value!r} is not {rule!r}")
        elif key == "enum":
            if value not in rule:
                found.append(f"{where}: {value!r} is not one of {rule}")
        elif key == "pattern":
            if isinstance(value, str) and not re.search(rule, value):
                found.append(f"{where}: {value!r} does not match {rule}")
        elif key == "minimum":
            if isinstance(value, int) and value < rule:
                found.append(f"{where}: {value} < {rule}")
        elif key == "required":
            if isinstance(value, dict):
                found += [f"{where}: {name} missing" for name in rule if name not in value]
        elif key == "properties":
            if isinstance(value, dict):
                for name, sub in rule.items():
                    if name in value:
                        found += problems(value[name], sub, root, f"{where}.{name}")
        elif key == "additionalProperties":
            if isinstance(value, dict):
                extra = [k for k in value if k not in schema.get("properties", {})]
                if rule is False:
                    found += [f"{where}: unexpected {k}" for k in extra]
                elif isinstance(rule, dict):
                    for k in extra:
                        found += problems(value[k], rule, root, f"{where}.{k}")
        elif key == "propertyNames":
            if isinstance(value, dict):
                for k in value:
                    found += problems(k, rule, root, f"{where}[{k!r}]")
        elif key == "items":
            if isinstance(value, list):
                for n, item in enumerate(value):
                    found += problems(item, rule, root, f"{where}[{n}]")
        else:
            raise AssertionError(f"the schema uses {key!r}, which this check does not know")
    return found
