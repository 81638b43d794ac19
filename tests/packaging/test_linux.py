"""Linux files: neutral desktop entry, valid AppStream data, icon, Flatpak without network."""

from __future__ import annotations

import configparser
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import yaml

from core import __version__
from core.policy.reading import FLATPAK_POLICY
from tests.packaging.isolation import ROOT

LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.harbour.Harbour"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MANIFEST = LINUX / f"{APP_ID}.yml"
ICON = LINUX / f"{APP_ID}.svg"
# Words that would tell anyone glancing at a shared computer what Harbour is for.
REVEALING = (
    "blackmail", "sextort", "extort", "intimate", "nude", "sexual", "abuse", "victim", "crime",
    "police", "threat", "revenge", "porn", "safeguard", "helpline", "report",
)  # fmt: skip


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _manifest() -> dict[str, Any]:
    loaded = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def test_the_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_the_desktop_entry_is_neutral() -> None:
    entry = _entry()
    assert entry["Name"] == "Harbour"
    assert entry["Exec"] == "harbour"
    assert entry["Icon"] == APP_ID
    assert "Keywords" not in entry
    shown = " ".join(entry.get(key, "") for key in ("Name", "GenericName", "Comment"))
    assert [word for word in REVEALING if word in shown.lower()] == []
    assert [key for key in entry if "[" in key] == []  # no translated text to slip words into


def test_the_appstream_data_passes_the_offline_validator() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if line.startswith(("E:", "W:"))]
    assert problems == []


def test_the_appstream_data_matches_the_app() -> None:
    root = ET.parse(METAINFO).getroot()  # noqa: S314 - our own committed file
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == "Harbour"
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "harbour"
    assert root.find("content_rating") is not None
    releases = root.findall("releases/release")
    assert releases[0].get("version") == __version__
    words = " ".join(root.itertext()).lower()
    assert [word for word in REVEALING if word in words] == []


def test_the_icon_is_a_square_picture_with_no_words() -> None:
    root = ET.parse(ICON).getroot()  # noqa: S314 - our own committed file
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _x, _y, width, height = root.get("viewBox", "").split()
    assert width == height
    assert root.find(".//{http://www.w3.org/2000/svg}text") is None


def test_the_flatpak_has_no_network_and_few_permissions() -> None:
    manifest = _manifest()
    assert manifest["id"] == APP_ID
    assert manifest["command"] == "harbour"
    args = manifest["finish-args"]
    assert "--share=network" not in args
    assert not [a for a in args if a.startswith("--filesystem=") and a.split("=")[1].split(":")[0]
                in ("home", "host", "host-os", "host-etc", "/")]  # fmt: skip
    assert sorted(args) == sorted(
        [
            "--socket=wayland",
            "--socket=fallback-x11",
            "--share=ipc",
            "--talk-name=org.freedesktop.secrets",
            "--socket=cups",
            "--filesystem=xdg-download",
            "--filesystem=xdg-documents",
            "--filesystem=xdg-pictures:ro",
        ]
    )


def test_the_flatpak_installs_the_bundle_and_desktop_files() -> None:
    manifest = _manifest()
    (module,) = manifest["modules"]
    sources = {Path(s["path"]).name for s in module["sources"]}
    assert sources == {"harbour", DESKTOP.name, METAINFO.name, ICON.name}
    for source in module["sources"]:
        if source["type"] == "file":
            assert (LINUX / source["path"]).is_file()
    assert (LINUX / "../../dist/harbour").resolve() == ROOT / "dist" / "harbour"
    installed = " ".join(module["build-commands"])
    for target in (
        f"share/applications/{DESKTOP.name}",
        f"share/metainfo/{METAINFO.name}",
        f"share/icons/hicolor/scalable/apps/{ICON.name}",
    ):
        assert target in installed


def test_the_flatpak_reads_the_policy_where_harbour_looks_for_it() -> None:
    extension = _manifest()["add-extensions"][f"{APP_ID}.Policy"]
    assert extension["no-autodownload"] is True
    assert Path("/app") / extension["directory"] / "policy.toml" == FLATPAK_POLICY
