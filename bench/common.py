"""Shared helpers for the benchmarks: repeat, take the median, print the verdict line."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def median_seconds(work: Callable[[], object], runs: int) -> float:
    """Median wall time of ``runs`` calls of ``work``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def verdict(name: str, value: float, unit: str, target: str, ok: bool) -> str:
    """The last line every bench prints: ``name: value unit (target …) ok|FAIL``."""
    line = f"{name}: {value:.3f} {unit} (target {target}) {'ok' if ok else 'FAIL'}"
    print(line, flush=True)
    return line
