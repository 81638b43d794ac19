"""Draw the Windows and macOS icons from the Linux SVG icon, so all three stay the same picture.

Run after changing ``linux/org.harbour.Harbour.svg``::

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

Writes ``windows/harbour.ico`` (PNG images at 16-256 px) and ``macos/harbour.icns``, or both
into the folder given as the first argument (the tests check the committed icons that way).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE / "linux" / "org.harbour.Harbour.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {b"ic11": 32, b"ic12": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The icon drawn at ``size`` x ``size`` pixels on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    return bytes(data.data())


def ico(images: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """A Windows .ico holding one PNG per size (Windows Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(images: dict[bytes, bytes]) -> bytes:
    """A macOS .icns holding one PNG per icon type (macOS 10.7 and later read PNG entries)."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    """Write both icons."""
    app = QGuiApplication(sys.argv[:1])
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    renderer = QSvgRenderer(str(SVG))
    pngs = [png_bytes(render(renderer, size)) for size in ICO_SIZES]
    ((out or HERE / "windows") / "harbour.ico").write_bytes(ico(pngs, ICO_SIZES))
    mac = {kind: png_bytes(render(renderer, size)) for kind, size in ICNS_TYPES.items()}
    ((out or HERE / "macos") / "harbour.icns").write_bytes(icns(mac))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
