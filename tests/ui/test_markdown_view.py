"""MarkdownView: what a user sees of a reply, and what the reply can never make the app do."""

from __future__ import annotations

import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontMetrics, QGuiApplication, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.chat.markdown_view import MarkdownView, confirm_and_open_link

SAMPLE = """# Quarterly summary

Some **bold** prose with `inline code`.

- first item
- second item

| Region | Sales |
|--------|------:|
| North  | 1,200 |

```python
def total(values):
\treturn sum(values)   

# after a blank line
```

A closing line.
"""


@pytest.fixture
def view(qtbot):
    """A message as the conversation shows it: in a column of a scrolling list."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.addWidget(widget := MarkdownView())
    layout.addStretch(1)
    area.setWidget(column)
    area.resize(600, 400)
    qtbot.addWidget(area)
    yield widget        # the scroll area (and so the message) lives until the test ends


def show(view: MarkdownView, qtbot) -> None:
    view.window().show()
    qtbot.waitExposed(view.window())


def pieces(view: MarkdownView) -> list[QWidget]:
    """The shown parts of a message, top to bottom."""
    return view.pieces()


def kinds(view: MarkdownView) -> list[str]:
    return ["code" if p.findChild(QPlainTextEdit) else "text" for p in pieces(view)]


def prose_text(view: MarkdownView) -> str:
    return "\n".join(p.document().toPlainText() for p in pieces(view) if isinstance(p, QTextBrowser))


def code_editors(view: MarkdownView) -> list[QPlainTextEdit]:
    return [e for p in pieces(view) for e in p.findChildren(QPlainTextEdit)]


def copy_button(view: MarkdownView, index: int = 0) -> QToolButton:
    buttons = [b for p in pieces(view) for b in p.findChildren(QToolButton) if b.accessibleName() == "Copy code"]
    return buttons[index]


def test_headings_lists_and_tables_render_calmly(view):
    view.set_markdown(SAMPLE)
    doc = view.findChildren(QTextBrowser)[0].document()
    blocks = [doc.findBlockByNumber(i) for i in range(doc.blockCount())]
    heading = next(b for b in blocks if b.blockFormat().headingLevel() == 1)
    assert heading.text() == "Quarterly summary"
    body = next(b for b in blocks if b.text().startswith("Some bold"))
    heading_size = heading.begin().fragment().charFormat().font().pointSizeF()
    assert body.text() == "Some bold prose with inline code."
    assert doc.defaultFont().pointSizeF() < heading_size <= 1.5 * doc.defaultFont().pointSizeF()  # not a banner
    assert [b.text() for b in blocks if b.textList()] == ["first item", "second item"]
    cursor = QTextCursor(doc)
    cursor.setPosition(doc.toPlainText().index("North"))
    assert cursor.currentTable() is not None
    assert view.plain_text() == view.markdown() == SAMPLE


def test_code_block_is_its_own_monospace_widget_and_copy_copies_it_exactly(view, qtbot):
    view.set_markdown(SAMPLE)
    assert kinds(view) == ["text", "code", "text"]
    editor = code_editors(view)[0]
    metrics = QFontMetrics(editor.font())   # monospace: narrow and wide letters take the same room
    assert metrics.horizontalAdvance("iiii") == metrics.horizontalAdvance("MMMM")
    assert "```" not in prose_text(view) and "def total" not in prose_text(view)
    code = "def total(values):\n\treturn sum(values)   \n\n# after a blank line"
    assert editor.toPlainText() == code
    assert [label.text() for label in pieces(view)[1].findChildren(QLabel)] == ["python"]
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(view.copy_requested) as copied:
        qtbot.mouseClick(copy_button(view), Qt.MouseButton.LeftButton)
    assert copied.args == [code]
    assert QGuiApplication.clipboard().text() == code


def test_fences_follow_commonmark(view):
    view.set_markdown("~~~~ sh extra\nls ~~~\n```\n~~~~\nafter\n\n  ```\n    x\n  y\n  ```\n"
                      "```a``` is inline\n\n    ```\n    indented code, not a fence\n")
    assert kinds(view) == ["code", "text", "code", "text"]
    assert [label.text() for label in pieces(view)[0].findChildren(QLabel)] == ["sh"]
    assert [e.toPlainText() for e in code_editors(view)] == ["ls ~~~\n```", "  x\ny"]
    assert prose_text(view).startswith("after\na is inline")


def test_unterminated_fence_while_streaming_is_already_a_code_block(view):
    view.set_markdown("Here you go:\n\n```js\nconsole.log(1)")
    assert kinds(view) == ["text", "code"]
    assert code_editors(view)[0].toPlainText() == "console.log(1)"
    assert "console" not in prose_text(view)


@pytest.fixture
def counting_server():
    """A real HTTP server on this computer that counts every request it gets."""
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server.server_address[1], hits
    server.shutdown()
    server.server_close()
    thread.join()


def test_rendering_a_reply_fetches_nothing(view, qtbot, counting_server, tmp_path):
    port, hits = counting_server
    local_png = tmp_path / "secret.png"
    QImage(4, 4, QImage.Format.Format_RGB32).save(str(local_png))
    file_url = QUrl.fromLocalFile(str(local_png)).toString()
    view.set_markdown(f"![x](http://127.0.0.1:{port}/leak) and [a link](http://127.0.0.1:{port}/link)\n\n"
                      f'<img src="http://127.0.0.1:{port}/html">\n\n'
                      f"![local]({file_url}) ![inline](data:image/png;base64,iVBORw0KGgo=)")
    show(view, qtbot)
    qtbot.wait(300)
    assert hits == []
    doc = view.findChildren(QTextBrowser)[0].document()
    text = doc.toPlainText()
    assert "[image: x]" in text and "[image: local]" in text and "[image: inline]" in text
    assert f'<img src="http://127.0.0.1:{port}/html">' in text
    assert "\N{OBJECT REPLACEMENT CHARACTER}" not in text      # no image left for Qt to load
    assert doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(file_url)).isNull()
    # The server does count: a request made on purpose shows up.
    urllib.request.urlopen(f"http://127.0.0.1:{port}/control", timeout=5).close()
    assert hits == ["/control"]


def test_raw_html_is_shown_as_the_characters_the_model_wrote(view):
    view.set_markdown("<b>bold</b><script>alert(1)</script>\n\n<div>\nblock\n</div>")
    text = prose_text(view)
    assert "<b>bold</b><script>alert(1)</script>" in text
    assert "<div>" in text and "</div>" in text


def link_position(browser: QTextBrowser, href: str):
    doc = browser.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                return browser.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def test_clicking_a_web_link_asks_for_it_and_nothing_else_does(view, qtbot):
    links = ["http://example.com/a", "https://example.com/b", "file:///etc/passwd", "javascript:alert(1)",
             "data:text/html,hi", "ftp://example.com/x", "relative/page"]
    view.set_markdown(" ".join(f"[link{i}]({url})" for i, url in enumerate(links)))
    show(view, qtbot)
    browser = view.findChildren(QTextBrowser)[0]
    asked: list[QUrl] = []
    view.link_requested.connect(asked.append)
    for url in links:
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=link_position(browser, url))
    assert [u.toString() for u in asked] == links[:2]
    browser.anchorClicked.emit(QUrl("javascript:alert(1)"))
    browser.anchorClicked.emit(QUrl("http://example.com/c"))
    assert [u.toString() for u in asked] == [*links[:2], "http://example.com/c"]
    assert prose_text(view) == " ".join(f"link{i}" for i in range(len(links)))   # not navigated away


@pytest.mark.parametrize("url", ["file:///etc/passwd", "javascript:alert(1)", "data:text/html,hi",
                                 "ftp://example.com/", "mailto:a@example.com", "http://"])
def test_confirm_and_open_link_refuses_other_schemes_without_asking(url, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail("a dialog was shown"))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda u: pytest.fail("something was opened"))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert confirm_and_open_link(QUrl(url), parent) is False


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
def test_confirm_and_open_link_opens_a_web_link_only_after_yes(answer, qtbot, monkeypatch):
    shown: list[str] = []
    opened: list[QUrl] = []

    def fake_exec(box):
        shown.append(box.text())
        assert box.textFormat() == Qt.TextFormat.PlainText
        return answer

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda u: opened.append(u) or True)
    parent = QWidget()
    qtbot.addWidget(parent)
    url = QUrl("https://example.com/<b>page</b>")
    assert confirm_and_open_link(url, parent) is (answer == QMessageBox.StandardButton.Yes)
    assert shown and shown[0].startswith("Open this link in your browser?") and "example.com" in shown[0]
    assert opened == ([url] if answer == QMessageBox.StandardButton.Yes else [])


@pytest.mark.parametrize("text", ["before" + " " * 64 + "after", " " * 64, "漢字 😀 é",
                                  "漢字 **😀** é\n\n```\n漢字 😀 é\n```"])
def test_spaces_emoji_and_cjk_arrive_intact(view, text):
    view.set_markdown(text)
    shown = prose_text(view) + "".join(e.toPlainText() for e in code_editors(view))
    assert text.replace("**", "").replace("```", "").replace("\n", "") in shown.replace("\n", "")
    assert view.plain_text() == text


def test_streaming_200_updates_ends_with_the_full_text_once(view, qtbot):
    show(view, qtbot)
    for step in range(1, 201):
        view.set_markdown(SAMPLE[: len(SAMPLE) * step // 200])
    fresh = MarkdownView()      # never shown: rendering needs no window
    qtbot.addWidget(fresh)
    fresh.set_markdown(SAMPLE)
    assert kinds(view) == kinds(fresh) == ["text", "code", "text"]
    assert prose_text(view) == prose_text(fresh)
    assert [e.toPlainText() for e in code_editors(view)] == [e.toPlainText() for e in code_editors(fresh)]
    assert prose_text(view).count("Quarterly summary") == 1
    assert prose_text(view).count("A closing line.") == 1
    qtbot.wait(50)      # replaced widgets are deleted later: none may linger
    assert len(view.findChildren(QTextBrowser)) == 2 and len(view.findChildren(QPlainTextEdit)) == 1


def test_height_follows_width_with_no_inner_scrolling(view, qtbot):
    view.set_markdown(SAMPLE + "\n" + "A long paragraph of words that wraps. " * 30
                      + "\n\n```\n" + "x = 1  # " + "long " * 80 + "\n```\n")
    area = view.window()
    area.resize(800, 600)
    show(view, qtbot)
    qtbot.wait(20)
    wide = view.height()
    area.resize(350, 600)
    qtbot.waitUntil(lambda: view.height() > wide)
    for piece in view.findChildren(QTextBrowser) + view.findChildren(QPlainTextEdit):
        assert piece.verticalScrollBar().maximum() == 0        # nothing hidden, the wheel reaches the list
    assert code_editors(view)[-1].horizontalScrollBar().maximum() > 0    # long code scrolls sideways
    assert sum(p.height() for p in pieces(view)) <= view.height()


def test_text_is_selectable_and_every_control_has_an_accessible_name(view):
    view.set_markdown(SAMPLE)
    texts = view.findChildren(QTextBrowser) + view.findChildren(QPlainTextEdit)
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert all(t.textInteractionFlags() & selectable == selectable for t in texts)
    assert all(t.isReadOnly() for t in texts)
    controls = view.findChildren(QAbstractButton) + texts
    assert len(controls) == 4 and all(c.accessibleName() for c in controls)
    assert copy_button(view).text() == "Copy"


@pytest.mark.parametrize("offline", [False, True])
def test_in_offline_mode_the_question_says_so_and_names_the_host(offline, qtbot, monkeypatch):
    shown: list[QMessageBox] = []
    opened: list[QUrl] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda u: opened.append(u) or True)
    parent = QWidget()
    qtbot.addWidget(parent)
    url = QUrl("https://reports.example.org/q3?id=<b>7</b>")
    assert confirm_and_open_link(url, parent, offline=offline) is True
    question = shown[0].text().split("\n\n")[0]
    assert ("offline" in question and "reports.example.org" in question) is offline
    assert shown[0].textFormat() == Qt.TextFormat.PlainText
    assert shown[0].defaultButton() is shown[0].button(QMessageBox.StandardButton.No)
    assert opened == [url]
