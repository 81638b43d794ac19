"""Read a SQLCipher 4 database (and its WAL) page by page with the raw key, as an attacker with
the key and a copy of the files would, to prove deleted text is really gone from disk."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80  # 16-byte IV + 64-byte HMAC-SHA512, SQLCipher 4 defaults
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    body = page[start : PAGE_SIZE - RESERVE]
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def plaintext_pages(key: bytes, db_path: Path) -> bytes:
    """Every page of the database file and its WAL, decrypted and joined."""
    data = db_path.read_bytes()
    pages = [
        _decrypt_page(key, data[i : i + PAGE_SIZE], i == 0) for i in range(0, len(data), PAGE_SIZE)
    ]
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        raw = wal.read_bytes()
        frame = FRAME_HEADER + PAGE_SIZE
        for i in range(WAL_HEADER, len(raw) - frame + 1, frame):
            number = int.from_bytes(raw[i : i + 4], "big")
            pages.append(_decrypt_page(key, raw[i + FRAME_HEADER : i + frame], number == 1))
    return b"".join(pages)
