"""Suite-wide rules: Qt runs offscreen, and no test may open an internet socket.

Local IPC (AF_UNIX, used by D-Bus for the real Secret Service keyring) stays allowed; any AF_INET
or AF_INET6 socket raises, so a feature that reaches for the network fails its tests loudly.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_BLOCKED_FAMILIES = {socket.AF_INET, socket.AF_INET6}
_real_socket = socket.socket


class NetworkBlocked(RuntimeError):
    """Raised when code under test tries to open an internet socket."""


class _GuardedSocket(_real_socket):
    def __init__(self, family: Any = -1, *args: Any, **kwargs: Any) -> None:
        if family in _BLOCKED_FAMILIES or (family == -1 and not args and not kwargs):
            raise NetworkBlocked(f"Harbour must not open network sockets (family {family})")
        super().__init__(family, *args, **kwargs)


def _refuse(*_args: Any, **_kwargs: Any) -> Any:
    raise NetworkBlocked("Harbour must not resolve or connect to network hosts")


def pytest_configure(config: pytest.Config) -> None:
    """Install the network guard before any test module is imported."""
    socket.socket = _GuardedSocket  # type: ignore[misc]
    socket.create_connection = _refuse
    socket.getaddrinfo = _refuse


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty profile folder for one test."""
    folder = tmp_path / "profile"
    folder.mkdir(mode=0o700)
    return folder
