"""Platform facts load as typed records and broken files are refused with a reason."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from core.content.catalog import load_catalog
from core.content.platforms import (
    NOTE_FIELDS,
    Platform,
    PlatformError,
    load_platforms,
    read_platforms,
    required_keys,
)

IDS = [
    "facebook", "instagram", "snapchat", "x", "skype", "tiktok", "whatsapp", "tinder", "bumble",
    "plentyoffish", "discord", "youtube", "telegram", "other",
]  # fmt: skip


def test_real_platforms() -> None:
    platforms = load_platforms()
    assert list(platforms) == IDS
    for platform in platforms.values():
        assert platform.checked == date(2026, 11, 1)
        if platform.id == "other":
            assert platform.name is None and platform.url is None
            assert platform.name_key == "platforms.other.name"
        else:
            assert platform.name and platform.name_key is None
            assert platform.url and platform.url.startswith("https://")
            assert platform.source and platform.source.startswith("https://")


def test_every_platform_has_notes_in_english() -> None:
    catalog = load_catalog("en-GB")
    keys = required_keys(load_platforms().values())
    assert len(keys) == 1 + len(IDS) * len(NOTE_FIELDS) + 1
    for key in keys:
        assert catalog.text(key).strip()
    assert "Report" in catalog.text("platforms.notice")


def test_staleness_after_twelve_months() -> None:
    facebook = load_platforms()["facebook"]
    assert not facebook.is_stale(date(2027, 10, 31))
    assert facebook.is_stale(date(2027, 11, 2))


def test_note_keys() -> None:
    other = load_platforms()["other"]
    assert other.note_key("report") == "platforms.other.report"
    with pytest.raises(KeyError):
        other.note_key("delete")


CHAT = "[chat]\nname = 'Chat'\nurl = 'https://c.example'\nsource = 'https://c.example'\n"
OTHER = "[other]\nchecked = 2026-11-01\n"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (CHAT + "checked = 2026-11-01\n", "generic platform"),
        ("[other]\nchecked = '2026-11-01'\n", "checked must be a date"),
        (OTHER + "owner = 'me'\n", "unknown field(s) owner"),
        (
            CHAT.replace("url = 'https", "url = 'http") + "checked = 2026-11-01\n" + OTHER,
            "https://",
        ),
        ("[chat]\nname = 'Chat'\nchecked = 2026-11-01\n" + OTHER, "needs name, url and source"),
        ("[Bad-Id]\nchecked = 2026-11-01\n", "lower case"),
        ("not toml = = =", "cannot read"),
    ],
)
def test_broken_files_are_refused(tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "platforms.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlatformError) as caught:
        read_platforms(path)
    assert words in str(caught.value)


def test_record_is_frozen() -> None:
    platform = Platform("chat", "Chat", None, None, date(2026, 11, 1))
    with pytest.raises(AttributeError):
        platform.name = "Other"  # type: ignore[misc]
