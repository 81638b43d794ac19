"""The encrypted diary: cases and their entries, timeline, totals, search, soft delete, audit.

Plain functions that take a connection to the vault (``core.vault.database.connect``); every
write is one transaction. Records are the dataclasses in ``core.diary.records``.
"""

from core.diary.audit import AuditBreak, export_audit, verify_audit
from core.diary.cases import add_case, get_case, list_cases, update_case
from core.diary.deletion import (
    PurgeResult,
    delete_case,
    delete_entry,
    purge_deleted,
    undo_delete,
    undo_delete_case,
)
from core.diary.entries import add, get, list_entries, update
from core.diary.errors import Code, NotFoundError, Problem, ValidationError
from core.diary.parsing import Money, parse_money, parse_when
from core.diary.search import SearchHit, Snippet, search
from core.diary.timeline import TimelineItem, Totals, timeline, timeline_count, totals

__all__ = [
    "AuditBreak",
    "Code",
    "Money",
    "NotFoundError",
    "Problem",
    "PurgeResult",
    "SearchHit",
    "Snippet",
    "TimelineItem",
    "Totals",
    "ValidationError",
    "add",
    "add_case",
    "delete_case",
    "delete_entry",
    "export_audit",
    "get",
    "get_case",
    "list_cases",
    "list_entries",
    "parse_money",
    "parse_when",
    "purge_deleted",
    "search",
    "timeline",
    "timeline_count",
    "totals",
    "undo_delete",
    "undo_delete_case",
    "update",
    "update_case",
    "verify_audit",
]
