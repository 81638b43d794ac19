"""The pseudolocale changes the look and length of words, never what the app relies on."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.content.catalog import placeholders, read_language
from core.content.pseudo import (
    CLOSE,
    GROWTH,
    OPEN,
    has_pseudo,
    is_pseudo,
    kept_spans,
    pseudo_line,
    pseudo_text,
    write_pseudo_content,
)
from core.content.ts_check import qt_placeholders
from core.paths import resource_path


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        ("Call {number} now", "{number}"),
        ("In danger now? Call %1", "%1"),
        ("Adding %1: %2 of %3", "%3"),
        ("&Save my diary", "&S"),
        ("Tom && Jerry", "&&"),
        ("Go to https://stopncii.org/how-it-works/ now", "https://stopncii.org/how-it-works/"),
        ("See www.ceop.police.uk", "www.ceop.police.uk"),
        ("Write to help@example.org", "help@example.org"),
        ("Call 0800 1111 or 116 123", "0800 1111"),
        ("Call 1-800-CALL-FBI", "1-800-CALL-FBI"),
        ("Call +44 (0)300 123 2040", "+44 (0)300 123 2040"),
        ("Use {{braces}} literally", "{{"),
        ("A <b>bold</b> word &amp; more", "<b>"),
    ],
)
def test_what_the_app_relies_on_is_kept_exactly(source: str, kept: str) -> None:
    shown = pseudo_text(source)
    assert kept in shown
    assert shown != source
    assert kept_spans(shown) == kept_spans(source)


def test_words_look_foreign_and_grow_by_whole_words_inside_brackets() -> None:
    shown = pseudo_text("Save as PDF")
    assert shown.startswith(OPEN) and shown.endswith(CLOSE)
    assert "Šávë áš PDF" in shown
    body = shown[1:-1]
    assert len(body) >= len("Save as PDF") * (1 + GROWTH)
    assert len(body.split()) > 3, "padding is words, so wrapping is exercised"


def test_every_line_is_fenced_and_blank_lines_stay_blank() -> None:
    source = "First paragraph.\n\nSecond paragraph,\n  indented line."
    shown = pseudo_text(source)
    lines = shown.split("\n")
    assert len(lines) == 4 and lines[1] == ""
    assert lines[3].startswith("  [") and lines[3].endswith("]")
    assert is_pseudo(shown) and not is_pseudo(source)
    assert pseudo_line("   ") == "   "


def test_pseudo_wording_is_recognised_inside_a_filled_sentence() -> None:
    filled = pseudo_text("Demanded: %1").replace("%1", "€500.00") + "   Paid: €200.00"
    assert has_pseudo(filled) and not is_pseudo(filled)
    assert not has_pseudo("Fill in anything in [square brackets] before you send.")
    assert has_pseudo(pseudo_text("Fill in anything in [square brackets] before you send."))


def test_a_formatted_pseudo_text_fills_its_placeholders() -> None:
    template = pseudo_text("Last checked on {date}. Call {number}.")
    filled = template.format(date="1 November 2026", number="999")
    assert "1 November 2026" in filled and "999" in filled


readable = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\r\x85\u2028\u2029"),
    max_size=120,
)
placeholder = st.from_regex(r"\{[a-z_]{1,12}\}", fullmatch=True)
qt_argument = st.from_regex(r"%[1-9]", fullmatch=True)
link = st.from_regex(r"https://[a-z]{1,10}\.(org|uk|com)/[a-z/]{0,12}", fullmatch=True)
phone = st.from_regex(r"\d{3,4}( \d{3,4}){1,2}", fullmatch=True)
special = st.one_of(placeholder, qt_argument, link, phone, st.just("&Save"), st.just("\n"))
mixed = st.lists(st.one_of(readable, special), max_size=8).map(" ".join)


@given(mixed)
def test_placeholders_arguments_links_numbers_and_lines_survive(source: str) -> None:
    shown = pseudo_text(source)
    assert shown.count("\n") == source.count("\n")
    assert qt_placeholders(shown) == qt_placeholders(source)
    for span in kept_spans(source):
        assert span in shown
    try:
        expected = placeholders(source)
    except ValueError:
        return  # not a valid content template to begin with
    assert placeholders(shown) == expected


@given(mixed)
def test_each_non_blank_line_grows_by_at_least_the_growth(source: str) -> None:
    for before, after in zip(source.split("\n"), pseudo_text(source).split("\n"), strict=True):
        if before.strip():
            inside = after.strip()[1:-1]
            assert len(inside) >= len(before.strip()) * (1 + GROWTH)
        else:
            assert after == before


def test_the_content_folder_keeps_every_key_and_placeholder(tmp_path: Path) -> None:
    source = resource_path("content", "en-GB")
    written = write_pseudo_content(source, tmp_path / "en-GB")
    assert [p.name for p in written] == sorted(p.name for p in source.glob("*.toml"))
    for path in written:
        tomllib.loads(path.read_text(encoding="utf-8"))  # valid TOML
    english = read_language("en-GB")
    pseudo = read_language("en-GB", tmp_path)
    assert pseudo.strings.keys() == english.strings.keys()
    for key, text in english.strings.items():
        shown = pseudo.strings[key]
        assert placeholders(shown) == placeholders(text), key
        assert is_pseudo(shown), key
        assert re.sub(r"\s", "", text) != re.sub(r"\s", "", shown), key
