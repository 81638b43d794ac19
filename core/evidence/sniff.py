"""What a file is, from its first bytes (magic numbers), not from its name.

``filetype`` knows the common formats; the ISO base media family (HEIF/HEIC, 3GP, M4V and other
``ftyp`` brands), JPEG XL and SVG are recognised here as well, because the under-18 guard must
catch every image and video. The file name's extension is a second, independent signal.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import PurePath

import filetype

HEAD_BYTES = 8192  # what filetype reads; enough for every signature used here

_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
_IMAGE_BRANDS = _HEIF_BRANDS | {b"avif", b"avis", b"jxl ", b"crx "}
_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "}
_JXL_CONTAINER = b"\x00\x00\x00\x0cJXL \r\n\x87\n"
_MEDIA_EXTENSIONS = frozenset(
    {"3g2", "3gp", "apng", "arw", "avi", "avif", "bmp", "cr2", "cr3", "dng", "flv", "gif"}
    | {"gifv", "heic", "heif", "hevc", "ico", "jfif", "jpe", "jpeg", "jpg", "jxl", "m2ts", "m4v"}
    | {"mkv", "mov", "mp4", "mpeg", "mpg", "mts", "nef", "ogv", "orf", "pjpeg", "png", "psd"}
    | {"raf", "rw2", "svg", "svgz", "tif", "tiff", "ts", "vob", "webm", "webp", "wmv"}
)
_ARCHIVES = {"zip", "tar", "rar", "gz", "bz2", "7z", "xz", "zstd", "lz", "cab", "ar", "rpm", "deb"}


@dataclass(frozen=True)
class Sniffed:
    """A MIME type and a broad kind: image, video, audio, document, archive, text or other."""

    mime: str
    kind: str

    @property
    def is_image_or_video(self) -> bool:
        """True for any picture or moving picture."""
        return self.kind in ("image", "video")


def _ftyp(head: bytes) -> Sniffed | None:
    if head[4:8] != b"ftyp":
        return None
    size = int.from_bytes(head[0:4], "big")
    end = min(max(size, 16), len(head))
    brands = {head[8:12], *(head[i : i + 4] for i in range(16, end - 3, 4))}
    if brands & _IMAGE_BRANDS:
        return Sniffed("image/avif" if b"avif" in brands else "image/heif", "image")
    if brands <= _AUDIO_BRANDS:
        return Sniffed("audio/mp4", "audio")
    if any(b.startswith(b"3g") for b in brands):
        return Sniffed("video/3gpp", "video")
    return Sniffed("video/mp4", "video")


def _text(head: bytes) -> Sniffed | None:
    if b"\x00" in head:
        return None
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # a character cut off at the end of the head is fine
            return None
        text = head[: exc.start].decode("utf-8")
    if "<svg" in text.lower():
        return Sniffed("image/svg+xml", "image")
    return Sniffed("text/plain", "text")


def _kind_of(mime: str, extension: str) -> str:
    major = mime.split("/", 1)[0]
    if major in ("image", "video", "audio", "font"):
        return major
    if extension in _ARCHIVES:
        return "archive"
    return "document"


def sniff(head: bytes) -> Sniffed:
    """The type of a file from its first ``HEAD_BYTES`` bytes."""
    if not head:
        return Sniffed("application/x-empty", "other")
    found = _ftyp(head)
    if found is not None:
        return found
    if head.startswith((b"\xff\x0a", _JXL_CONTAINER)):
        return Sniffed("image/jxl", "image")
    guess = filetype.guess(head)
    if guess is not None:
        return Sniffed(str(guess.mime), _kind_of(str(guess.mime), str(guess.extension)))
    return _text(head) or Sniffed("application/octet-stream", "other")


def name_says_image_or_video(name: str | None) -> bool:
    """True when a file name's extension belongs to a picture or video format."""
    if not name:
        return False
    suffix = PurePath(name.replace("\\", "/")).suffix.lower().lstrip(".")
    if suffix in _MEDIA_EXTENSIONS:
        return True
    guessed, _ = mimetypes.guess_type(f"x.{suffix}", strict=False)
    return bool(guessed) and str(guessed).startswith(("image/", "video/"))
