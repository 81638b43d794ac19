"""``main.py --example-pack`` builds a verifiable pack of the made-up case, leaving no vault."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from core.content.languages import LANGUAGES
from core.reports import build_report
from core.reports.example import example_case_file, example_vault
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


PROSE = {
    "title",
    "statement",
    "notes",
    "note",
    "description",
    "content",
    "method",
    "text",
    "threat",
    "destination",
}


def _shape(value: object, key: str | None = None) -> object:
    """The case with its prose blanked: what every translation must keep identical."""
    if isinstance(value, dict):
        return {k: _shape(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(v, key) for v in value]
    return "<prose>" if key in PROSE else value


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en-GB"])
def test_the_example_case_is_translated_entry_for_entry(language: str) -> None:
    english = tomllib.loads(example_case_file("en-GB").read_text(encoding="utf-8"))
    path = example_case_file(language)
    assert path.name == f"case.{language}.toml"
    translated = tomllib.loads(path.read_text(encoding="utf-8"))
    assert _shape(translated) == _shape(english)
    assert translated["case"]["statement"] != english["case"]["statement"]
    with example_vault("uk", language) as example:
        report = build_report(example.conn, example.case_id)
    assert report.case.title == translated["case"]["title"]
    assert (report.statement or "").strip() == translated["case"]["statement"].strip()
    said = " ".join(m.content or "" for m in report.messages)
    assert translated["messages"][0]["content"] in said
