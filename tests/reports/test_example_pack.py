"""``main.py --example-pack`` builds a verifiable pack of the made-up case, leaving no vault."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.reports.cases import pdf_text

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.mark.parametrize(
    ("region", "form", "paper"),
    [("uk", "UK police: 101", "595 x 842"), ("es", "Spain: denuncia", "595 x 842")],
)
def test_the_example_pack_is_built_and_verifies(
    tmp_path: Path, region: str, form: str, paper: str
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    target = tmp_path / "out" / "example.zip"
    target.parent.mkdir()
    options = ["--example-pack", str(target), "--lang", "en-GB", "--region", region]
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *options],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "TMPDIR": str(temp), "QT_QPA_PLATFORM": ""},
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert list(temp.iterdir()) == [], "the throw-away vault is removed"
    assert list(target.parent.iterdir()) == [target]
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(target) as archive:
        archive.extractall(unpacked)
    check = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=unpacked, capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stdout
    manifest = json.loads((unpacked / "manifest.json").read_text())
    assert [i["path"] for i in manifest["items"]] == [
        "evidence/chat-screenshot.png",
        "evidence/chat-export.txt",
    ]
    assert manifest["case"]["age_group"] == "adult"
    text = pdf_text(unpacked / "report.pdf")
    for fact in (form, "lena.travels.example", "Alex Q. Sample", "Total paid in EUR: €500.00"):
        assert fact in text
    assert "This is an example. Every name, account, number and detail in it is made up." in text
    info = subprocess.run(["pdfinfo", str(unpacked / "report.pdf")], capture_output=True, text=True)
    assert paper in info.stdout
    assert (unpacked / "evidence" / "chat-screenshot.png").read_bytes() == (
        ROOT / "resources" / "examples" / "chat-screenshot.png"
    ).read_bytes()
