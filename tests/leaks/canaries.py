"""Canaries for the leak sweep: unique strings in four scripts, and a unique picture.

Every canary is derived from one random seed and a tag naming where it was typed, so a hit
says which field leaked. Each carries a long random ASCII tail, which survives the escaping a
settings file or URL would apply (see ``tests.leaks.search.ascii_stretches``). The book records
every canary it hands out, so the search looks for exactly what was typed.
"""

from __future__ import annotations

import hashlib
import json
import random
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

import phonenumbers
import schwifty

SCRIPTS = {
    "ascii": "HBCANARY",
    "latin": "Ŵyn-ñandú-ção",
    "arabic": "ابتزاز-سري",
    "hebrew": "סחיטה-סודית",
}


class CanaryBook:
    """Hands out canaries for tags and remembers each one."""

    def __init__(self, seed: str) -> None:
        self.seed = seed
        self.made: dict[str, str] = {}  # canary -> tag

    def _digest(self, *parts: object) -> str:
        joined = "|".join(str(p) for p in (self.seed, *parts))
        return hashlib.sha256(joined.encode("utf-8")).hexdigest()

    def keep(self, value: str, tag: str) -> str:
        """Remember a secret made elsewhere (a recovery key) as a canary."""
        self.made[value] = tag
        return value

    def text(self, tag: str, script: str = "ascii") -> str:
        """A canary in ``script`` (ascii, latin, arabic, hebrew) for the field ``tag``."""
        return self.keep(f"{SCRIPTS[script]}-{tag}-{self._digest(tag, script)[:16]}", tag)

    def phone(self, tag: str) -> str:
        """A valid UK mobile number, typed with spaces; its E.164 form is a canary too."""
        for attempt in range(1000):
            digits = str(int(self._digest(tag, attempt), 16))[-8:]
            e164 = f"+4479{digits}"
            if phonenumbers.is_valid_number(phonenumbers.parse(e164)):
                self.keep(e164, tag)
                return self.keep(f"+44 79{digits[:2]} {digits[2:]}", tag)
        raise AssertionError("no valid phone number found")  # pragma: no cover

    def email(self, tag: str) -> str:
        """An e-mail address with a random local part."""
        return self.keep(f"hb-{tag}-{self._digest(tag)[:16]}@example.org", tag)

    def iban(self, tag: str) -> str:
        """A valid British IBAN with a random account number, in its compact form."""
        account = str(int(self._digest(tag), 16))[-8:]
        iban = schwifty.IBAN.generate("GB", bank_code="NWBK601613", account_code=account)
        return self.keep(str(iban.compact), tag)

    def save(self, path: Path) -> None:
        """Write what was handed out (for the process that searches afterwards)."""
        path.write_text(json.dumps(self.made, ensure_ascii=False, indent=1), encoding="utf-8")

    @staticmethod
    def load(path: Path) -> dict[str, str]:
        """Canaries written by ``save``: canary -> tag."""
        loaded = json.loads(path.read_text(encoding="utf-8"))
        assert isinstance(loaded, dict)
        return {str(k): str(v) for k, v in loaded.items()}


@dataclass(frozen=True)
class Picture:
    """A PNG of random RGB pixels with canary text chunks, and its decoded pixels."""

    png: bytes
    width: int
    height: int
    rgb: bytes  # row by row, 3 bytes a pixel

    def needles(self) -> list[bytes]:
        """Bytes that only this picture holds: a slice of the file, and a stretch of its pixels
        in each layout a decoder or a thumbnail writer may keep them (RGB, BGR, RGBA, BGRA,
        ARGB)."""
        middle = len(self.png) // 2
        row = self.height // 2
        start = (row * self.width + self.width // 4) * 3
        pixels = [self.rgb[i : i + 3] for i in range(start, start + 16 * 3, 3)]
        layouts = [
            b"".join(p for p in pixels),
            b"".join(p[::-1] for p in pixels),
            b"".join(p + b"\xff" for p in pixels),
            b"".join(p[::-1] + b"\xff" for p in pixels),
            b"".join(b"\xff" + p for p in pixels),
        ]
        return [self.png[middle : middle + 64], *layouts]


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def canary_picture(book: CanaryBook, width: int = 48, height: int = 40) -> Picture:
    """A small picture no other file holds, with canaries in its text chunks."""
    rgb = random.Random(book.seed).randbytes(width * height * 3)
    rows = b"".join(b"\x00" + rgb[y * width * 3 : (y + 1) * width * 3] for y in range(height))
    comment = book.text("png-comment").encode("latin-1")
    described = book.text("png-description", "latin").encode("utf-8")
    png = b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)),
            _chunk(b"tEXt", b"Comment\x00" + comment),
            _chunk(b"iTXt", b"Description\x00\x00\x00\x00\x00" + described),
            _chunk(b"IDAT", zlib.compress(rows, 9)),
            _chunk(b"IEND", b""),
        )
    )
    return Picture(png, width, height, rgb)
