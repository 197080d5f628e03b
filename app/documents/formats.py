"""One parser per kind of file: bytes in, Blocks out. Any thread.

Well-kept libraries do the reading (pypdf, python-docx, openpyxl, the
standard library's csv and html.parser); here they are only asked for
text, headings, pages and table rows. reading.py has checked sizes and zip
directories before any of these runs, and turns a library's exception into
"damaged".
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from html.parser import HTMLParser

from app.documents.errors import DocumentError
from app.documents.reading import Block

MAX_ROWS = 200_000           # of one table (CSV file or sheet)
MAX_COLUMNS = 200
MAX_CELL = 2_000             # characters kept of one cell
MAX_PAGES = 5_000
MIN_TEXT = 20                # characters of a PDF below which it holds no real text


# -- text and Markdown -----------------------------------------------------------------

def decode(data: bytes, name: str) -> str:
    """Text in the encoding it most likely has: a BOM's, UTF-8, else Windows' western code page."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\0" in data[:8192]:
        raise DocumentError("unsupported", name=name)     # a binary file with a text file's name
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_text(data: bytes, name: str) -> list[Block]:
    return [Block(decode(data, name))]


_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.+?)\s*#*\s*$")


def parse_markdown(data: bytes, name: str) -> list[Block]:
    """A block per heading, named after it."""
    blocks, lines, section = [], [], ""
    for line in decode(data, name).splitlines():
        match = _HEADING.match(line)
        if match:
            blocks.append(Block("\n".join(lines), section=section))
            lines, section = [], match.group(2)
        lines.append(line)
    blocks.append(Block("\n".join(lines), section=section))
    return blocks


# -- PDF ---------------------------------------------------------------------------------

def parse_pdf(data: bytes, name: str) -> list[Block]:
    from pypdf import PdfReader  # noqa: PLC0415

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        # Many PDFs are encrypted only to restrict printing, with an empty password to open them.
        try:
            opened = reader.decrypt("")
        except Exception:
            opened = 0
        if not opened:
            raise DocumentError("encrypted", name=name)
    if len(reader.pages) > MAX_PAGES:
        raise DocumentError("too_many_pages", name=name, pages=MAX_PAGES)
    blocks = [Block(page.extract_text() or "", page=number)
              for number, page in enumerate(reader.pages, start=1)]
    if sum(len(b.text.strip()) for b in blocks) < MIN_TEXT:
        raise DocumentError("no_text", name=name)
    return blocks


# -- Word --------------------------------------------------------------------------------

def parse_docx(data: bytes, name: str) -> list[Block]:
    import docx  # noqa: PLC0415
    from docx.table import Table  # noqa: PLC0415

    document = docx.Document(io.BytesIO(data))
    blocks, lines, section = [], [], ""
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            rows = [[_cell(c.text) for c in row.cells[:MAX_COLUMNS]] for row in item.rows[:MAX_ROWS]]
            if rows:
                blocks.append(Block("\n".join(lines), section=section))
                lines = []
                blocks.append(Block("\n".join(_row(r) for r in rows[1:]), section=section, header=_header(rows[0])))
            continue
        style = (item.style.name if item.style is not None else "") or ""
        if style.startswith(("Heading", "Title")) and item.text.strip():
            blocks.append(Block("\n".join(lines), section=section))
            lines, section = [], item.text.strip()
        lines.append(item.text)
    blocks.append(Block("\n".join(lines), section=section))
    return blocks


# -- HTML --------------------------------------------------------------------------------

class _HTMLText(HTMLParser):
    SKIP = {"script", "style", "head", "noscript", "template", "svg"}
    BREAK = {"p", "div", "br", "li", "tr", "table", "section", "article", "blockquote", "pre", "ul", "ol", "hr"}
    HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._parts: list[str] = []
        self._section = ""
        self._heading: list[str] | None = None
        self._skipping = 0

    def handle_starttag(self, tag, attrs) -> None:
        if tag in self.SKIP:
            self._skipping += 1
        elif tag in self.HEADINGS:
            self._close_block()
            self._heading = []
        elif tag in self.BREAK or tag in ("td", "th"):
            self._parts.append("\n" if tag in self.BREAK else " | ")

    def handle_endtag(self, tag) -> None:
        if tag in self.SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self.HEADINGS and self._heading is not None:
            self._section = " ".join("".join(self._heading).split())
            self._parts.append(self._section + "\n")
            self._heading = None
        elif tag in self.BREAK:
            self._parts.append("\n")

    def handle_data(self, data) -> None:
        if self._skipping:
            return
        if self._heading is not None:
            self._heading.append(data)
        else:
            self._parts.append(data)

    def _close_block(self) -> None:
        text = re.sub(r"[ \t]+", " ", "".join(self._parts))
        text = re.sub(r"\n\s*\n+", "\n\n", text).strip()
        self.blocks.append(Block(text, section=self._section))
        self._parts = []

    def finish(self) -> list[Block]:
        self.close()
        self._close_block()
        return self.blocks


def parse_html(data: bytes, name: str) -> list[Block]:
    reader = _HTMLText()
    reader.feed(decode(data, name))
    return reader.finish()


# -- tables ------------------------------------------------------------------------------

def _cell(value) -> str:
    text = "" if value is None else str(value)
    return " ".join(text.split())[:MAX_CELL].replace("|", "/")


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _header(cells: list[str]) -> str:
    return _row(cells) + "\n|" + "---|" * len(cells)


def _table(rows: Iterator[list[str]], section: str) -> list[Block]:
    header = next(rows, None)
    if header is None:
        return []
    lines = []
    for count, row in enumerate(rows):
        if count >= MAX_ROWS:
            break
        if any(row):
            lines.append(_row(row))
    return [Block("\n".join(lines), section=section, header=_header(header))]


def parse_csv(data: bytes, name: str) -> list[Block]:
    text = decode(data, name)
    try:
        dialect = csv.Sniffer().sniff(text[:65536], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel_tab if name.lower().endswith(".tsv") else csv.excel
    csv.field_size_limit(1 << 20)
    rows = ([_cell(c) for c in row[:MAX_COLUMNS]] for row in csv.reader(io.StringIO(text), dialect))
    return _table(rows, "")


def parse_xlsx(data: bytes, name: str) -> list[Block]:
    import openpyxl  # noqa: PLC0415

    # read_only streams the sheets; data_only gives the values Excel last computed, not formulas.
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        blocks = []
        for sheet in book.worksheets:
            rows = ([_cell(c) for c in row[:MAX_COLUMNS]]
                    for row in sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 1))
            blocks += _table(rows, sheet.title)
        return blocks
    finally:
        book.close()


PARSERS = {"text": parse_text, "markdown": parse_markdown, "pdf": parse_pdf, "docx": parse_docx,
           "html": parse_html, "csv": parse_csv, "xlsx": parse_xlsx}
