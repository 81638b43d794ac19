"""The PyInstaller bundle runs on its own: self-test, version, policy check, nothing missing.

Builds ``dist/harbour`` with ``make bundle`` (about a minute; reused when nothing changed, and
always rebuilt on CI), then runs the bundled program, not the source tree.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from core import __version__
from tests.packaging.bundle import EXECUTABLE, ROOT, ensure_bundle
from tests.packaging.isolation import fresh_home

pytestmark = pytest.mark.slow
MAX_BUNDLE_MB = 220  # measured at 187 MB; a jump means something unneeded came in


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The built one-folder app."""
    return ensure_bundle()


def _run(*args: str, platform: str = "offscreen") -> subprocess.CompletedProcess[str]:
    command = [str(EXECUTABLE), *args]
    if platform == "xcb":
        command = ["xvfb-run", "--auto-servernum", *command]
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd="/",
        env={**os.environ, "QT_QPA_PLATFORM": platform},
    )


def test_the_bundle_passes_its_self_test(bundle: Path) -> None:
    result = _run("--self-test")
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout


def test_the_bundle_opens_a_real_x11_window(bundle: Path) -> None:
    # The X11 platform plugin and every library it needs made it into the trimmed bundle.
    result = _run("--self-test", platform="xcb")
    assert result.returncode == 0, result.stderr
    assert "self-test ok" in result.stdout


def test_the_bundle_knows_its_version(bundle: Path) -> None:
    result = _run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Harbour {__version__}"


def test_the_bundle_reads_a_policy_against_its_own_region_packs(bundle: Path) -> None:
    result = _run("--check-policy", "--policy", str(ROOT / "packaging" / "policy.example.toml"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "region: uk" in result.stdout.splitlines()


def test_resources_and_catalogues_are_inside(bundle: Path) -> None:
    inside = bundle / "_internal"
    ours = sorted(p.relative_to(ROOT) for p in (ROOT / "resources").rglob("*") if p.is_file())
    bundled = sorted(
        p.relative_to(inside) for p in (inside / "resources").rglob("*") if p.is_file()
    )
    assert bundled == ours
    built = sorted(p.name for p in (ROOT / "translations").glob("*.qm"))
    assert built
    assert sorted(p.name for p in (inside / "translations").glob("*.qm")) == built


def test_unused_and_networking_qt_parts_are_left_out(bundle: Path) -> None:
    names = {p.name for p in bundle.rglob("*")}
    for unwanted in ("libQt6Network.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6", "libqvnc.so"):
        assert unwanted not in names
    assert "libqgtk3.so" not in names and "libgtk-3.so.0" not in names
    assert not list(bundle.rglob("plugins/tls/*"))
    catalogues = {p.name.split("_")[1].split(".")[0] for p in bundle.rglob("Qt/translations/*.qm")}
    assert catalogues <= {"en", "es", "pt", "cy"}


def test_every_bundled_library_finds_what_it_links_to(bundle: Path) -> None:
    libraries = [p for p in bundle.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    missing = []
    for library in [EXECUTABLE, *libraries]:
        linked = subprocess.run(["ldd", str(library)], capture_output=True, text=True, check=False)
        missing += [
            f"{library.name}: {line.strip()}"
            for line in linked.stdout.splitlines()
            if "not found" in line
        ]
    assert missing == []


def test_the_bundle_stays_small(bundle: Path) -> None:
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < MAX_BUNDLE_MB * 1024 * 1024, f"{size / 2**20:.0f} MB"


def test_the_bundled_self_test_writes_nothing_outside_its_temp_folder(bundle: Path) -> None:
    with fresh_home() as home:
        output, writes = home.run(str(EXECUTABLE), "--self-test")
        assert "self-test ok" in output
        assert writes.outside(home.temp) == []
        assert [p for p in writes.lasting() if home.temp in p.parents] == []
        assert home.left_behind() == []
