"""Crash-safe file writes: a temp file beside the target, fsync, then ``os.replace``.

After a crash at any moment the target holds either its old bytes or its new bytes, never a mix.
Where the system allows (Linux ``O_TMPFILE``), the temp file has no name until it is complete,
so a process killed mid-write leaves nothing behind: not even a hidden part of an export.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

_PROC_FD = Path("/proc/self/fd")
_NO_TMPFILE = {errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOTSUP}
_LINK_REFUSED = {errno.EPERM, errno.EACCES, errno.EXDEV, errno.ENOENT}  # e.g. no usable /proc


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _open_unnamed(folder: Path) -> int | None:
    """A nameless file in ``folder`` (``O_TMPFILE``), or None where that is not supported."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not _PROC_FD.is_dir():
        return None
    try:
        return os.open(folder, flag | os.O_RDWR | os.O_CLOEXEC, 0o600)
    except OSError as exc:
        if exc.errno in _NO_TMPFILE:
            return None
        raise


def _link(fd: int, folder_fd: int, name: str) -> None:
    # linkat(AT_SYMLINK_FOLLOW) on /proc/self/fd/N names an O_TMPFILE file; a directory fd makes
    # Python call linkat (plain link() would try to link the /proc symlink itself).
    os.link(_PROC_FD / str(fd), name, dst_dir_fd=folder_fd, follow_symlinks=True)


def _publish_unnamed(fd: int, target: Path) -> None:
    """Give the finished nameless file the target's name (replacing any old target)."""
    folder_fd = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        try:
            _link(fd, folder_fd, target.name)
            return
        except FileExistsError:
            pass
        named = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        _link(fd, folder_fd, named.name)
        try:
            os.replace(named, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                named.unlink()
            raise
    finally:
        os.close(folder_fd)


@contextlib.contextmanager
def _unnamed_writer(fd: int, target: Path, mode: int) -> Iterator[BinaryIO]:
    with os.fdopen(fd, "w+b") as handle:
        os.fchmod(handle.fileno(), mode)
        yield handle
        handle.flush()
        os.fsync(handle.fileno())
        try:
            _publish_unnamed(handle.fileno(), target)
        except OSError as exc:
            if exc.errno not in _LINK_REFUSED:
                raise
            handle.seek(0)  # the system would not name it: copy it through a named temp file
            with _named_writer(target, mode) as copy:
                shutil.copyfileobj(handle, copy)


@contextlib.contextmanager
def _named_writer(target: Path, mode: int) -> Iterator[BinaryIO]:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


@contextlib.contextmanager
def atomic_writer(target: Path, mode: int = 0o600) -> Iterator[BinaryIO]:
    """Yield a binary file that replaces ``target`` only if the block finishes without error.

    The temp file gets ``mode`` before any byte is written and is removed on failure, so an
    interrupted write (exception, full disk) leaves no partial file behind.
    """
    target = Path(target)
    fd = _open_unnamed(target.parent)
    writer = _named_writer(target, mode) if fd is None else _unnamed_writer(fd, target, mode)
    with writer as handle:
        yield handle
    fsync_dir(target.parent)


def atomic_write_bytes(target: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to ``target`` atomically."""
    with atomic_writer(target, mode) as handle:
        handle.write(data)
