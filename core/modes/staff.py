"""Helpline staff each keep their own vault: how Harbour checks the set-up it runs in.

Decision: one vault per staff member, separated by the operating system's user accounts. Each
staff member signs in to the helpline PC with their own account; Harbour's default profile
folder is per user (``core.paths.default_data_dir``, created 0700), and the OS keyring is per
user too, so one staff member's Harbour can neither read another's files nor unlock them with
"this computer". Where staff must share one OS account, each starts Harbour with their own
``--data-dir`` (e.g. one desktop shortcut each); the policy must then set
``keyring_allowed = false`` and ``passphrase_required = true``, or anyone at that account could
open every staff vault with the shared keyring.

Either way every vault has its own random database key, wrapped only by its owner's passphrase,
recovery key and (per-user) keyring entry, so nothing of one vault opens another.
``setup_warnings`` names what in the running set-up weakens that separation, for the case list
to show to staff and their administrator.
"""

from __future__ import annotations

import os
import stat
from enum import StrEnum
from pathlib import Path

from core.policy import Policy


class SetupWarning(StrEnum):
    """Something that weakens the separation of staff vaults (words: ``helpline.setup.*``)."""

    KEYRING_ALLOWED = "keyring_allowed"  # anyone signed in as this user can unlock the vault
    NO_PASSPHRASE_REQUIRED = "no_passphrase_required"  # noqa: S105 (a warning code)
    PROFILE_OPEN = "profile_open"  # the profile folder is readable by other users
    PROFILE_NOT_OWNED = "profile_not_owned"  # another OS user owns the profile folder


def setup_warnings(policy: Policy, profile: Path) -> tuple[SetupWarning, ...]:
    """What weakens the one-vault-per-staff-member rule here (empty when nothing does)."""
    found = []
    if policy.keyring_allowed:
        found.append(SetupWarning.KEYRING_ALLOWED)
    if not policy.passphrase_required:
        found.append(SetupWarning.NO_PASSPHRASE_REQUIRED)
    try:
        info = profile.stat()
    except OSError:
        return tuple(found)  # no profile yet: it is created 0700 on first save
    if stat.S_IMODE(info.st_mode) & 0o077:
        found.append(SetupWarning.PROFILE_OPEN)
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        found.append(SetupWarning.PROFILE_NOT_OWNED)
    return tuple(found)
