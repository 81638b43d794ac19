"""What an organisation's policy fixes, and how each problem with the file is described."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Mode(StrEnum):
    """Who Harbour is set up for (see DESIGN.md, "Three kinds of user")."""

    VICTIM = "victim"  # a person on their own or a shared computer (the default)
    HELPLINE = "helpline"  # charity staff guiding a caller
    SCHOOL = "school"  # a safeguarding lead helping a pupil: under-18 rules always on


MODES: tuple[str, ...] = tuple(mode.value for mode in Mode)


class Fault(StrEnum):
    """Stable codes for what is wrong with a policy file (the UI may translate them)."""

    NOT_FOUND = "not_found"
    UNREADABLE = "unreadable"  # permission denied, I/O error
    NOT_A_FILE = "not_a_file"  # a folder, a pipe, a device
    TOO_LARGE = "too_large"
    NOT_TEXT = "not_text"  # not UTF-8
    SYNTAX = "syntax"  # not valid TOML
    DUPLICATE_KEY = "duplicate_key"
    UNKNOWN_KEY = "unknown_key"
    WRONG_TYPE = "wrong_type"
    OUT_OF_RANGE = "out_of_range"
    UNKNOWN_CHOICE = "unknown_choice"  # a mode, region or language Harbour does not have
    CONFLICT = "conflict"  # school mode with evidence images allowed


@dataclass(frozen=True)
class PolicyProblem:
    """One fault in a policy file: where it is and what is wrong, for the administrator.

    ``line`` and ``column`` count from 1; ``line`` is None for faults about the whole file
    (unreadable, too large). ``detail`` is plain English for the person who maintains the file,
    like a compiler's message; ``code`` is the stable part.
    """

    source: str
    code: Fault
    detail: str
    line: int | None = None
    column: int | None = None
    key: str | None = None

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}, line {self.line}"
        return f"{where}: {self.detail}"


@dataclass(frozen=True)
class Policy:
    """What an organisation has fixed. ``None`` means "the person chooses".

    School mode always applies the under-18 rules and never allows evidence images, whatever
    was asked for: a ``Policy`` built with ``mode="school"`` has ``evidence_images_allowed``
    False.
    """

    mode: Mode = Mode.VICTIM
    region: str | None = None
    language: str | None = None
    auto_lock_minutes: int = 5
    keyring_allowed: bool = True
    passphrase_required: bool = False
    retention_days: int | None = None  # None: closed cases are kept until the person deletes them
    evidence_images_allowed: bool = True
    faults: tuple[PolicyProblem, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "mode", Mode(self.mode))
        if self.mode is Mode.SCHOOL:
            object.__setattr__(self, "evidence_images_allowed", False)

    @property
    def under_18_rules(self) -> bool:
        """School mode always applies the under-18 rules."""
        return self.mode is Mode.SCHOOL

    @property
    def problems(self) -> tuple[str, ...]:
        """Each fault as one line for the administrator ("policy.toml, line 4: …")."""
        return tuple(str(fault) for fault in self.faults)

    def may_unlock_with_keyring(self, *, has_passphrase: bool) -> bool:
        """Whether this computer's keyring may open an existing diary.

        When the policy forbids the keyring but a diary has no passphrase, the keyring still
        opens it: forbidding it must never strand a diary made before the policy arrived. The
        person can then add a passphrase and remove the keyring.
        """
        return self.keyring_allowed or not has_passphrase
