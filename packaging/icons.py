"""Render the app icon (resources/icons/tramontane.svg) for the installers.

Writes into the folder given: PNGs in the freedesktop sizes (the .deb's
hicolor theme), tramontane.ico (Windows) and tramontane.icns (macOS). Qt's own
SVG renderer and image plugins do it, so no other tool is needed on any OS.

Usage: python packaging/icons.py OUT_DIR
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "tramontane.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main(out: Path) -> int:
    _app = QGuiApplication([])  # noqa: F841 (image plugins need an application)
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        if not render(renderer, size).save(str(out / f"tramontane-{size}.png")):
            return 1
    # Qt's ico and icns writers take one image; they store the sizes the OS needs most.
    ok = render(renderer, 256).save(str(out / "tramontane.ico")) and \
        render(renderer, 512).save(str(out / "tramontane.icns"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
