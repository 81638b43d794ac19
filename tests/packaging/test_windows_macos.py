"""Windows installer and macOS bundle settings: per-machine, neutral, no network, no shortcut."""

from __future__ import annotations

import plistlib
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImageReader

from core import __version__
from tests.packaging.inno import read_iss
from tests.packaging.isolation import ROOT
from tests.packaging.test_linux import REVEALING

PACKAGING = ROOT / "packaging"
ISS = PACKAGING / "windows" / "harbour.iss"
INFO = PACKAGING / "macos" / "Info.plist"
ENTITLEMENTS = PACKAGING / "macos" / "harbour.entitlements"
SPEC = PACKAGING / "pyinstaller" / "harbour.spec"


def test_the_installer_is_per_machine_and_named_neutrally() -> None:
    setup, _sections = read_iss(ISS)
    assert setup["AppName"] == "Harbour"
    assert setup["AppVersion"] == __version__
    assert setup["PrivilegesRequired"] == "admin"
    assert setup["DefaultDirName"] == "{autopf}\\Harbour"
    assert "PrivilegesRequiredOverridesAllowed" not in setup
    shown = " ".join(setup[k] for k in ("AppName", "AppVerName", "UninstallDisplayName"))
    assert [word for word in REVEALING if word in shown.lower()] == []


def test_the_installer_makes_the_policy_folder_for_administrators_only() -> None:
    _setup, sections = read_iss(ISS)
    assert {"Name": "{commonappdata}\\Harbour", "Flags": "uninsneveruninstall"} in sections["Dirs"]
    (icacls,) = [e for e in sections["Run"] if e["Filename"].endswith("icacls.exe")]
    grants = icacls["Parameters"]
    assert '"{commonappdata}\\Harbour" /inheritance:r' in grants
    assert "*S-1-5-32-545:(OI)(CI)RX" in grants  # Users: read only
    # The example is copied beside the policy under its own name, so it never applies by itself.
    (example,) = [e for e in sections["Files"] if "policy" in e["Source"]]
    assert Path(example["Source"].replace("\\", "/")).name == "policy.example.toml"
    assert example["DestDir"] == "{commonappdata}\\Harbour"


def test_the_installer_adds_no_desktop_shortcut_unless_asked() -> None:
    _setup, sections = read_iss(ISS)
    (task,) = sections["Tasks"]
    assert task["Name"] == "desktopicon"
    assert "unchecked" in task["Flags"].split()
    for icon in sections["Icons"]:
        if "desktop" in icon["Name"]:
            assert icon["Tasks"] == "desktopicon"
    (program,) = [e for e in sections["Icons"] if "desktop" not in e["Name"]]
    assert program["Name"] == "{autoprograms}\\Harbour"


def test_the_installer_ships_the_bundle() -> None:
    _setup, sections = read_iss(ISS)
    sources = [e["Source"] for e in sections["Files"]]
    assert "..\\..\\dist\\harbour\\*" in sources


def test_the_mac_bundle_is_named_neutrally_with_its_id_and_minimum() -> None:
    with INFO.open("rb") as handle:
        info = plistlib.load(handle)
    assert info["CFBundleIdentifier"] == "org.harbour.Harbour"
    assert info["CFBundleName"] == info["CFBundleDisplayName"] == "Harbour"
    assert info["CFBundleShortVersionString"] == __version__
    assert tuple(int(part) for part in info["LSMinimumSystemVersion"].split(".")) >= (14, 0)
    assert not [key for key in info if key.startswith("NSAppTransport")]
    assert "BUNDLE(" in SPEC.read_text(encoding="utf-8")
    assert '"Info.plist"' in SPEC.read_text(encoding="utf-8")


def test_the_mac_entitlements_are_sandboxed_without_network() -> None:
    with ENTITLEMENTS.open("rb") as handle:
        entitlements = plistlib.load(handle)
    assert entitlements["com.apple.security.app-sandbox"] is True
    assert [key for key in entitlements if "network" in key] == []
    readable = entitlements["com.apple.security.temporary-exception.files.absolute-path.read-only"]
    assert readable == ["/Library/Application Support/Harbour/"]


def test_the_icons_are_drawn_from_the_svg(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(PACKAGING / "make_icons.py"), str(tmp_path)],
        check=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    committed = (PACKAGING / "windows" / "harbour.ico", PACKAGING / "macos" / "harbour.icns")
    for icon in committed:
        assert (tmp_path / icon.name).read_bytes() == icon.read_bytes(), (
            f"run make_icons.py: {icon}"
        )
    assert QImageReader(str(committed[0])).imageCount() == 7
    assert QImageReader(str(committed[1])).imageCount() == 6
