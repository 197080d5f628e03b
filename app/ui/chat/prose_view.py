"""ProseView: the prose of a reply (between its code blocks), rendered by Qt's
Markdown reader into a document that loads nothing.

A reply that streams in grows at its end, so the view renders only its last
piece again: fences.ProseCutter says where the text can be cut so that the
pieces before render as they would with the rest, and those stay in the
document untouched. A 1 MB reply then costs per update what its last piece
costs, not what the whole reply costs. GUI thread.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextOption,
    QTextTable,
)
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

from app.ui.chat.fences import Cut, ProseCutter

MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML
# Qt's reader sizes headings up to twice the text; a chat reply wants them calm.
_HEADING_SCALE = {1: 1.3, 2: 1.18, 3: 1.08}
# The margins Qt's reader gave a block, kept on it: restyling a block again starts from them.
_READER_TOP = QTextFormat.Property.UserProperty + 1
_READER_BOTTOM = QTextFormat.Property.UserProperty + 2
_JOINED = QTextFormat.Property.UserProperty + 3      # the block continues the paragraph above it
_RULE = QTextFormat.Property.BlockTrailingHorizontalRulerWidth


def tint(widget: QWidget, alpha: int) -> QColor:
    """The text colour, faint: a wash that reads on light and dark themes alike."""
    color = QColor(widget.palette().color(QPalette.ColorRole.Text))
    color.setAlpha(alpha)
    return color


def _list_edge(item: QTextBlock, neighbour: QTextBlock) -> bool:
    """Whether a list item borders something other than its own list (nested lists belong to it)."""
    mine, theirs = item.textList(), neighbour.textList()
    return theirs is None or (theirs != mine and mine.format().indent() == theirs.format().indent() == 1)


class SafeDocument(QTextDocument):
    """A document that loads no resource at all: no network, no file, no data: URL."""

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt's name)
        # Never call the base class: it would read file: URLs (and UNC paths reach the network).
        return QImage() if kind == QTextDocument.ResourceType.ImageResource else None


class ProseView(QTextBrowser):
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
        self._cutter = ProseCutter()
        self._tail = (0, 0, False)  # where the last piece begins, in the text and the document; joined
        self.setDocument(SafeDocument(self))
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
            text, self._text = self._text, ""
            self.set_markdown(text)

    def markdown(self) -> str:
        return self._text

    def set_markdown(self, text: str) -> None:
        """Shows `text`; a text that extends the one shown costs only its last piece."""
        if text == self._text:
            return
        if not (self._text and text.startswith(self._text)):
            self._cutter = ProseCutter()
            self._tail = (0, 0, False)
            self.document().setDefaultFont(self.font())
        self._text = text
        cuts = self._cutter.feed(text)
        if cuts is None:        # to be rendered whole, each time
            self._tail, cuts = (0, 0, False), []
        self._write(cuts)
        self._fit_height()

    def _write(self, cuts: list[Cut]) -> None:
        """Replaces the last piece with the text from there on, cut at `cuts`."""
        offset, position, joined = self._tail
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        # Pieces between plain cuts render alike apart or together: one reading for all of them.
        for cut, joins in cuts:
            if joins:
                self._append(self._text[offset:cut], joined)
                offset, joined = cut, True
        if cuts and cuts[-1][0] > offset:
            self._append(self._text[offset:cuts[-1][0]], joined)
            offset, joined = cuts[-1][0], False
        self._tail = (offset, self.document().characterCount() - 1, joined)
        self._append(self._text[offset:], joined)

    def _append(self, source: str, joined: bool) -> None:
        """Renders `source` at the end of the document; `joined`: it continues the paragraph there."""
        doc = self.document()
        start = doc.characterCount() - 1
        if start == 0:
            if source.strip():
                doc.setMarkdown(source, MARKDOWN)
            else:
                doc.setPlainText(source)    # Markdown would drop a reply made only of spaces
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()             # one relayout for everything below
        if start > 0:
            piece = QTextDocument()
            piece.setMarkdown(source, MARKDOWN)
            # Inserting merges a fragment's first block into the block at the cursor, which keeps its
            # own format: so the fragment starts with an empty block, and its first real one stays whole.
            # (A piece that starts with a table or a rule has one already: Qt's reader puts it there.)
            first = piece.begin()
            if first.text() or first.textList() is not None or first.blockFormat().hasProperty(_RULE):
                head = QTextCursor(piece)
                head.insertBlock(head.blockFormat(), head.charFormat())
                first = piece.begin()
                if first.textList() is not None:
                    first.textList().remove(first)
                head.movePosition(QTextCursor.MoveOperation.Start)
                head.setBlockFormat(QTextBlockFormat())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertFragment(QTextDocumentFragment(piece))
            if joined:
                block = doc.findBlock(start).next()
                fmt = block.blockFormat()
                fmt.setProperty(_JOINED, True)
                QTextCursor(block).setBlockFormat(fmt)
        self._restyle(doc.findBlock(start), start)
        cursor.endEditBlock()

    def _restyle(self, first: QTextBlock, chars_from: int) -> None:
        """Calm headings and spacing, tinted code and quotes, quiet tables, placeholders for images:
        block spacing from `first` on (the block before new text may need a new bottom margin),
        everything else in the text from `chars_from` on."""
        doc = self.document()
        line, base = self.fontMetrics().lineSpacing(), self.font().pointSizeF()
        spans: list[tuple[int, int, QTextCharFormat]] = []     # set after the walk, not during it
        images: list[tuple[int, str]] = []
        cursor = QTextCursor(doc)
        block = first
        while block.isValid():
            fmt = block.blockFormat()
            if not fmt.hasProperty(_READER_TOP):
                fmt.setProperty(_READER_TOP, fmt.topMargin())
                fmt.setProperty(_READER_BOTTOM, fmt.bottomMargin())
            top, bottom = fmt.doubleProperty(_READER_TOP), fmt.doubleProperty(_READER_BOTTOM)
            level, quote = fmt.headingLevel(), fmt.intProperty(QTextFormat.Property.BlockQuoteLevel)
            if level:                   # table cells have no margins, and so it stays
                top, bottom = 0.7 * line, 0.2 * line
            elif block.textList():      # tight items, with room around the list as a whole
                top = 0.3 * line if _list_edge(block, block.previous()) else 1
                bottom = 0.3 * line if _list_edge(block, block.next()) else 1
            elif top > 0:               # paragraphs and quotes
                top = bottom = 0.3 * line
            if fmt.boolProperty(_JOINED):
                top = 0
            if block.next().isValid() and block.next().blockFormat().boolProperty(_JOINED):
                bottom = 0
            fmt.setTopMargin(0 if block == doc.begin() else top)
            fmt.setBottomMargin(0 if block == doc.lastBlock() else bottom)
            if quote:
                fmt.setLeftMargin(14 * quote)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
            it = block.begin()
            while block.position() >= chars_from and not it.atEnd():
                fragment, char_format = it.fragment(), it.fragment().charFormat()
                it += 1
                if char_format.isImageFormat():
                    images.append((fragment.position(), char_format.stringProperty(QTextFormat.Property.ImageAltText)))
                    continue
                if level and base > 0:  # Qt's steps are 1.5x and 2x; an explicit size is quieter
                    char_format.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                    char_format.setFontPointSize(base * _HEADING_SCALE.get(level, 1.0))
                elif char_format.fontFixedPitch():
                    char_format.setBackground(tint(self, 22))
                elif quote:
                    char_format.setForeground(tint(self, 170))
                else:
                    continue
                spans.append((fragment.position(), fragment.length(), char_format))
            block = block.next()
        for start, length, char_format in spans:
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(char_format)
        placeholder = QTextCharFormat()
        placeholder.setBackground(tint(self, 26))
        placeholder.setForeground(tint(self, 160))
        for position, alt in reversed(images):      # from the end, so earlier positions stay valid
            cursor.setPosition(position)
            cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
            words = self.tr("[image: %1]").replace("%1", alt or self.tr("no description"))
            cursor.insertText(f"\N{NO-BREAK SPACE}{words}\N{NO-BREAK SPACE}", placeholder)
        for table in doc.rootFrame().childFrames():
            if isinstance(table, QTextTable) and table.firstPosition() >= chars_from:
                self._calm_table(table, line)

    def _calm_table(self, table: QTextTable, line: int) -> None:
        fmt = table.format()
        fmt.setBorderBrush(tint(self, 50))
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
