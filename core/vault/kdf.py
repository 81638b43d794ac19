"""Argon2id for passphrases, calibrated on this computer to take about half a second to a second.

The floor (64 MiB, 3 passes) is never lowered, however slow the machine; calibration only adds
passes (and memory, up to a ceiling) on faster machines.
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass

FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_TIME_COST = 3
MAX_MEMORY_KIB = 256 * 1024
PARALLELISM = 2
SALT_BYTES = 16
KEY_BYTES = 32
TARGET_SECONDS = (0.5, 1.0)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id settings stored in the key file next to the slot they protect."""

    time_cost: int = FLOOR_TIME_COST
    memory_kib: int = FLOOR_MEMORY_KIB
    parallelism: int = PARALLELISM

    def __post_init__(self) -> None:
        if self.time_cost < FLOOR_TIME_COST or self.memory_kib < FLOOR_MEMORY_KIB:
            raise ValueError("Argon2id settings below Harbour's floor")
        if not 1 <= self.parallelism <= 16 or self.memory_kib > 4 * MAX_MEMORY_KIB:
            raise ValueError("Argon2id settings out of range")

    def to_dict(self) -> dict[str, int]:
        """Plain form for the key file."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: object) -> KdfParams:
        """Read settings back from the key file (raises ValueError when malformed)."""
        if not isinstance(data, dict):
            raise ValueError("kdf settings must be a table")
        values = {k: data.get(k) for k in ("time_cost", "memory_kib", "parallelism")}
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values.values()):
            raise ValueError("kdf settings must be whole numbers")
        return cls(**values)  # type: ignore[arg-type]


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The 32-byte wrapping key for ``passphrase``."""
    from argon2.low_level import Type, hash_secret_raw  # loaded when first needed: quick start-up

    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def new_salt() -> bytes:
    """A fresh random salt."""
    return os.urandom(SALT_BYTES)


def _seconds(params: KdfParams) -> float:
    start = time.perf_counter()
    derive("calibration", b"\0" * SALT_BYTES, params)
    return time.perf_counter() - start


def calibrate(target: tuple[float, float] = TARGET_SECONDS) -> KdfParams:
    """Settings taking ``target[0]``–``target[1]`` seconds here, never below the floor.

    Memory grows first (it is what slows an attacker's hardware most), then passes.
    """
    low, high = target
    params = KdfParams()
    spent = _seconds(params)
    while spent < low:
        if params.memory_kib < MAX_MEMORY_KIB and spent * 2 <= high:
            candidate = KdfParams(params.time_cost, params.memory_kib * 2, params.parallelism)
        else:
            per_pass = spent / params.time_cost
            extra = max(1, int((low - spent) / per_pass) + 1)
            candidate = KdfParams(params.time_cost + extra, params.memory_kib, params.parallelism)
        candidate_spent = _seconds(candidate)
        if candidate_spent > high and spent > 0:
            break
        params, spent = candidate, candidate_spent
    return params
