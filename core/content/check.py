"""Check the wording of every language, the region packs and the Qt catalogues.

Run as ``python -m core.content.check [--strict]``. en-GB is the reference: every other language
must have exactly its keys, the same ``{placeholders}`` per key, no empty text and no English left
behind (a value identical to en-GB with three or more words, unless its file lists the key in a
top-level ``_same_as_english = [...]``). A language with no files yet is a warning, or an error
with ``--strict``. Every region pack must validate and every content key it uses must exist; facts
checked more than 12 months ago are warnings. Keys marked ``_review`` are listed per language.
Exit status 0 with a summary, 1 with one line per problem (file and key).
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from core.content.catalog import ContentError, content_root, placeholders, read_language
from core.content.languages import DEFAULT_LANGUAGE, LANGUAGES
from core.content.region_model import RegionError, RegionPack
from core.content.regions import FALLBACK_REGION, read_region, regions_root, stale_facts
from core.content.ts_check import check_ts_folder
from core.paths import app_root

_PLACEHOLDER_TEXT = re.compile(r"\{[^{}]*\}")
_LETTER = re.compile(r"[^\W\d_]")
_MIN_WORDS_FOR_ENGLISH = 3


@dataclass(frozen=True)
class Problem:
    """One finding, named by file and key."""

    file: str
    key: str
    message: str
    error: bool = True

    def __str__(self) -> str:
        level = "error" if self.error else "warning"
        return f"{level}: {self.file}: {self.key}: {self.message}"


@dataclass
class Findings:
    """Everything one run found, plus counts for the summary."""

    problems: list[Problem] = field(default_factory=list)
    review: dict[str, list[str]] = field(default_factory=dict)
    languages: list[str] = field(default_factory=list)
    reference_keys: int = 0
    packs: int = 0
    ts_files: int = 0

    def add(self, file: str, key: str, message: str, *, error: bool = True) -> None:
        self.problems.append(Problem(file, key, message, error))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.error]


def _file_of(lang: str, key: str) -> str:
    return f"{lang}/{key.split('.', 1)[0]}.toml"


def _word_count(text: str) -> int:
    words = _PLACEHOLDER_TEXT.sub(" ", text).split()
    return sum(1 for word in words if _LETTER.search(word))


def _same_as_english(folder: Path, findings: Findings, lang: str) -> set[str]:
    allowed: set[str] = set()
    for path in sorted(folder.glob("*.toml")):
        listed = tomllib.loads(path.read_text(encoding="utf-8")).get("_same_as_english", [])
        if not isinstance(listed, list) or not all(isinstance(k, str) for k in listed):
            findings.add(f"{lang}/{path.name}", "_same_as_english", "must be a list of keys")
            continue
        allowed.update(f"{path.stem}.{key}" for key in listed)
    return allowed


def _check_text(lang: str, key: str, text: str, reference: str | None, findings: Findings) -> None:
    file = _file_of(lang, key)
    if not text.strip():
        findings.add(file, key, "is empty")
    try:
        mine = placeholders(text)
        theirs = placeholders(reference) if reference is not None else mine
    except ContentError as exc:
        findings.add(file, key, str(exc))
        return
    if mine != theirs:
        findings.add(file, key, f"placeholders {sorted(mine)} differ from en-GB's {sorted(theirs)}")


def _check_language(
    root: Path, lang: str, reference: Mapping[str, str] | None, strict: bool, findings: Findings
) -> dict[str, str]:
    folder = root / lang
    if not folder.is_dir() or not any(folder.glob("*.toml")):
        findings.add(f"{lang}/", "(language)", "not translated yet", error=strict)
        return {}
    try:
        language = read_language(lang, root)
        allowed = _same_as_english(folder, findings, lang)
    except ContentError as exc:
        findings.add(f"{lang}/", "(language)", str(exc))
        return {}
    strings = dict(language.strings)
    for listed, what in ((language.review, "_review"), (allowed, "_same_as_english")):
        for key in sorted(listed - strings.keys()):
            findings.add(_file_of(lang, key), key, f"is listed in {what} but does not exist")
    findings.review[lang] = sorted(language.review & strings.keys())
    for key, text in sorted(strings.items()):
        english = reference.get(key) if reference is not None else None
        if reference is not None and english is None:
            findings.add(_file_of(lang, key), key, "is not in en-GB (extra key)")
            continue
        _check_text(lang, key, text, english, findings)
        if english == text and key not in allowed and _word_count(text) >= _MIN_WORDS_FOR_ENGLISH:
            findings.add(_file_of(lang, key), key, "is still the English text")
    for key in sorted((reference or {}).keys() - strings.keys()):
        findings.add(_file_of(lang, key), key, "is missing (it is in en-GB)")
    return strings


def check_packs(
    folder: Path, reference: Mapping[str, str], today: date | None, findings: Findings
) -> list[RegionPack]:
    """Validate every pack in ``folder`` and the content keys it uses; flag stale facts."""
    packs: list[RegionPack] = []
    for path in sorted(folder.glob("*.toml")):
        try:
            packs.append(read_region(path))
        except RegionError as exc:
            for problem in exc.problems:
                findings.add(problem.file, problem.field, problem.message)
    if FALLBACK_REGION not in {p.code for p in packs}:
        findings.add(f"regions/{FALLBACK_REGION}.toml", "(file)", "the fallback pack must load")
    claimed: dict[str, str] = {}
    for pack in packs:
        file = f"regions/{pack.code}.toml"
        for key in sorted(pack.content_keys() - reference.keys()):
            findings.add(file, key, f"content key not found in {_file_of(DEFAULT_LANGUAGE, key)}")
        for locale in pack.locales:
            if claimed.setdefault(locale, pack.code) != pack.code:
                findings.add(file, "locales", f"{locale} is also claimed by {claimed[locale]}")
        stale = stale_facts(pack, today) if today else []
        if stale:
            oldest = min(fact.checked for fact in stale).isoformat()
            message = f"{len(stale)} facts last checked over 12 months ago (oldest {oldest})"
            findings.add(file, "checked", f"{message}: first {stale[0].where}", error=False)
    findings.packs = len(packs)
    return packs


def run_checks(
    content: Path,
    regions: Path,
    translations: Path,
    *,
    languages: Sequence[str] = LANGUAGES,
    strict: bool = False,
    today: date | None = None,
) -> Findings:
    """Run every check; ``languages`` are checked along with any other folder under ``content``."""
    findings = Findings()
    present = {p.name for p in content.iterdir() if p.is_dir()} if content.is_dir() else set()
    others = sorted((set(languages) | present) - {DEFAULT_LANGUAGE})
    findings.languages = [DEFAULT_LANGUAGE, *others]
    reference = _check_language(content, DEFAULT_LANGUAGE, None, strict, findings)
    findings.reference_keys = len(reference)
    for lang in others:
        if lang not in languages:
            findings.add(f"{lang}/", "(language)", "is not a language Harbour offers", error=False)
        _check_language(content, lang, reference or None, strict, findings)
    check_packs(regions, reference, today, findings)
    findings.ts_files, mismatches = check_ts_folder(translations)
    for mismatch in mismatches:
        findings.add(mismatch.file, mismatch.key, mismatch.message)
    return findings


def report(findings: Findings) -> str:
    """The text printed for a run: problems, the review lists, then one summary line."""
    lines = [str(p) for p in findings.errors + findings.warnings]
    for lang, keys in findings.review.items():
        if keys:
            lines.append(f"review {lang} ({len(keys)}): " + ", ".join(keys))
    lines.append(
        f"{'FAILED' if findings.errors else 'OK'}: {len(findings.errors)} errors, "
        f"{len(findings.warnings)} warnings; {findings.reference_keys} en-GB keys in "
        f"{len(findings.languages)} languages ({', '.join(findings.languages)}), "
        f"{findings.packs} region packs, {findings.ts_files} .ts files"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m core.content.check", description=__doc__)
    parser.add_argument("--strict", action="store_true", help="untranslated languages are errors")
    parser.add_argument("--content-root", type=Path, default=content_root())
    parser.add_argument("--regions-root", type=Path, default=regions_root())
    parser.add_argument("--translations-root", type=Path, default=app_root() / "translations")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today(), help="YYYY-MM-DD")
    args = parser.parse_args(argv)
    findings = run_checks(
        args.content_root,
        args.regions_root,
        args.translations_root,
        strict=args.strict,
        today=args.today,
    )
    print(report(findings))
    return 1 if findings.errors else 0


if __name__ == "__main__":
    sys.exit(main())
