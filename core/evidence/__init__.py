"""Evidence: encrypted blob files, safe imports, hash-only records and the under-18 guard."""

from core.evidence.access import (
    EvidenceReader,
    collect_garbage,
    export_evidence,
    open_evidence,
    purge_deleted,
)
from core.evidence.blobs import BlobStore, open_blob_store
from core.evidence.errors import EvidenceCode, EvidenceError
from core.evidence.files import safe_export_name
from core.evidence.importer import add_description, import_bytes, import_file

__all__ = [
    "BlobStore",
    "EvidenceCode",
    "EvidenceError",
    "EvidenceReader",
    "add_description",
    "collect_garbage",
    "export_evidence",
    "import_bytes",
    "import_file",
    "open_blob_store",
    "open_evidence",
    "purge_deleted",
    "safe_export_name",
]
