"""MarkdownView: one assistant message, rendered as Markdown without trusting it.

Lives on the GUI thread, like every widget. The text is model output, so it is
data: rendering fetches nothing (images become placeholders, no resource is
ever loaded), raw HTML stays visible as characters, and links are only
reported, never opened; confirm_and_open_link() asks the user first.

Fenced code blocks are cut out of the text (fences.py, as CommonMark does) and
shown as their own widgets with a Copy button; the prose between them goes
through Qt's own Markdown reader (prose_view.py). While a reply streams, only
its last block changes: the ones before are left as they are.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase, QGuiApplication, QPainter, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.chat.fences import Segment, split_segments
from app.ui.chat.prose_view import ProseView, tint
from app.ui.plaintext import message_box

_WEB_SCHEMES = ("http", "https")
# Pieces sit in columns of GROUP: a new piece relays out its own column and the list of columns,
# not every piece of a reply with a thousand code blocks.
GROUP = 24
_THIN_SCROLL_BAR = """
    QScrollBar:horizontal { height: 8px; background: transparent; margin: 0 0 2px 0; }
    QScrollBar::handle:horizontal { background: palette(mid); border-radius: 3px; min-width: 24px; }
    QScrollBar::add-line, QScrollBar::sub-line, QScrollBar::add-page, QScrollBar::sub-page {
        width: 0; background: none; }
"""


class _CodeBlock(QFrame):
    """One fenced code block: a header with its language and Copy, then the code, unwrapped."""

    copied = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._code = ""
        self._language = QLabel(self, textFormat=Qt.TextFormat.PlainText,
                                foregroundRole=QPalette.ColorRole.PlaceholderText)
        self._copy = QToolButton(self, autoRaise=True)
        self._copy.clicked.connect(self._on_copy_clicked)
        # The fixed-pitch family only, not its size: the size follows the app's text size.
        fixed = QFont()
        fixed.setFamilies(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).families())
        fixed.setStyleHint(QFont.StyleHint.Monospace)
        self._editor = QPlainTextEdit(
            self, readOnly=True, frameShape=QFrame.Shape.NoFrame, font=fixed,
            lineWrapMode=QPlainTextEdit.LineWrapMode.NoWrap,
            textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard,
            verticalScrollBarPolicy=Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._editor.setTabStopDistance(4 * self._editor.fontMetrics().horizontalAdvance(" "))
        self._editor.viewport().setAutoFillBackground(False)
        self._editor.document().setDocumentMargin(3)
        self._editor.horizontalScrollBar().setStyleSheet(_THIN_SCROLL_BAR)
        # The scroll bar appears only when a line is too long; the height must make room then.
        self._editor.horizontalScrollBar().rangeChanged.connect(self._fit_height)
        header = QHBoxLayout()
        header.setContentsMargins(3, 0, 0, 0)      # the code's own margin is 3: they line up
        header.addWidget(self._language, 1)
        header.addWidget(self._copy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 2, 4, 5)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self._editor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def retranslate(self) -> None:
        self._copy.setText(self.tr("Copy"))
        self._copy.setAccessibleName(self.tr("Copy code"))
        self._copy.setToolTip(self.tr("Copy this code"))
        self._editor.setAccessibleName(self.tr("Code"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._editor.setTabStopDistance(4 * self._editor.fontMetrics().horizontalAdvance(" "))
            QTimer.singleShot(0, self, self._fit_height)

    def set_segment(self, segment: Segment) -> None:
        self._language.setText(segment.language)
        if segment.text == self._code:
            return
        if self._code and segment.text.startswith(self._code):
            # While a reply streams the block only grows: append instead of retyping it all.
            cursor = QTextCursor(self._editor.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(segment.text[len(self._code):])
        else:
            self._editor.setPlainText(segment.text)
        self._code = segment.text
        self._fit_height()

    def _fit_height(self) -> None:
        editor = self._editor
        doc = editor.document()
        # Lines share one height (one font, no wrapping); the last also holds the bottom margin.
        # QPlainTextEdit counts whole pixels and wants one to spare, or it scrolls by a line and
        # takes the mouse wheel from the message list.
        layout = doc.documentLayout()
        line = int(layout.blockBoundingRect(doc.firstBlock()).height())
        last = int(layout.blockBoundingRect(doc.lastBlock()).height())
        height = (editor.blockCount() - 1) * line + last + doc.documentMargin() + 1
        if editor.horizontalScrollBar().maximum() > 0:
            height += editor.horizontalScrollBar().sizeHint().height()
        editor.setFixedHeight(math.ceil(height) + 2 * editor.frameWidth())

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._code)
        self.copied.emit(self._code)
        self._copy.setText(self.tr("Copied"))
        QTimer.singleShot(1500, self, lambda: self._copy.setText(self.tr("Copy")))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(tint(self, 40))
        painter.setBrush(tint(self, 13))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)


class MarkdownView(QWidget):
    """Renders untrusted model output as Markdown, safely. GUI thread only."""

    link_requested = Signal(QUrl)      # an http(s) link the user clicked; nothing else is ever emitted
    copy_requested = Signal(str)       # the code of a block whose Copy button was pressed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._segments: list[Segment] = []
        self._pieces: list[QWidget] = []       # one widget per segment, same order
        self._columns: list[QWidget] = []      # the pieces, GROUP to a column
        self._layout = _column(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def pieces(self) -> list[QWidget]:
        """The shown parts of the message, top to bottom: text, code block, text..."""
        return list(self._pieces)

    def markdown(self) -> str:
        return self._text

    def plain_text(self) -> str:
        """What Copy on the message copies: the Markdown source, as the model wrote it."""
        return self._text

    def set_markdown(self, text: str) -> None:
        """Shows `text`; cheap to call again with a longer text while a reply streams."""
        if text == self._text:
            return
        kept = 0
        if self._text and text.startswith(self._text) and len(self._segments) > 1:
            # Only the last line changed: it can change the last two segments, no other.
            kept = len(self._segments) - 2
            segments = self._segments[:kept] + split_segments(text, self._segments[kept].start)
        elif self._text and text.startswith(self._text) and self._segments[0].kind == "prose":
            # One run of prose so far: fences can only begin on its last line or after it.
            last_line = self._segments[0].start + self._segments[0].text.rfind("\n") + 1
            segments = split_segments(text, self._segments[0].start, last_line)
        else:
            segments = split_segments(text)
        self._text = text
        for index in range(kept, len(segments)):
            segment = segments[index]
            if index < len(self._segments) and self._segments[index] == segment:
                continue        # unchanged: leave its widget alone (usually all but the last)
            if index < len(self._pieces) and self._segments[index].kind != segment.kind:
                self._drop_pieces(index)
            if index >= len(self._pieces):
                self._add_piece(self._make_piece(segment.kind))
            piece = self._pieces[index]
            if segment.kind == "code":
                piece.set_segment(segment)
            else:
                piece.set_markdown(segment.text)
        self._drop_pieces(len(segments))
        self._segments = segments

    def _make_piece(self, kind: str) -> QWidget:
        if kind == "code":
            block = _CodeBlock(self)
            block.copied.connect(self.copy_requested)
            return block
        prose = ProseView(self)
        prose.anchorClicked.connect(self._on_anchor_clicked)
        return prose

    def _add_piece(self, piece: QWidget) -> None:
        if not self._columns or self._columns[-1].layout().count() >= GROUP:
            self._columns.append(QWidget(self, sizePolicy=self.sizePolicy()))
            _column(self._columns[-1])
            self._layout.addWidget(self._columns[-1])
        self._columns[-1].layout().addWidget(piece)
        self._pieces.append(piece)

    def _drop_pieces(self, start: int) -> None:
        drop = len(self._pieces) - start
        doomed: list[QWidget] = []
        while self._columns and self._columns[-1].layout().count() <= drop:
            drop -= self._columns[-1].layout().count()
            doomed.append(self._columns.pop())      # the column goes, with the pieces in it
        doomed += self._pieces[start:start + drop]
        for widget in doomed:
            widget.parentWidget().layout().removeWidget(widget)
            widget.hide()           # gone from view now; the widget itself goes on the next turn
            widget.deleteLater()
        del self._pieces[start:]
        del self._segments[start:]

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if _is_web_link(url):
            self.link_requested.emit(url)


def _column(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    return layout


def _is_web_link(url: QUrl) -> bool:
    return url.isValid() and url.scheme().lower() in _WEB_SCHEMES and bool(url.host())


def confirm_and_open_link(url: QUrl, parent: QWidget, offline: bool = False) -> bool:
    """Opens an http(s) link in the browser after the user says yes; any other link does nothing.

    offline: the user chose to work offline; the question then says so, and names
    the computer the browser would contact."""
    if not _is_web_link(url):
        return False
    translate = QCoreApplication.translate     # by this name, so that pyside6-lupdate finds its calls
    if offline:
        text = translate("MarkdownView", "Tramontane is set to work offline. Opening this link makes your browser "
                                         "contact %1. Open it anyway?").replace("%1", url.host())
    else:
        text = translate("MarkdownView", "Open this link in your browser?")
    # The address is model output: shown as letters only, in full, so the user sees where it goes.
    box = message_box(QMessageBox.Icon.Warning if offline else QMessageBox.Icon.Question,
                      translate("MarkdownView", "Open link"), f"{text}\n\n{url.toDisplayString()}", parent,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return False
    return QDesktopServices.openUrl(url)
