"""Icons: the line icons in resources/icons, drawn in the theme's text colour.

The SVGs say "currentColor"; each icon is drawn by a small QIconEngine at
whatever size and pixel ratio is asked, so icons stay sharp at 200%
scaling and follow the theme (disabled ones are drawn in the muted colour).
GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.paths import resources_dir
from app.ui.theme import Colors

APP_ICON = "tramontane"


def icons_dir() -> Path:
    return resources_dir() / "icons"


class _TintedSvg(QIconEngine):
    def __init__(self, svg: str, color: str, disabled: str) -> None:
        super().__init__()
        self._svg = svg
        self._color, self._disabled = color, disabled
        self._renderers: dict[str, QSvgRenderer] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        color = self._disabled if mode == QIcon.Mode.Disabled else self._color
        if color not in self._renderers:
            data = self._svg.replace("currentColor", color).encode()
            self._renderers[color] = QSvgRenderer(QByteArray(data))
        return self._renderers[color]

    def paint(self, painter: QPainter, rect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, image.rect(), mode, state)
        painter.end()
        return QPixmap.fromImage(image)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:  # noqa: N802
        pixmap = self.pixmap(QSize(round(size.width() * scale), round(size.height() * scale)), mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _TintedSvg(self._svg, self._color, self._disabled)


class Icons:
    """Makes icons in the colours of the theme in use."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder or icons_dir()
        self._sources: dict[str, str] = {}

    def icon(self, name: str, colors: Colors) -> QIcon:
        return QIcon(_TintedSvg(self._source(name), colors.text, colors.muted))

    def app_icon(self) -> QIcon:
        """The app's own icon keeps its colours."""
        return QIcon(str(self._folder / f"{APP_ICON}.svg"))

    def _source(self, name: str) -> str:
        if name not in self._sources:
            try:
                self._sources[name] = (self._folder / f"{name}.svg").read_text(encoding="utf-8")
            except OSError:
                self._sources[name] = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'/>"
        return self._sources[name]
