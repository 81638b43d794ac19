"""Harbour writes nothing outside its data folder: not in the home, config, cache or temp folders.

Each run happens in a fresh home (HOME, XDG_*, XDG_RUNTIME_DIR and TMPDIR in one temporary
tree), under strace. Every path written anywhere must be inside the data folder, except
/dev/null and short-lived files in TMPDIR that are gone when the run ends (ctypes looking for
macOS libraries while keyring picks its backend runs gcc, which writes scratch files there).
Afterwards only the data folder may hold files. The key that lets "this computer" unlock the
diary is stored in the keyring service, by design, not in a file of Harbour's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.leaks import encodings_of, find_in_files
from tests.packaging.drive_session import CANARY
from tests.packaging.isolation import ROOT, Home, Writes, fresh_home

DRIVER = (sys.executable, "-m", "tests.packaging.drive_session")


def _check_only_data_dir_written(home: Home, data_dir: Path, output: str, writes: Writes) -> None:
    assert output.strip().splitlines()[-1] == str(data_dir)
    assert writes.outside(data_dir, home.temp) == []
    assert [p for p in writes.lasting() if home.temp in p.parents] == []
    assert home.left_behind(data_dir) == []
    assert find_in_files([home.root], encodings_of([CANARY])) == []


def test_a_session_with_data_dir_writes_only_there() -> None:
    with fresh_home() as home:
        data_dir = home.root / "portable" / "HarbourData"
        output, writes = home.run(*DRIVER, "--data-dir", str(data_dir))
        _check_only_data_dir_written(home, data_dir, output, writes)
        assert (data_dir / "vault.db").is_file()


def test_a_session_in_the_default_place_writes_only_there() -> None:
    with fresh_home() as home:
        data_dir = home.root / "home" / ".local" / "share" / "Harbour"
        output, writes = home.run(*DRIVER)
        _check_only_data_dir_written(home, data_dir, output, writes)
        assert sorted(p.name for p in data_dir.iterdir()) == [
            "backups",
            "blobs",
            "vault.db",
            "vault.key",
        ]


def test_the_self_test_leaves_no_file_behind() -> None:
    with fresh_home() as home:
        output, writes = home.run(sys.executable, str(ROOT / "main.py"), "--self-test")
        assert "self-test ok" in output
        assert writes.outside(home.temp) == []
        assert [p for p in writes.lasting() if home.temp in p.parents] == []
        assert home.left_behind() == []


def test_qt_settings_stay_in_the_data_dir_after_a_file_dialog() -> None:
    with fresh_home() as home:
        data_dir = home.root / "data"
        output, writes = home.run(*DRIVER, "--data-dir", str(data_dir), "--file-dialog")
        _check_only_data_dir_written(home, data_dir, output, writes)
        assert (data_dir / "qt" / "QtProject.conf").is_file()


def test_qt_keeps_no_folder_history_after_a_file_dialog() -> None:
    with fresh_home() as home:
        data_dir = home.root / "data"
        home.run(*DRIVER, "--data-dir", str(data_dir), "--file-dialog")
        assert (data_dir / "qt" / "QtProject.conf").read_text(encoding="utf-8") == ""
