"""The evidence pack: verifiable with coreutils, atomic, and never holding an under-18 image."""

from __future__ import annotations

import json
import os
import subprocess
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path

import filetype
import pytest
from PySide6.QtWidgets import QApplication

from core import diary, evidence
from core.content.region_model import Paper
from core.diary.records import AgeGroup, Case, Note
from core.evidence import BlobStore, EvidenceCode, EvidenceError
from core.evidence.blobs import CHUNK_SIZE
from core.evidence.sniff import sniff
from core.reports import (
    PackCode,
    PackError,
    PackResult,
    ReportView,
    Withheld,
    build_pack,
    build_report,
    render_html,
)
from core.vault.migrations import Connection
from tests.disks import small_tmpfs
from tests.reports.cases import JPEG, MP4, fill_case, png_bytes
from tests.reports.schema_check import load_schema, problems
from ui.reports.controller import page_labels
from ui.reports.pdf import render_pdf


def _pdf(view: ReportView) -> bytes:
    return render_pdf(render_html(view), page_labels(view), Paper.A4, view.title)


def _pack(
    conn: Connection,
    store: BlobStore,
    case_id: int,
    target: Path,
    images_allowed: bool = True,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> PackResult:
    return build_pack(
        conn,
        store,
        build_report(conn, case_id),
        target,
        language="en-GB",
        variant_code="uk_101",
        pdf=_pdf,
        images_allowed=images_allowed,
        progress=progress,
        cancel=cancel,
    )


def _unpack(pack: Path, folder: Path) -> Path:
    with zipfile.ZipFile(pack) as archive:
        archive.extractall(folder)
    return folder


def _check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sha256sum", "--strict", "-c", "SHA256SUMS"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def filled(conn: Connection, store: BlobStore, case_id: int) -> int:
    """A case with every kind of entry and files whose names clash."""
    fill_case(conn, store, case_id, "typed")
    for data, name in (
        (b"first chat\n", "chat.txt"),
        (b"second chat\n", "chat.txt"),
        (b"third chat\n", "CHAT.txt"),
        (os.urandom(3 * CHUNK_SIZE + 17), "../../etc/recording.bin"),
        (png_bytes(), "screenshot.png"),
        (b"control\x01chars\n", "con"),
    ):
        evidence.import_bytes(conn, store, case_id, data, name)
    return case_id


def test_a_fresh_pack_verifies_with_sha256sum_and_fails_after_one_byte_changes(
    qapp: QApplication, conn: Connection, store: BlobStore, filled: int, tmp_path: Path
) -> None:
    result = _pack(conn, store, filled, tmp_path / "pack.zip")
    with zipfile.ZipFile(result.path) as archive:
        names = archive.namelist()
        assert archive.testzip() is None
    assert names[:2] == ["report.pdf", "report.txt"] and names[-1] == "SHA256SUMS"
    paths = [e.path for e in result.entries if e.path]
    assert paths[-6:] == [
        "evidence/chat.txt",
        "evidence/chat (2).txt",
        "evidence/CHAT (3).txt",
        "evidence/recording.bin",
        "evidence/screenshot.png",
        "evidence/_con",
    ]
    folder = _unpack(result.path, tmp_path / "unpacked")
    sums = (folder / "SHA256SUMS").read_text()
    assert len(sums.splitlines()) == len(names) - 1  # every other file
    ok = _check(folder)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert ok.stdout.count(": OK") == len(names) - 1
    victim = folder / "evidence" / "recording.bin"
    data = bytearray(victim.read_bytes())
    data[CHUNK_SIZE + 5] ^= 0x01
    victim.write_bytes(bytes(data))
    bad = _check(folder)
    assert bad.returncode != 0 and "evidence/recording.bin: FAILED" in bad.stdout


def test_the_manifest_follows_its_schema(
    qapp: QApplication, conn: Connection, store: BlobStore, filled: int, tmp_path: Path
) -> None:
    result = _pack(conn, store, filled, tmp_path / "pack.zip")
    with zipfile.ZipFile(result.path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        in_zip = set(archive.namelist())
    schema = load_schema()
    assert problems(manifest, schema, schema) == []
    assert manifest["schema"] == "harbour-evidence-pack/1"
    assert manifest["case"]["totals"] == {"demanded": {"EUR": "500"}, "paid": {"GBP": "120.75"}}
    items = manifest["items"]
    assert len(items) == 8
    assert [i["withheld"] for i in items if i["path"] is None] == ["no_file"]
    assert all(i["path"] in in_zip for i in items if i["path"])
    assert {i["original_name"] for i in items} >= {"../../etc/recording.bin", "con"}
    broken = json.loads(json.dumps(manifest))
    broken["items"][0]["sha256"] = "not a hash"
    del broken["case"]["totals"]
    assert len(problems(broken, schema, schema)) == 2


def test_an_error_mid_stream_leaves_nothing(
    qapp: QApplication, conn: Connection, store: BlobStore, filled: int, tmp_path: Path
) -> None:
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 6:  # inside the 3 MiB recording
            raise RuntimeError("the computer was switched off")

    target = tmp_path / "out" / "pack.zip"
    target.parent.mkdir()
    with pytest.raises(RuntimeError):
        _pack(conn, store, filled, target, progress=progress)
    assert list(target.parent.iterdir()) == []


def test_cancel_leaves_nothing(
    qapp: QApplication, conn: Connection, store: BlobStore, filled: int, tmp_path: Path
) -> None:
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done > CHUNK_SIZE:
            cancel.set()

    target = tmp_path / "out" / "pack.zip"
    target.parent.mkdir()
    with pytest.raises(PackError) as caught:
        _pack(conn, store, filled, target, progress=progress, cancel=cancel)
    assert caught.value.code is PackCode.CANCELLED
    assert list(target.parent.iterdir()) == []
    assert seen[0][0] == 0 and all(total == seen[0][1] for _, total in seen)


def test_progress_reaches_the_total(
    qapp: QApplication, conn: Connection, store: BlobStore, filled: int, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    _pack(conn, store, filled, tmp_path / "pack.zip", progress=lambda d, t: seen.append((d, t)))
    done = [d for d, _ in seen]
    assert done == sorted(done)
    assert seen[-1][0] >= seen[-1][1] > 3 * CHUNK_SIZE


def test_a_tampered_blob_stops_the_pack(
    qapp: QApplication, conn: Connection, store: BlobStore, case_id: int, tmp_path: Path
) -> None:
    record = evidence.import_bytes(conn, store, case_id, os.urandom(2 * CHUNK_SIZE), "a.bin")
    assert record.blob_id is not None
    blob = store.path(record.blob_id)
    data = bytearray(blob.read_bytes())
    data[-40] ^= 0xFF
    blob.write_bytes(bytes(data))
    target = tmp_path / "out" / "pack.zip"
    target.parent.mkdir()
    with pytest.raises(EvidenceError) as caught:
        _pack(conn, store, case_id, target)
    assert caught.value.code is EvidenceCode.TAMPERED
    assert list(target.parent.iterdir()) == []


def _media_members(pack: Path) -> list[str]:
    found = []
    with zipfile.ZipFile(pack) as archive:
        for name in archive.namelist():
            head = archive.read(name)[:8192]
            guess = filetype.guess(head)
            if sniff(head).is_image_or_video or (
                guess and guess.mime.startswith(("image", "video"))
            ):
                found.append(name)
    return found


def test_an_under18_pack_holds_no_image_or_video_bytes(
    qapp: QApplication, conn: Connection, store: BlobStore, case_id: int, tmp_path: Path
) -> None:
    # Saved while the age was not known; the person then said they are 15.
    for data, name in (
        (png_bytes(), "screenshot.png"),
        (JPEG, "photo.jpg"),
        (MP4, "clip.mp4"),
        (png_bytes(8, 8), "looks-like-notes.txt"),
        (b"plain words\n", "chat.txt"),
    ):
        evidence.import_bytes(conn, store, case_id, data, name)
    diary.add(conn, case_id, Note(text="what happened"))
    diary.update_case(conn, Case(id=case_id, age_group=AgeGroup.UNDER18, region="GB"))
    result = _pack(conn, store, case_id, tmp_path / "pack.zip")
    assert _media_members(result.path) == []
    withheld = {e.record.original_name: e.withheld for e in result.entries}
    assert withheld == {
        "screenshot.png": Withheld.UNDER18_MEDIA,
        "photo.jpg": Withheld.UNDER18_MEDIA,
        "clip.mp4": Withheld.UNDER18_MEDIA,
        "looks-like-notes.txt": Withheld.UNDER18_MEDIA,
        "chat.txt": None,
    }
    with zipfile.ZipFile(result.path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        report_text = archive.read("report.txt").decode()
    hashes = {i["original_name"]: i["sha256"] for i in manifest["items"] if i["withheld"]}
    assert len(hashes) == 4 and all(len(h) == 64 for h in hashes.values())
    assert all(h in report_text for h in hashes.values())  # listed by hash only
    folder = _unpack(result.path, tmp_path / "unpacked")
    assert _check(folder).returncode == 0


def test_policy_can_keep_pictures_out_for_adults_too(
    qapp: QApplication, conn: Connection, store: BlobStore, case_id: int, tmp_path: Path
) -> None:
    evidence.import_bytes(conn, store, case_id, png_bytes(), "screenshot.png")
    result = _pack(conn, store, case_id, tmp_path / "pack.zip", images_allowed=False)
    assert [e.withheld for e in result.entries] == [Withheld.MEDIA_NOT_ALLOWED]
    assert _media_members(result.path) == []


def test_a_full_disk_is_refused_before_writing(
    qapp: QApplication, conn: Connection, store: BlobStore, case_id: int, tmp_path: Path
) -> None:
    evidence.import_bytes(conn, store, case_id, os.urandom(3 * CHUNK_SIZE), "recording.bin")
    with small_tmpfs(tmp_path / "usb", "2m") as usb:
        with pytest.raises(PackError) as caught:
            _pack(conn, store, case_id, usb / "pack.zip")
        assert caught.value.code is PackCode.DISK_FULL
        assert list(usb.iterdir()) == []
