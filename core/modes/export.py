"""Writing a case's chronology as CSV for a school's safeguarding record.

UTF-8 with a byte-order mark so Excel opens accents correctly, CRLF line ends, every cell
quoted as needed by ``csv``. A cell that a spreadsheet would read as a formula (starting with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a leading ``'`` so it shows as text
and never runs. The file is written atomically; it is NOT encrypted, which the UI says first.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from core.atomic import atomic_write_bytes

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """The cell as text a spreadsheet will not evaluate."""
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell


def csv_bytes(table: Sequence[Sequence[str]]) -> bytes:
    """The table (header first) as UTF-8-with-BOM CSV, every cell neutralised."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    for row in table:
        writer.writerow([neutralise(cell) for cell in row])
    return out.getvalue().encode("utf-8-sig")


def write_csv(path: Path, table: Sequence[Sequence[str]]) -> Path:
    """Write the table to ``path`` atomically (nothing appears there if writing fails)."""
    atomic_write_bytes(Path(path), csv_bytes(table))
    return Path(path)
