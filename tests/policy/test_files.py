"""Reading the policy file: missing, unreadable, folder, pipe, binary, oversized; never written."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

import pytest

from core.policy import MAX_BYTES, SAFEST, Fault, Mode, Policy, load_policy, policy_location
from tests.policy.conftest import ROOT, faults_of

WritePolicy = Callable[[str | bytes], Path]


def test_a_valid_file_is_read(write_policy: WritePolicy) -> None:
    path = write_policy('mode = "helpline"\nregion = "ca"\n')
    assert load_policy(path) == Policy(mode=Mode.HELPLINE, region="ca")


def test_faults_name_the_full_path_and_line(write_policy: WritePolicy) -> None:
    path = write_policy('\nregion = "mars"\n')
    assert load_policy(path).problems == (
        f'{path}, line 2: region must be one of au, ca, es, ie, pt, uk, us, intl, not "mars"',
    )


def test_no_file_at_the_machine_location_means_no_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("core.policy.reading.policy_location", lambda: Path("/nonexistent/p.toml"))
    assert load_policy() == Policy()
    assert load_policy().faults == ()


def test_a_missing_file_named_on_the_command_line_is_a_fault(tmp_path: Path) -> None:
    policy = load_policy(tmp_path / "typo.toml")
    assert faults_of(policy) == [(None, Fault.NOT_FOUND, None)]
    assert policy.problems == (f"{tmp_path / 'typo.toml'}: file not found",)
    assert policy == SAFEST


def test_a_folder_is_not_a_policy(tmp_path: Path) -> None:
    policy = load_policy(tmp_path)
    assert faults_of(policy) == [(None, Fault.NOT_A_FILE, None)]
    assert policy == SAFEST


def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "policy.toml"
    os.mkfifo(fifo)
    assert faults_of(load_policy(fifo)) == [(None, Fault.NOT_A_FILE, None)]


def test_a_device_is_refused() -> None:
    assert faults_of(load_policy(Path("/dev/zero"))) == [(None, Fault.NOT_A_FILE, None)]


def test_binary_junk_is_refused_naming_the_line(write_policy: WritePolicy) -> None:
    path = write_policy(b'mode = "victim"\n\xff\xfe\x00\x81junk')
    policy = load_policy(path)
    assert faults_of(policy) == [(2, Fault.NOT_TEXT, None)]
    assert policy.problems == (f"{path}, line 2: is not UTF-8 text",)
    assert policy == SAFEST


def test_text_with_control_characters_is_a_syntax_fault(write_policy: WritePolicy) -> None:
    policy = load_policy(write_policy('mode = "victim"\x00\n'))
    assert faults_of(policy) == [(1, Fault.SYNTAX, None)]


def test_an_oversized_file_is_refused_without_reading_it_all(write_policy: WritePolicy) -> None:
    path = write_policy(b"# " + b"x" * MAX_BYTES + b"\n")
    policy = load_policy(path)
    assert faults_of(policy) == [(None, Fault.TOO_LARGE, None)]
    assert policy == SAFEST
    at_limit = write_policy(b"#" * (MAX_BYTES - 1) + b"\n")
    assert load_policy(at_limit).faults == ()


def _readable_only_by_root(content: str) -> Path:
    """A policy the ``nobody`` user may reach but not read (in a folder it may enter)."""
    folder = Path(tempfile.mkdtemp(prefix="harbour-policy-"))
    folder.chmod(0o755)
    path = folder / "policy.toml"
    path.write_text(content, encoding="utf-8")
    path.chmod(0)
    return path


def test_permission_denied_is_a_fault_for_an_ordinary_user() -> None:
    path = _readable_only_by_root('mode = "helpline"\n')
    try:
        if os.geteuid() != 0:
            policy = load_policy(path)
            assert faults_of(policy) == [(None, Fault.UNREADABLE, None)]
            assert policy.problems == (f"{path}: cannot be read: permission denied",)
            return
        # As root every file is readable: read it as "nobody" in a child process instead.
        script = (
            "import os, sys\n"
            "from pathlib import Path\n"
            "from core.policy import load_policy\n"
            "os.setgroups([]); os.setgid(65534); os.setuid(65534)\n"
            "policy = load_policy(Path(sys.argv[1]))\n"
            "print(policy == load_policy(Path('/nonexistent')), *policy.problems, sep='\\n')\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", script, str(path)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
            timeout=60,
        )
        assert result.stdout.splitlines() == [
            "True",  # the same safest settings as any other broken file
            f"{path}: cannot be read: permission denied",
        ]
    finally:
        path.unlink()
        path.parent.rmdir()


def test_harbour_never_writes_or_touches_the_policy(write_policy: WritePolicy) -> None:
    path = write_policy('mode = "school"\n')
    path.chmod(stat.S_IRUSR)
    before = path.stat()
    for _ in range(3):
        assert load_policy(path).mode == "school"
    after = path.stat()
    assert (after.st_mtime_ns, after.st_size, after.st_mode) == (
        before.st_mtime_ns,
        before.st_size,
        before.st_mode,
    )
    assert sorted(p.name for p in path.parent.iterdir()) == ["policy.toml"]


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("linux", "/etc/harbour/policy.toml"),
        ("darwin", "/Library/Application Support/Harbour/policy.toml"),
    ],
)
def test_the_machine_location_per_system(
    monkeypatch: pytest.MonkeyPatch, platform: str, expected: str
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    assert policy_location() == Path(expected)


def test_the_windows_location_is_under_programdata(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    # platformdirs asks Windows for the ProgramData folder; this variable stands in for it.
    monkeypatch.setenv("WIN_PD_OVERRIDE_COMMON_APPDATA", "C:\\ProgramData")
    expected = PureWindowsPath("C:\\ProgramData\\Harbour\\policy.toml")
    assert PureWindowsPath(str(policy_location())) == expected


def test_inside_flatpak_the_policy_comes_from_its_extension(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr("core.policy.reading.FLATPAK_INFO", tmp_path / ".flatpak-info")
    assert policy_location() == Path("/etc/harbour/policy.toml")
    (tmp_path / ".flatpak-info").write_text("[Application]\nname=org.harbour.Harbour\n")
    assert policy_location() == Path("/app/etc/harbour/policy.toml")
