"""The append-only audit log: every add, change and delete, hash-chained.

Each row's ``hash`` is SHA-256 over the JSON list ``[prev_hash, seq, at, action, entity,
entity_id, case_id, digest, detail]``. ``digest`` is an HMAC-SHA256 (per-vault key) of the
changed values, so the log proves *that* something changed without holding what was typed;
``detail`` carries only non-personal facts such as an evidence file's SHA-256 and size.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

from core.diary.columns import now_utc, utc_text
from core.vault.migrations import Connection

GENESIS = "0" * 64
FORMAT_LINE = (
    "# harbour-audit-v1\tseq\tat\taction\tentity\tentity_id\tcase_id\tdigest\tdetail"
    "\tprev_hash\thash\t(hash = sha256 of the JSON list"
    " [prev_hash, seq, at, action, entity, entity_id, case_id, digest, detail])"
)


@dataclasses.dataclass(frozen=True)
class AuditBreak:
    """The first place the chain does not hold: a row's ``seq`` and why (hash/link/gap/tail)."""

    seq: int
    reason: str


def _meta(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def _link_hash(values: list[Any]) -> str:
    return hashlib.sha256(_canonical(values).encode()).hexdigest()


def change_digest(conn: Connection, change: Mapping[str, Any] | Any) -> str:
    """Keyed digest of a change (a mapping or a dataclass record)."""
    if dataclasses.is_dataclass(change) and not isinstance(change, type):
        change = dataclasses.asdict(change)
    key = bytes.fromhex(_meta(conn, "audit_key") or "")
    return hmac.new(key, _canonical(change).encode(), hashlib.sha256).hexdigest()


def append(
    conn: Connection,
    action: str,
    entity: str,
    entity_id: int | None,
    case_id: int | None,
    change: Mapping[str, Any] | Any = None,
    detail: str = "",
) -> None:
    """Add one link to the chain; call inside the transaction that makes the change."""
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (1, GENESIS) if last is None else (int(last[0]) + 1, str(last[1]))
    at = utc_text(now_utc())
    digest = change_digest(conn, change or {})
    link = _link_hash([prev, seq, at, action, entity, entity_id, case_id, digest, detail])
    conn.execute(
        "INSERT INTO audit_log (seq, at, action, entity, entity_id, case_id, digest, detail,"
        " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, action, entity, entity_id, case_id, digest, detail, prev, link),
    )
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('audit_head', ?)", (link,))


_COLUMNS = "seq, at, action, entity, entity_id, case_id, digest, detail, prev_hash, hash"


def verify_audit(conn: Connection) -> AuditBreak | None:
    """The first broken link of the chain, or None when every link holds."""
    expected_seq, prev = 1, GENESIS
    for row in conn.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq"):  # noqa: S608
        seq = int(row[0])
        if seq != expected_seq:
            return AuditBreak(expected_seq, "gap")
        if row[8] != prev:
            return AuditBreak(seq, "link")
        if _link_hash([row[8], *row[:8]]) != row[9]:
            return AuditBreak(seq, "hash")
        expected_seq, prev = seq + 1, str(row[9])
    if (_meta(conn, "audit_head") or GENESIS) != prev:
        return AuditBreak(expected_seq, "tail")
    return None


def export_audit(conn: Connection, case_id: int | None = None) -> list[str]:
    """The log as tab-separated text lines (first line names the columns).

    With ``case_id`` only that case's rows are listed; each keeps its ``prev_hash`` and ``hash``
    so its own link can still be checked, and ``seq`` shows where other cases' rows were left out.
    """
    where, params = ("WHERE case_id = ?", (case_id,)) if case_id is not None else ("", ())
    rows = conn.execute(f"SELECT {_COLUMNS} FROM audit_log {where} ORDER BY seq", params)  # noqa: S608
    lines = [FORMAT_LINE]
    lines += ["\t".join("" if v is None else str(v) for v in row) for row in rows]
    return lines
