"""A hostile input corpus, made fresh in a temp folder (never committed), and the run that pushes
it through evidence import and export, diary add, search and the timeline.

Files: decompression bombs (PNG, GIF, ZIP), huge declared image sizes, truncated images, empty
and sparse huge files, symlink loops and links to /etc/passwd or /dev/zero, FIFOs, sockets,
device nodes, and odd names (right-to-left overrides, 255-byte names, option look-alikes,
newlines, bytes that are not UTF-8). Texts: megabyte fields, control characters, NUL, markup,
template and SQL look-alikes. The only acceptable failures are Harbour's own error codes.
"""

from __future__ import annotations

import io
import os
import socket
import stat
import struct
import traceback
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from random import Random

from core import diary, evidence
from core.diary.records import AgeGroup, Case, Evidence, Message, Note, Person
from core.evidence import EvidenceError
from core.vault import Vault
from core.vault.errors import VaultError
from tests.evidence.rss import peak_rss_growth

SPARSE_SIZES = (20 * 1024**3, 2 * 1024**3, 150 * 1024**2)
ODD_NAMES = [
    "invoice\u202efdp.exe",
    "photo\u202egpj.pdf",
    "-rf",
    "--help",
    "-",
    "line\nbreak.txt",
    "tab\there.txt",
    " leading space.txt",
    "trailing dot.",
    "trailing space ",
    "CON",
    "nul.txt",
    "COM1.log",
    "aux",
    "<script>alert(1)<\\script>.html",
    "{{ config }}.txt",
    "'; DROP TABLE evidence; --.txt",
    'quote".txt',
    "star*?.txt",
    "pipe|colon:.txt",
    "...",
    "..evil",
    ".hidden",
    "zero\u200bwidth.txt",
    "bidi\u2066isolate\u2069.txt",
    "e\u0301-decomposed.txt",
    "é-composed.txt",
    "emoji-🔒-📷.png",
    "ŵyr-ñandú-acción.txt",
    "x" * 255,
    "ŵ" * 127,
    "a" * 240 + ".jpeg",
    "name.with.many.dots.tar.gz",
    "no_extension",
    "UPPER.PNG",
    "sp ace.jpg ",
    "\x1b[31mred\x1b[0m.txt",
    "bell\x07.txt",
    "del\x7f.txt",
    "\u202e\u202e\u202e",
]
BAD_BYTES_NAMES = [b"\xff\xfe.txt", b"caf\xe9.txt", b"\xc3(.jpg", b"\xed\xa0\x80.png", b"\x80"]


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def png(width: int, height: int, rows: bytes | None = None) -> bytes:
    """A PNG declaring ``width`` x ``height``; ``rows`` is its (maybe tiny) compressed data."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = rows if rows is not None else zlib.compress(b"\0" * (width + 1) * min(height, 64))
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def png_bomb() -> bytes:
    """10000 x 10000 grey pixels (100 MB decoded) from about a hundred kilobytes of zlib."""
    compressor = zlib.compressobj(9)
    row = b"\0" * 10001
    parts = [compressor.compress(row) for _ in range(10000)]
    return png(10000, 10000, b"".join(parts) + compressor.flush())


def gif(width: int, height: int) -> bytes:
    """A GIF whose screen and image claim ``width`` x ``height`` with one tiny LZW block."""
    screen = b"GIF89a" + struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\0\0\0\xff\xff\xff"
    image = b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0)
    return screen + image + b"\x02\x02\x44\x01\x00\x3b"


def zip_bomb(size: int) -> bytes:
    """A ZIP holding ``size`` zero bytes, and a ZIP nesting that ZIP ten times."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("zeros.bin", "w") as member:
            block = b"\0" * (1 << 20)
            for _ in range(size >> 20):
                member.write(block)
        for i in range(10):
            archive.writestr(f"copy{i}.bin", b"")
    return buffer.getvalue()


def jpeg_header(width: int, height: int) -> bytes:
    """A JPEG start (SOI, SOF0) declaring a huge size, then nothing."""
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + sof + b"\xff\xd9"


def _images(rng: Random) -> Iterator[tuple[str, bytes]]:
    yield "bomb.png", png_bomb()
    yield "bomb.gif", gif(65535, 65535)
    yield "bomb.zip", zip_bomb(32 << 20)
    for width, height in ((65535, 65535), (1, 2**31 - 1), (2**31 - 1, 1), (0, 0)):
        yield f"huge-{width}x{height}.png", png(width, height, b"")
        yield f"huge-{width}x{height}.jpg", jpeg_header(min(width, 65535), min(height, 65535))
        yield f"huge-{width}x{height}.gif", gif(min(width, 65535), min(height, 65535))
    whole = png(64, 64)
    for cut in sorted(rng.sample(range(1, len(whole)), min(40, len(whole) - 1))):
        yield f"truncated-{cut}.png", whole[:cut]
    for cut in (1, 2, 3, 6, 10, 13):
        yield f"truncated-{cut}.jpg", jpeg_header(640, 480)[:cut]
        yield f"truncated-{cut}.gif", gif(10, 10)[:cut]
    for i in range(10):
        yield f"random-{i}.bin", rng.randbytes(rng.randint(1, 200_000))
    yield "heic-brand.heic", b"\0\0\0\x18ftypheic" + b"\0" * 40
    yield "svg.svg", b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"


def _specials(folder: Path) -> Iterator[Path]:
    loop_a, loop_b = folder / "loop-a", folder / "loop-b"
    loop_a.symlink_to(loop_b)
    loop_b.symlink_to(loop_a)
    yield from (loop_a, loop_b)
    for name, target in (
        ("passwd-link.txt", "/etc/passwd"),
        ("zero-link.bin", "/dev/zero"),
        ("dangling-link", str(folder / "nowhere")),
        ("folder-link", str(folder)),
        ("self-link", "self-link"),
    ):
        (folder / name).symlink_to(target)
        yield folder / name
    fifo = folder / "fifo.pipe"
    os.mkfifo(fifo)
    yield fifo
    sub = folder / "a-folder"
    sub.mkdir()
    yield sub
    for name, (major, minor) in (("zero-device", (1, 5)), ("null-device", (1, 3))):
        try:
            os.mknod(folder / name, stat.S_IFCHR | 0o600, os.makedev(major, minor))
            yield folder / name
        except PermissionError:
            continue
    yield Path("/dev/zero")
    yield Path("/etc/passwd/../passwd")
    yield folder / "does-not-exist"


def build_corpus(folder: Path, rng: Random) -> tuple[list[Path], socket.socket]:
    """Write the hostile files into ``folder``; return their paths and the bound socket (keep it
    open while the corpus is used, then close it)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for name, data in _images(rng):
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    for name in ODD_NAMES:
        path = folder / name
        path.write_bytes(rng.randbytes(rng.randint(0, 4000)))
        paths.append(path)
    for raw in BAD_BYTES_NAMES:
        path = Path(os.fsdecode(os.fsencode(folder) + b"/" + raw))
        path.write_bytes(b"bytes under a name that is not UTF-8")
        paths.append(path)
    for i, size in enumerate(SPARSE_SIZES):
        path = folder / f"sparse-{i}.bin"
        with path.open("wb") as handle:
            handle.truncate(size)
        paths.append(path)
    (folder / "empty").write_bytes(b"")
    paths.append(folder / "empty")
    for i, text in enumerate(hostile_texts(rng)[:60]):
        (folder / f"text-{i}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
        paths.append(folder / f"text-{i}.txt")
    paths += list(_specials(folder))
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(folder / "socket.sock"))
    paths.append(folder / "socket.sock")
    return paths, server


def hostile_texts(rng: Random) -> list[str]:
    """Text a form or a search box could be handed."""
    pieces = [
        "\x00",
        "\u202e",
        "\u2066",
        "\ufeff",
        "\r\n",
        "\x1b[2J",
        "<script>alert(document.cookie)</script>",
        "<img src=x onerror=alert(1)>",
        "{{ 7*7 }}",
        "{% for x in range(10**9) %}",
        "${jndi:ldap://x}",
        "'; DROP TABLE entry; --",
        '" OR 1=1 --',
        'NEAR("a" "b")',
        "body:*",
        "^start",
        "a AND OR NOT b",
        "*",
        '"',
        "(((",
        "ŵyr",
        "🔒",
        "\ud800",
    ]
    texts = [
        "x" * (1 << 20),
        "ŵ" * (1 << 19),
        " ".join(rng.choices(pieces, k=5000)),
        "\x00" * 1000,
        "".join(chr(c) for c in range(0, 0x250)),
    ]
    texts += ["".join(rng.choices(pieces, k=rng.randint(1, 12))) for _ in range(60)]
    texts += pieces
    return texts


@dataclass
class CorpusReport:
    """What the corpus did."""

    files: int = 0
    texts: int = 0
    imported: int = 0
    refused: Counter[str] = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)
    peak_rss: int = 0


def _guarded(report: CorpusReport, what: str, work: Callable[[], object]) -> object:
    try:
        return work()
    except (EvidenceError, VaultError) as exc:
        report.refused[str(getattr(exc, "code", exc))] += 1
    except diary.ValidationError as exc:
        report.refused.update(str(p.code) for p in exc.problems)
    except Exception:
        report.crashes.append(f"{what}: {traceback.format_exc(limit=3)}")
    return None


def _files(report: CorpusReport, vault: Vault, case_id: int, paths: list[Path], out: Path) -> None:
    conn = vault.conn
    store = evidence.open_blob_store(conn, vault.files.profile)
    for path in paths:
        report.files += 1
        imported = partial(evidence.import_file, conn, store, case_id, path)
        record = _guarded(report, f"import {path!r}", imported)
        if not isinstance(record, Evidence) or record.id is None:
            continue
        report.imported += 1
        dest = out / evidence.safe_export_name(record.original_name)
        if dest.resolve().parent != out.resolve():
            report.crashes.append(f"export name escapes the folder: {record.original_name!r}")
            continue
        export = partial(evidence.export_evidence, conn, store, record.id, dest)
        _guarded(report, f"export {path!r}", export)


def _texts(report: CorpusReport, vault: Vault, case_id: int, texts: list[str]) -> None:
    conn = vault.conn
    for text in texts:
        report.texts += 1
        records = (
            Note(text=text),
            Message(content=text, platform=text[:200]),
            Person(username=text[:500], phone=text[:40], profile_url=text[:300], email=text[:80]),
        )
        for record in records:
            _guarded(
                report, f"add {type(record).__name__}", partial(diary.add, conn, case_id, record)
            )
        _guarded(report, "search", partial(diary.search, conn, case_id, text))
        _guarded(report, "search a piece", partial(diary.search, conn, case_id, text[:64]))
    count = diary.timeline_count(conn, case_id)
    for offset in range(0, count, 50):
        _guarded(report, "timeline", partial(diary.timeline, conn, case_id, 50, offset))
    _guarded(report, "totals", partial(diary.totals, conn, case_id))


def run_corpus(profile: Path, paths: list[Path], texts: list[str], out: Path) -> CorpusReport:
    """Push every file and text through Harbour in a new vault at ``profile``."""
    report = CorpusReport()
    baseline = psutil_rss()

    def work() -> None:
        vault, _ = Vault.create(profile, use_keyring=True)
        case = diary.add_case(vault.conn, Case(title="Hostile", age_group=AgeGroup.ADULT))
        try:
            _files(report, vault, case.id or 0, paths, out)
            _texts(report, vault, case.id or 0, texts)
        finally:
            vault.lock()

    _, growth = peak_rss_growth(work)
    report.peak_rss = baseline + growth
    return report


def psutil_rss() -> int:
    """This process's resident memory now, in bytes."""
    import psutil

    return int(psutil.Process().memory_info().rss)
