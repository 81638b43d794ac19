"""Under-18 guard: no image or video byte is ever written, whatever the file claims to be."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from core import diary, evidence
from core.diary.records import AgeGroup, Case, Evidence
from core.evidence.errors import EvidenceCode
from core.evidence.sniff import sniff
from tests.diary.raw_pages import plaintext_pages
from tests.diary.vault_fixtures import Vault

MARKER = b"HARBOUR-PIXELS-7c1e"
BODY = MARKER * 200


def _ftyp(major: bytes, *compatible: bytes) -> bytes:
    brands = major + b"\x00\x00\x00\x00" + b"".join(compatible)
    return (8 + len(brands)).to_bytes(4, "big") + b"ftyp" + brands


_EBML = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\xf2\x81\x04\x42\xf3\x81\x08"
SAMPLES = {
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "gif": b"GIF89a\x01\x00\x01\x00",
    "webp": b"RIFF\x00\x10\x00\x00WEBPVP8 ",
    "heic": _ftyp(b"heic", b"mif1", b"heic"),
    "heif": _ftyp(b"mif1", b"mif1", b"miaf"),
    "avif": _ftyp(b"avif", b"avif", b"mif1"),
    "bmp": b"BM\x36\x00\x0c\x00\x00\x00\x00\x00\x36\x00\x00\x00",
    "tiff": b"II*\x00\x08\x00\x00\x00",
    "tiff-be": b"MM\x00*\x00\x00\x00\x08",
    "jxl": b"\xff\x0a\xfa\x7f",
    "svg": b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">',
    "mp4": _ftyp(b"isom", b"isom", b"iso2", b"mp41"),
    "mov": _ftyp(b"qt  ", b"qt  "),
    "3gp": _ftyp(b"3gp5", b"3gp5", b"isom"),
    "m4v": _ftyp(b"M4V ", b"M4V ", b"M4A "),
    "webm": _EBML + b"\x42\x82\x84webm",
    "mkv": _EBML + b"\x42\x82\x88matroska",
    "avi": b"RIFF\x00\x10\x00\x00AVI LIST",
}


@pytest.fixture
def child_case(vault: Vault) -> int:
    case = diary.add_case(vault.conn, Case(title="Pupil", age_group=AgeGroup.UNDER18))
    return case.id or 0


@pytest.fixture
def store(vault: Vault) -> evidence.BlobStore:
    return evidence.open_blob_store(vault.conn, vault.folder)


def _assert_no_image_bytes_anywhere(vault: Vault, case_id: int, store: evidence.BlobStore) -> None:
    assert list(store.folder.iterdir()) == []
    assert sorted(p.name for p in vault.folder.iterdir()) == sorted(
        ["blobs", "vault.db", "vault.db-wal", "vault.db-shm"]
    )
    entries = diary.list_entries(vault.conn, case_id, Evidence, include_deleted=True)
    assert [e.blob_id for e in entries if e.blob_id] == []
    vault.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    raw = plaintext_pages(vault.key, vault.path)
    assert MARKER not in raw and b"IHDR" not in raw


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_picture_and_video_format_is_sniffed(name: str) -> None:
    assert sniff(SAMPLES[name] + BODY).is_image_or_video


def test_under18_cases_store_no_image_bytes(
    vault: Vault, child_case: int, store: evidence.BlobStore, tmp_path: Path
) -> None:
    for name, head in SAMPLES.items():
        source = tmp_path / f"innocent-{name}.pdf"  # the extension lies; the bytes tell
        source.write_bytes(head + BODY)
        with pytest.raises(evidence.EvidenceError) as caught:
            evidence.import_file(vault.conn, store, child_case, source)
        assert caught.value.code is EvidenceCode.IMAGE_UNDER18, name
        with pytest.raises(evidence.EvidenceError):
            evidence.import_bytes(vault.conn, store, child_case, head + BODY, "clipboard.bin")
    for name in ("photo.JPG", "clip.heic", "video.mkv", "snap.webp", "x.svg"):
        source = tmp_path / name  # the bytes say nothing; the extension is the second signal
        source.write_bytes(BODY)
        with pytest.raises(evidence.EvidenceError) as caught:
            evidence.import_file(vault.conn, store, child_case, source)
        assert caught.value.code is EvidenceCode.IMAGE_UNDER18, name
    _assert_no_image_bytes_anywhere(vault, child_case, store)


def test_policy_can_forbid_images_for_anyone(
    vault: Vault, case_id: int, store: evidence.BlobStore
) -> None:
    png = SAMPLES["png"] + BODY
    with pytest.raises(evidence.EvidenceError) as caught:
        evidence.import_bytes(vault.conn, store, case_id, png, "shot.png", images_allowed=False)
    assert caught.value.code is EvidenceCode.IMAGE_NOT_ALLOWED
    _assert_no_image_bytes_anywhere(vault, case_id, store)
    stored = evidence.import_bytes(vault.conn, store, case_id, png, "shot.png")
    assert stored.file_kind == "image"


def test_under18_cases_keep_documents_and_descriptions(
    vault: Vault, child_case: int, store: evidence.BlobStore
) -> None:
    pdf = evidence.import_bytes(vault.conn, store, child_case, b"%PDF-1.7\nreport", "r.pdf")
    assert pdf.file_kind == "document"
    digest = hashlib.sha256(SAMPLES["png"] + BODY).hexdigest()
    described = evidence.add_description(
        vault.conn, child_case, "The photo they threatened to share", sha256=digest
    )
    assert described.sha256 == digest and described.blob_id is None
