"""Peak resident memory of this process while a piece of work runs (sampled by a thread)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

import psutil

T = TypeVar("T")


def peak_rss_growth(work: Callable[[], T], interval: float = 0.005) -> tuple[T, int]:
    """Run ``work`` and return its result and the largest RSS growth seen, in bytes."""
    process = psutil.Process()
    baseline = process.memory_info().rss
    peak = baseline
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, process.memory_info().rss)
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        result = work()
    finally:
        done.set()
        sampler.join()
    return result, max(peak, process.memory_info().rss) - baseline
