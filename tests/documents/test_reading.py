"""Files to text with the real libraries, and every hostile file a sentence."""

from __future__ import annotations

import io
import os
import zipfile

import docx
import openpyxl
import pytest
from pypdf import PdfWriter

from app.documents import reading
from app.documents.errors import DocumentError
from app.documents.passages import TARGET_CHARS, split
from app.documents.reading import read_document
from tests.documents.pdfs import text_pdf


def code_of(path) -> str:
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert path.name in str(caught.value)          # every sentence names the file
    return caught.value.code


def test_markdown_is_cut_at_its_headings_and_named_after_them(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Leave\nTwenty-seven days.\n\n## Sickness\nCall before 9:30.\n", encoding="utf-8")
    blocks = read_document(path).blocks
    assert [(b.section, b.text.splitlines()[-1]) for b in blocks] == [
        ("Leave", "Twenty-seven days."), ("Sickness", "Call before 9:30.")]


def test_text_in_windows_encoding_is_read(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Café crème à 2,50 €".encode("cp1252"))
    assert read_document(path).text == "Café crème à 2,50 €"


def test_word_headings_become_sections_and_tables_keep_their_header(tmp_path):
    document = docx.Document()
    document.add_heading("Travel", level=1)
    document.add_paragraph("Trains for journeys under 500 km.")
    table = document.add_table(rows=2, cols=2)
    cells = table.rows[0].cells + table.rows[1].cells
    for cell, text in zip(cells, ["City", "Hotel limit", "Paris", "190 €"], strict=True):
        cell.text = text
    path = tmp_path / "policy.docx"
    document.save(path)
    blocks = read_document(path).blocks
    assert blocks[0].section == "Travel" and "500 km" in blocks[0].text
    assert blocks[1].header.startswith("| City | Hotel limit |") and "| Paris | 190 € |" in blocks[1].text


def test_spreadsheet_rows_repeat_the_header_in_every_passage(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Budget"
    sheet.append(["Cost centre", "Amount"])
    for n in range(200):
        sheet.append([f"CC-{n:03}", n * 10])
    path = tmp_path / "budget.xlsx"
    book.save(path)
    passages = split(read_document(path))
    assert len(passages) > 1
    assert all(p.section == "Budget" and p.text.startswith("| Cost centre | Amount |") for p in passages)
    assert all(len(p.text) <= TARGET_CHARS + 100 for p in passages)
    assert any("| CC-199 | 1990 |" in p.text for p in passages)


def test_csv_with_semicolons_is_a_table(tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text("Name;Room\nAda;B12\nBrahim;C3\n", encoding="utf-8")
    block = read_document(path).blocks[0]
    assert block.header.startswith("| Name | Room |")
    assert block.text.splitlines() == ["| Ada | B12 |", "| Brahim | C3 |"]


def test_html_keeps_text_and_headings_never_scripts(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>x</title><script>alert('secret')</script></head><body>"
                    "<h2>Opening hours</h2><p>9:00 to 20:00</p><style>p{}</style></body></html>", encoding="utf-8")
    document = read_document(path)
    assert "alert" not in document.text and "p{}" not in document.text
    assert document.blocks[-1].section == "Opening hours" and "9:00 to 20:00" in document.text


def test_pdf_text_keeps_its_page_numbers(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(text_pdf([["Summary of the year"], ["Revenue rose by four percent"]]))
    blocks = read_document(path).blocks
    assert [(b.page, b.text) for b in blocks] == [(1, "Summary of the year"), (2, "Revenue rose by four percent")]


def test_a_pdf_with_a_password_gets_a_sentence(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt("secret-password", algorithm="AES-128")
    path = tmp_path / "locked.pdf"
    with open(path, "wb") as f:
        writer.write(f)
    assert code_of(path) == "encrypted"


def test_a_scanned_pdf_without_text_gets_a_sentence(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    path = tmp_path / "scan.pdf"
    with open(path, "wb") as f:
        writer.write(f)
    assert code_of(path) == "no_text"


def test_a_zip_bomb_named_docx_is_refused_unopened(tmp_path):
    path = tmp_path / "invoice.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (8 << 20))      # 8 MB of zeros pack to 8 KB
    assert os.path.getsize(path) < 64 * 1024
    assert code_of(path) == "bomb"


def test_a_damaged_docx_gets_a_sentence(tmp_path):
    path = tmp_path / "broken.docx"
    document = docx.Document()
    document.add_paragraph("hello")
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    assert code_of(path) == "damaged"


def test_a_500_mb_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as f:
        f.truncate(500 << 20)            # sparse: no disk space used
    assert code_of(path) == "too_large"


def test_a_missing_file_and_an_unknown_kind_get_sentences(tmp_path):
    assert code_of(tmp_path / "gone.docx") == "missing"
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    assert code_of(tmp_path / "photo.jpg") == "unsupported"


def test_a_file_cut_short_while_read_is_told_apart_from_a_damaged_one(tmp_path, monkeypatch):
    path = tmp_path / "notes.txt"
    path.write_text("short")
    real = os.fstat

    class Grown:     # the size seen when the file was opened; it shrank before the read
        def __init__(self, st):
            self.st_size = st.st_size + 100

    monkeypatch.setattr(reading.os, "fstat", lambda fd: Grown(real(fd)))
    assert code_of(path) == "changed_while_read"
