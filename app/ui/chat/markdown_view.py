"""MarkdownView: one assistant message, rendered as Markdown without trusting it.

Lives on the GUI thread, like every widget. The text is model output, so it is
data: rendering fetches nothing (images become placeholders, no resource is
ever loaded), raw HTML stays visible as characters, and links are only
reported, never opened; confirm_and_open_link() asks the user first.

Fenced code blocks are cut out of the text here (line by line, as CommonMark
does) and shown as their own widgets with a Copy button; the prose between
them goes through Qt's own Markdown reader, one QTextBrowser per piece.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (QColor, QDesktopServices, QFont, QFontDatabase, QGuiApplication, QImage, QPainter,
                           QPalette, QTextBlock, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument,
                           QTextFormat, QTextOption, QTextTable)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QMessageBox, QPlainTextEdit, QSizePolicy,
                               QTextBrowser, QToolButton, QVBoxLayout, QWidget)

from app.ui.chat.fences import Segment, split_segments

_WEB_SCHEMES = ("http", "https")
_MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML
# Qt's reader sizes headings up to twice the text; a chat reply wants them calm.
_HEADING_SCALE = {1: 1.3, 2: 1.18, 3: 1.08}
_THIN_SCROLL_BAR = """
    QScrollBar:horizontal { height: 8px; background: transparent; margin: 0 0 2px 0; }
    QScrollBar::handle:horizontal { background: rgba(128, 128, 128, 110); border-radius: 3px; min-width: 24px; }
    QScrollBar::add-line, QScrollBar::sub-line, QScrollBar::add-page, QScrollBar::sub-page { width: 0; background: none; }
"""
def _tint(widget: QWidget, alpha: int) -> QColor:
    """The text colour, faint: a wash that reads on light and dark themes alike."""
    color = QColor(widget.palette().color(QPalette.ColorRole.Text))
    color.setAlpha(alpha)
    return color


def _list_edge(item: QTextBlock, neighbour: QTextBlock) -> bool:
    """Whether a list item borders something other than its own list (nested lists belong to it)."""
    mine, theirs = item.textList(), neighbour.textList()
    return theirs is None or (theirs != mine and mine.format().indent() == theirs.format().indent() == 1)


class _SafeDocument(QTextDocument):
    """A document that loads no resource at all: no network, no file, no data: URL."""

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt's name)
        # Never call the base class: it would read file: URLs (and UNC paths reach the network).
        return QImage() if kind == QTextDocument.ResourceType.ImageResource else None


class _ProseView(QTextBrowser):
    """A piece of prose: selectable, link-aware, exactly as tall as its text."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, openLinks=False, openExternalLinks=False, frameShape=QFrame.Shape.NoFrame,
                         verticalScrollBarPolicy=Qt.ScrollBarPolicy.ScrollBarAlwaysOff,
                         horizontalScrollBarPolicy=Qt.ScrollBarPolicy.ScrollBarAlwaysOff,
                         wordWrapMode=QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere,
                         textInteractionFlags=Qt.TextInteractionFlag.TextBrowserInteraction
                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAccessibleName(self.tr("Message text"))
        self._text = ""
        self.setDocument(_SafeDocument(self))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)    # the message bubble shows through
        self.document().setDocumentMargin(0)
        self.document().setIndentWidth(22)
        self.document().setUndoRedoEnabled(False)     # read-only: no need to keep history
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        # A new text size or language: draw again (heading sizes and image placeholders depend on them).
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.setAccessibleName(self.tr("Message text"))
            self.set_markdown(self._text)

    def set_markdown(self, text: str) -> None:
        self._text = text
        doc = self.document()
        doc.setDefaultFont(self.font())
        if text.strip():
            doc.setMarkdown(text, _MARKDOWN)
            self._restyle(doc)
        else:
            doc.setPlainText(text)      # Markdown would drop a reply made only of spaces
        self._fit_height()

    def _restyle(self, doc: QTextDocument) -> None:
        """Calm headings and spacing, tinted code and quotes, quiet tables, placeholders for images."""
        line, base = self.fontMetrics().lineSpacing(), self.font().pointSizeF()
        spans: list[tuple[int, int, QTextCharFormat]] = []     # set after the walk, not during it
        images: list[tuple[int, str]] = []
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()         # one relayout for everything below, not one per change
        block = doc.begin()
        while block.isValid():
            fmt = block.blockFormat()
            level, quote = fmt.headingLevel(), fmt.intProperty(QTextFormat.Property.BlockQuoteLevel)
            top, bottom = fmt.topMargin(), fmt.bottomMargin()   # table cells: none, and so it stays
            if level:
                top, bottom = 0.7 * line, 0.2 * line
            elif block.textList():      # tight items, with room around the list as a whole
                top = 0.3 * line if _list_edge(block, block.previous()) else 1
                bottom = 0.3 * line if _list_edge(block, block.next()) else 1
            elif top > 0:               # paragraphs and quotes
                top = bottom = 0.3 * line
            fmt.setTopMargin(0 if block == doc.begin() else top)
            fmt.setBottomMargin(0 if block == doc.lastBlock() else bottom)
            if quote:
                fmt.setLeftMargin(14 * quote)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
            it = block.begin()
            while not it.atEnd():
                fragment, char_format = it.fragment(), it.fragment().charFormat()
                it += 1
                if char_format.isImageFormat():
                    alt = char_format.stringProperty(QTextFormat.Property.ImageAltText)
                    images.append((fragment.position(), alt))
                    continue
                if level and base > 0:  # Qt's steps are 1.5x and 2x; an explicit size is quieter
                    char_format.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                    char_format.setFontPointSize(base * _HEADING_SCALE.get(level, 1.0))
                elif char_format.fontFixedPitch():
                    char_format.setBackground(_tint(self, 22))
                elif quote:
                    char_format.setForeground(_tint(self, 170))
                else:
                    continue
                spans.append((fragment.position(), fragment.length(), char_format))
            block = block.next()
        for start, length, char_format in spans:
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(char_format)
        placeholder = QTextCharFormat()
        placeholder.setBackground(_tint(self, 26))
        placeholder.setForeground(_tint(self, 160))
        for position, alt in reversed(images):      # from the end, so earlier positions stay valid
            cursor.setPosition(position)
            cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
            words = self.tr("[image: %1]").replace("%1", alt or self.tr("no description"))
            cursor.insertText(f"\N{NO-BREAK SPACE}{words}\N{NO-BREAK SPACE}", placeholder)
        for table in doc.rootFrame().childFrames():
            if isinstance(table, QTextTable):
                self._calm_table(table, line)
        cursor.endEditBlock()

    def _calm_table(self, table: QTextTable, line: int) -> None:
        fmt = table.format()
        fmt.setBorderBrush(_tint(self, 50))
        fmt.setCellPadding(5)
        fmt.setTopMargin(0.3 * line)
        fmt.setBottomMargin(0.3 * line)
        table.setFormat(fmt)
        # Qt's reader leaves an empty line (and a plain heading) in the first cell after a quote.
        cell = table.cellAt(0, 0)
        cursor = cell.firstCursorPosition()
        if not cursor.block().text() and cell.lastPosition() > cursor.position():
            cursor.deleteChar()
            cursor.setBlockFormat(QTextBlockFormat())
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            cursor.mergeCharFormat(bold)

    def _fit_height(self) -> None:
        height = self.document().size().height() + 2 * self.frameWidth()
        self.setFixedHeight(max(1, math.ceil(height)))


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
        painter.setPen(_tint(self, 40))
        painter.setBrush(_tint(self, 13))
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
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def markdown(self) -> str:
        return self._text

    def plain_text(self) -> str:
        """What Copy on the message copies: the Markdown source, as the model wrote it."""
        return self._text

    def set_markdown(self, text: str) -> None:
        """Shows `text`; cheap to call again with a longer text while a reply streams."""
        if text == self._text:
            return
        self._text = text
        segments = split_segments(text)
        for index, segment in enumerate(segments):
            if index < len(self._segments) and self._segments[index] == segment:
                continue        # unchanged: leave its widget alone (usually all but the last)
            if index < len(self._pieces) and self._segments[index].kind != segment.kind:
                self._drop_pieces(index)
            if index >= len(self._pieces):
                self._pieces.append(self._make_piece(segment.kind))
                self._layout.addWidget(self._pieces[-1])
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
        prose = _ProseView(self)
        prose.anchorClicked.connect(self._on_anchor_clicked)
        return prose

    def _drop_pieces(self, start: int) -> None:
        for piece in self._pieces[start:]:
            self._layout.removeWidget(piece)
            piece.hide()            # gone from view now; the widget itself goes on the next turn
            piece.deleteLater()
        del self._pieces[start:]
        del self._segments[start:]

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if _is_web_link(url):
            self.link_requested.emit(url)


def _is_web_link(url: QUrl) -> bool:
    return url.isValid() and url.scheme().lower() in _WEB_SCHEMES and bool(url.host())


def confirm_and_open_link(url: QUrl, parent: QWidget) -> bool:
    """Opens an http(s) link in the browser after the user says yes; any other link does nothing."""
    if not _is_web_link(url):
        return False
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("MarkdownView", "Open link"),
                      QCoreApplication.translate("MarkdownView", "Open this link in your browser?")
                      + f"\n\n{url.toDisplayString()}",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)      # the address is model output: letters only
    box.setDefaultButton(QMessageBox.StandardButton.No)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return False
    return QDesktopServices.openUrl(url)
