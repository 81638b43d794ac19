"""Finding, reading and parsing the policy file. Harbour only ever reads it, never writes it."""

from __future__ import annotations

import os
import re
import stat
import sys
import tomllib
from pathlib import Path

from platformdirs.windows import Windows

from core import APP_NAME
from core.policy.model import Fault, Policy, PolicyProblem
from core.policy.schema import build, check_settings
from core.policy.toml_keys import key_on_line, top_level_keys

FILE_NAME = "policy.toml"
MAX_BYTES = 64 * 1024  # a real policy is a few hundred bytes
FLATPAK_INFO = Path("/.flatpak-info")  # present only inside a Flatpak sandbox
FLATPAK_POLICY = Path("/app/etc/harbour") / FILE_NAME  # the policy extension point's folder

_POSITION = re.compile(r"\s*\((?:at line (\d+), column (\d+)|at end of document)\)$")
_DUPLICATE = ("Cannot overwrite", "Cannot declare", "Cannot mutate")
_HINTS = {"Invalid value": ' (text needs double quotes, e.g. region = "uk")'}


def policy_location() -> Path:
    """The per-machine policy path for this operating system.

    Linux ``/etc/harbour/policy.toml`` (inside Flatpak: the policy extension, see
    ``packaging/README.md``), Windows ``%ProgramData%\\Harbour\\policy.toml``, macOS
    ``/Library/Application Support/Harbour/policy.toml``.
    """
    if sys.platform.startswith("win"):
        # ProgramData, asked of Windows itself (the environment variable may be changed)
        return Path(Windows(APP_NAME, appauthor=False).site_config_dir) / FILE_NAME
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_NAME / FILE_NAME
    if FLATPAK_INFO.is_file():
        return FLATPAK_POLICY
    return Path("/etc/harbour") / FILE_NAME


def _unsafe(source: str, code: Fault, detail: str, line: int | None = None) -> Policy:
    return build({}, [PolicyProblem(source, code, detail, line)])


def _syntax_problem(text: str, source: str, exc: tomllib.TOMLDecodeError) -> PolicyProblem:
    """tomllib's message, split into the problem and its line (the last line at end of file)."""
    message = str(exc)
    match = _POSITION.search(message)
    detail = message[: match.start()] if match else message
    if match and match.group(1):
        line, column = int(match.group(1)), int(match.group(2))
    else:
        line, column = text.count("\n") + 1, None
    if detail.startswith(_DUPLICATE):
        key = key_on_line(text, line)
        named = f'"{key}" is' if key else "a setting or table is"
        return PolicyProblem(
            source, Fault.DUPLICATE_KEY, f"{named} written twice", line, column, key
        )
    hint = _HINTS.get(detail, "")
    return PolicyProblem(source, Fault.SYNTAX, f"not valid TOML: {detail}{hint}", line, column)


def parse_policy(text: str, source: str = FILE_NAME) -> Policy:
    """Build a policy from TOML text; any fault gives the safest settings with the faults listed.

    Never raises: whatever the text, the result is a ``Policy``.
    """
    text = text.removeprefix("\ufeff")  # Windows editors may start the file with a BOM
    if len(text) > MAX_BYTES:
        return _unsafe(source, Fault.TOO_LARGE, f"is larger than {MAX_BYTES} bytes")
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return build({}, [_syntax_problem(text, source, exc)])
    except RecursionError:
        return _unsafe(source, Fault.SYNTAX, "not valid TOML: values are nested too deeply")
    values, problems = check_settings(raw, top_level_keys(text), source)
    return build(values, problems)


def _read_limited(path: Path) -> bytes:
    """Up to ``MAX_BYTES + 1`` bytes of a regular file, without blocking on pipes or devices."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise IsADirectoryError
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            return handle.read(MAX_BYTES + 1)
    finally:
        os.close(descriptor)


def load_policy(path: Path | None = None) -> Policy:
    """The policy at ``path`` (default: ``policy_location()``).

    No file at the default location means no organisation policy: the defaults. A file named
    with ``--policy`` that is missing, and any file that cannot be read, gives the safest
    settings with the problem listed.
    """
    target = path or policy_location()
    source = str(target)
    try:
        data = _read_limited(target)
    except FileNotFoundError:
        if path is None:
            return Policy()
        return _unsafe(source, Fault.NOT_FOUND, "file not found")
    except IsADirectoryError:
        return _unsafe(source, Fault.NOT_A_FILE, "is a folder or a device, not a file")
    except PermissionError:
        return _unsafe(source, Fault.UNREADABLE, "cannot be read: permission denied")
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return _unsafe(source, Fault.UNREADABLE, f"cannot be read: {reason}")
    if len(data) > MAX_BYTES:
        return _unsafe(source, Fault.TOO_LARGE, f"is larger than {MAX_BYTES} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return _unsafe(source, Fault.NOT_TEXT, "is not UTF-8 text", line)
    return parse_policy(text, source)
