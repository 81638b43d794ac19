"""The content checker catches each planted error; ``python -m core.content.check`` exit codes."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from core.content.check import Findings, report, run_checks
from core.paths import app_root
from tests.content.conftest import flat_strings, pack_text, write_flat

TODAY = date(2026, 11, 26)
ES = "es-ES/regions.toml"


def check(
    content: Path,
    regions: Path,
    tmp_path: Path,
    *,
    languages: tuple[str, ...] = ("en-GB", "es-ES"),
    strict: bool = False,
    today: date = TODAY,
) -> Findings:
    translations = tmp_path / "translations"
    return run_checks(
        content, regions, translations, languages=languages, strict=strict, today=today
    )


def errors(findings: Findings) -> set[tuple[str, str]]:
    return {(p.file, p.key) for p in findings.errors}


def edit_spanish(content: Path) -> dict[str, str]:
    """The es-ES strings, to change and write back with ``save_spanish``."""
    return flat_strings(content / "es-ES" / "regions.toml")


def save_spanish(content: Path, strings: dict[str, str], **lists: list[str]) -> None:
    write_flat(content / "es-ES" / "regions.toml", strings, **lists)


def test_clean_tree_passes(content_dir: Path, regions_dir: Path, tmp_path: Path) -> None:
    findings = check(content_dir, regions_dir, tmp_path)
    assert findings.problems == []
    assert findings.packs == 8
    english_files = sorted((content_dir / "en-GB").glob("*.toml"))
    assert findings.reference_keys == sum(len(flat_strings(f)) for f in english_files)
    assert report(findings).splitlines()[-1].startswith("OK: 0 errors, 0 warnings")


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("names.uk", None, "is missing (it is in en-GB)"),
        ("names.fr", "Francia", "is not in en-GB (extra key)"),
        ("checked.last", "Comprobado el {fecha}.", "['fecha'] differ from en-GB's ['date']"),
        ("contacts.phone", "Llama al {number", "bad placeholder"),
        ("names.es", "  ", "is empty"),
    ],
)
def test_planted_error_in_a_translation(
    content_dir: Path, regions_dir: Path, tmp_path: Path, key: str, value: str | None, words: str
) -> None:
    spanish = edit_spanish(content_dir)
    if value is None:
        del spanish[key]
    else:
        spanish[key] = value
    save_spanish(content_dir, spanish)
    (problem,) = check(content_dir, regions_dir, tmp_path).problems
    assert (problem.file, problem.key, problem.error) == (ES, f"regions.{key}", True)
    assert words in problem.message


def test_english_left_in_a_translation(
    content_dir: Path, regions_dir: Path, tmp_path: Path
) -> None:
    english = flat_strings(content_dir / "en-GB" / "regions.toml")
    spanish = edit_spanish(content_dir)
    spanish["services.apav.desc"] = english["services.apav.desc"]
    spanish["names.ca"] = english["names.ca"]  # one word: a name, not an untranslated sentence
    save_spanish(content_dir, spanish)
    findings = check(content_dir, regions_dir, tmp_path)
    assert errors(findings) == {(ES, "regions.services.apav.desc")}
    assert "still the English text" in report(findings)

    save_spanish(content_dir, spanish, _same_as_english=["services.apav.desc"])
    assert check(content_dir, regions_dir, tmp_path).problems == []


def test_bad_region_pack(content_dir: Path, regions_dir: Path, tmp_path: Path) -> None:
    (regions_dir / "nz.toml").write_text('code = "nz"\ncovered = true\n', encoding="utf-8")
    findings = check(content_dir, regions_dir, tmp_path)
    assert ("regions/nz.toml", "emergency") in errors(findings)
    assert ("regions/nz.toml", "report_variant") in errors(findings)
    assert {p.file for p in findings.errors} == {"regions/nz.toml"}


def test_missing_fallback_pack(content_dir: Path, regions_dir: Path, tmp_path: Path) -> None:
    (regions_dir / "intl.toml").unlink()
    assert errors(check(content_dir, regions_dir, tmp_path)) == {("regions/intl.toml", "(file)")}


def test_missing_service_description(content_dir: Path, regions_dir: Path, tmp_path: Path) -> None:
    for lang in ("en-GB", "es-ES"):
        path = content_dir / lang / "regions.toml"
        strings = flat_strings(path)
        del strings["services.sns24.desc"]
        write_flat(path, strings)
    findings = check(content_dir, regions_dir, tmp_path)
    assert errors(findings) == {("regions/pt.toml", "regions.services.sns24.desc")}
    assert "not found in en-GB/regions.toml" in report(findings)


def test_two_packs_claiming_one_locale(
    content_dir: Path, regions_dir: Path, tmp_path: Path
) -> None:
    text = pack_text("ie").replace('"en_IE", "ga_IE"', '"en_IE", "en_GB"')
    (regions_dir / "ie.toml").write_text(text, encoding="utf-8")
    assert errors(check(content_dir, regions_dir, tmp_path)) == {("regions/uk.toml", "locales")}


def test_untranslated_language_is_a_warning_unless_strict(
    content_dir: Path, regions_dir: Path, tmp_path: Path
) -> None:
    (content_dir / "pt-PT").mkdir()
    languages = ("en-GB", "es-ES", "pt-PT", "cy")
    relaxed = check(content_dir, regions_dir, tmp_path, languages=languages)
    assert relaxed.errors == []
    assert {(p.file, p.message) for p in relaxed.warnings} == {
        ("pt-PT/", "not translated yet"),
        ("cy/", "not translated yet"),
    }
    strict = check(content_dir, regions_dir, tmp_path, languages=languages, strict=True)
    assert errors(strict) == {("pt-PT/", "(language)"), ("cy/", "(language)")}


def test_review_list_per_language(content_dir: Path, regions_dir: Path, tmp_path: Path) -> None:
    save_spanish(content_dir, edit_spanish(content_dir), _review=["names.es", "notices.intl"])
    findings = check(content_dir, regions_dir, tmp_path)
    assert findings.review["es-ES"] == ["regions.names.es", "regions.notices.intl"]
    assert "review es-ES (2): regions.names.es, regions.notices.intl" in report(findings)

    save_spanish(content_dir, edit_spanish(content_dir), _review=["names.zz"])
    assert errors(check(content_dir, regions_dir, tmp_path)) == {(ES, "regions.names.zz")}


def test_stale_facts_are_warnings(content_dir: Path, regions_dir: Path, tmp_path: Path) -> None:
    findings = check(content_dir, regions_dir, tmp_path, today=date(2028, 1, 1))
    assert findings.errors == []
    assert {p.file for p in findings.warnings} == {
        f"regions/{c}.toml" for c in ("uk", "ie", "es", "pt", "us", "ca", "au", "intl")
    }
    assert "over 12 months ago (oldest 2026-11-01)" in report(findings)


TS_TEMPLATE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QuickExit</name>
    <message>
        <source>Saved %1 of %2 files</source>
        <translation>{first}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added to %1</source>
        <translation>
            <numerusform>un archivo añadido a %1</numerusform>
            <numerusform>{plural}</numerusform>
        </translation>
    </message>
    <message>
        <source>Old text %1</source>
        <translation type="vanished">Texto viejo</translation>
    </message>
    <message>
        <source>Not yet %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def test_qt_ts_placeholders(content_dir: Path, regions_dir: Path, tmp_path: Path) -> None:
    ts = tmp_path / "translations" / "harbour_es_ES.ts"
    ts.parent.mkdir()
    ts.write_text(
        TS_TEMPLATE.format(first="Guardados %L1 de %2", plural="%n archivos añadidos a %1"),
        encoding="utf-8",
    )
    findings = check(content_dir, regions_dir, tmp_path)
    assert (findings.ts_files, findings.problems) == (1, [])

    ts.write_text(
        TS_TEMPLATE.format(first="Guardados %1 archivos", plural="%n archivos añadidos"),
        encoding="utf-8",
    )
    findings = check(content_dir, regions_dir, tmp_path)
    assert {p.key for p in findings.errors} == {
        "QuickExit: 'Saved %1 of %2 files'",
        "QuickExit: '%n file(s) added to %1'",
    }
    assert all(p.file == "translations/harbour_es_ES.ts" for p in findings.errors)

    ts.write_text("<TS><context>", encoding="utf-8")
    assert errors(check(content_dir, regions_dir, tmp_path)) == {
        ("translations/harbour_es_ES.ts", "(file)")
    }


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "core.content.check", *args],
        cwd=app_root(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_cli_on_the_bundled_content_exits_0() -> None:
    done = run_cli("--today", "2026-11-26")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1].startswith("OK: 0 errors")
    assert "8 region packs" in done.stdout


def test_cli_strict_fails_while_a_language_is_untranslated(
    content_dir: Path, regions_dir: Path, tmp_path: Path
) -> None:
    (content_dir / "cy").mkdir()
    roots = [
        "--content-root",
        str(content_dir),
        "--regions-root",
        str(regions_dir),
        "--translations-root",
        str(tmp_path / "none"),
        "--today",
        "2026-11-26",
    ]
    assert run_cli(*roots).returncode == 0
    done = run_cli("--strict", *roots)
    assert done.returncode == 1
    assert "error: cy/: (language): not translated yet" in done.stdout


def test_cli_lists_each_problem_and_exits_1(
    content_dir: Path, regions_dir: Path, tmp_path: Path
) -> None:
    spanish = flat_strings(content_dir / "es-ES" / "regions.toml")
    del spanish["names.pt"]
    write_flat(content_dir / "es-ES" / "regions.toml", spanish)
    (regions_dir / "pt.toml").write_text(
        pack_text("pt").replace('number = "112"', 'number = "call"'), encoding="utf-8"
    )
    done = run_cli(
        "--content-root",
        str(content_dir),
        "--regions-root",
        str(regions_dir),
        "--translations-root",
        str(tmp_path / "none"),
        "--today",
        "2026-11-26",
    )
    assert done.returncode == 1
    assert "error: es-ES/regions.toml: regions.names.pt: is missing (it is in en-GB)" in done.stdout
    assert "error: regions/pt.toml: emergency[0].number:" in done.stdout
    assert done.stdout.splitlines()[-1].startswith("FAILED: 2 errors")


@pytest.mark.parametrize("bad", ["2026-13-01", "soon"])
def test_cli_refuses_a_bad_date(bad: str) -> None:
    done = run_cli("--today", bad)
    assert done.returncode == 2
    assert "--today" in done.stderr
