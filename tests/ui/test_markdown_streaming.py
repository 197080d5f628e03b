"""A reply that streams in: each update renders only what changed, and what the
user sees at the end is what a reply shown at once looks like.

The speed itself is measured by benchmarks/bench_markdown.py; these tests
check the behaviour that makes it cheap, and that it changes nothing a user
can see."""

from __future__ import annotations

import random
import re

import pytest
from PySide6.QtGui import QTextDocument, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextBrowser

from app.ui.chat import fences
from app.ui.chat.fences import PIECE, ProseCutter, split_segments
from app.ui.chat.markdown_view import MarkdownView

RICH = """# Trip plan

The **budget** covers travel, rooms and a *modest* lunch; see [the policy](https://example.com/p).

## Steps

1. Book the train.
2. Book the hotel.

   Ask for a quiet room.

3. Tell the team.

- tight
- list
  - nested item

> A quote that runs
> over two lines.

| Item | Cost |
|------|-----:|
| Train | 120 |
| Hotel | 300 |

![a map](https://example.com/map.png) and `inline code` and ~~struck~~ text.

***

Setext heading
--------------

```python
total = 120 + 300
```

Closing words with a hard\x20\x20
break and an ending.
"""

LONG_PARAGRAPH = ("The team met on **Monday** to review the `budget`, the [agenda](https://example.com/a) "
                  "and the plan (in detail); everyone agreed.\n") * 500      # about 60 kB, one paragraph


def stream(view, text: str, seed: int) -> None:
    """Feeds `text` as a streaming reply does: growing by pieces of random size."""
    rng = random.Random(seed)
    end = 0
    while end < len(text):
        end = min(len(text), end + rng.choice((1, 2, 7, 40, 300, 2500)))
        view.set_markdown(text[:end])


def dump(doc: QTextDocument) -> list[tuple]:
    """What a reader sees of a document: each block's text, kind, spacing and the look of its words."""
    rows = []
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        listed = block.textList()
        words = []
        it = block.begin()
        while not it.atEnd():
            f = it.fragment().charFormat()
            words.append((it.fragment().text(), f.fontWeight(), f.fontItalic(), f.fontFixedPitch(),
                          f.fontStrikeOut(), f.anchorHref(), round(f.fontPointSize(), 1), f.isImageFormat()))
            it += 1
        rows.append((block.text(), fmt.headingLevel(), round(fmt.topMargin(), 1), round(fmt.bottomMargin(), 1),
                     round(fmt.leftMargin(), 1), fmt.intProperty(QTextFormat.Property.BlockQuoteLevel),
                     (listed.format().style(), listed.format().indent()) if listed else None,
                     block.textList() is not None and block.textList().itemNumber(block), tuple(words)))
        block = block.next()
    return rows


def shown(view: MarkdownView) -> list:
    """Every piece as a reader sees it: prose documents, and the code of code blocks."""
    out = []
    for piece in view.pieces():
        if isinstance(piece, QTextBrowser):
            out.append(dump(piece.document()))
        else:
            out.append(piece.findChild(QPlainTextEdit).toPlainText())
    return out


@pytest.fixture
def make_view(qtbot):
    def make() -> MarkdownView:
        view = MarkdownView()
        view.resize(700, 400)
        qtbot.addWidget(view)
        return view
    return make


@pytest.mark.parametrize("text", [RICH, LONG_PARAGRAPH, RICH + "\n" + LONG_PARAGRAPH + "\n" + RICH,
                                  "word " * 4000 + "\n\n" + "- item\n" * 300])
@pytest.mark.parametrize("seed", [1, 2])
def test_a_streamed_reply_ends_exactly_as_the_same_reply_shown_at_once(make_view, text, seed):
    streamed, at_once = make_view(), make_view()
    stream(streamed, text, seed)
    at_once.set_markdown(text)
    assert streamed.markdown() == at_once.markdown() == text
    assert shown(streamed) == shown(at_once)


def test_cutting_into_pieces_changes_nothing_a_reader_sees(make_view, monkeypatch):
    """Between paragraphs, lists, quotes and tables, pieces render as the whole text does."""
    text = RICH.replace("```python\ntotal = 120 + 300\n```\n", "") * 3
    pieces = make_view()
    pieces.set_markdown(text)
    doc = pieces.pieces()[0].document()
    monkeypatch.setattr(ProseCutter, "feed", lambda self, t: [])      # never cut: one reading of it all
    whole = make_view()
    whole.set_markdown(text)
    assert dump(doc) == dump(whole.pieces()[0].document())
    assert len(dump(doc)) > 60


def test_streaming_renders_again_only_the_last_piece(make_view):
    view = make_view()
    text = "".join(f"Paragraph {i} with **bold** words.\n\n" for i in range(200))
    view.set_markdown(text)
    doc = view.pieces()[0].document()
    block = doc.begin()
    while block.isValid():
        block.setUserState(7)       # a mark that a block made again would not have
        block = block.next()
    view.set_markdown(text + "One more para")
    view.set_markdown(text + "One more paragraph, still being written")
    states = [doc.findBlockByNumber(i).userState() for i in range(doc.blockCount())]
    # The finished paragraphs were left alone (the one where the new text begins gets its spacing again).
    assert states[:198] == [7] * 198
    assert doc.lastBlock().text() == "One more paragraph, still being written"


def test_a_long_paragraph_is_shown_in_pieces_with_no_gap_between_them(make_view):
    view = make_view()
    stream(view, LONG_PARAGRAPH, seed=3)
    doc = view.pieces()[0].document()
    assert doc.blockCount() > len(LONG_PARAGRAPH) // (2 * PIECE)     # pieces, each re-rendered alone
    words = " ".join(LONG_PARAGRAPH.replace("**", "").replace("`", "").replace("[agenda](https://example.com/a)",
                                                                                "agenda").split())
    assert " ".join(doc.toPlainText().split()) == words                # every word, once, in order
    for number in range(1, doc.blockCount()):
        assert doc.findBlockByNumber(number).blockFormat().topMargin() == 0
        assert doc.findBlockByNumber(number - 1).blockFormat().bottomMargin() == 0
    bold = [f for row in dump(doc) for f in row[-1] if f[1] > 500]
    assert {f[0] for f in bold} == {"Monday"} and len(bold) == 500     # no piece cut through **Monday**


def test_a_link_reference_anywhere_keeps_the_text_whole(make_view):
    view = make_view()
    text = "See [the plan][p].\n\n" + "More words.\n\n" * 50 + "[p]: https://example.com/plan\n"
    stream(view, text, seed=4)
    doc = view.pieces()[0].document()
    links = [f for row in dump(doc) for f in row[-1] if f[5]]
    assert [(f[0], f[5]) for f in links] == [("the plan", "https://example.com/plan")]


def test_spaces_only_still_show_while_streaming(make_view):
    view = make_view()
    stream(view, " " * 40, seed=5)
    assert view.pieces()[0].document().toPlainText() == " " * 40


# -- the cutting rules, without Qt ----------------------------------------------------------

@pytest.mark.parametrize("text", [RICH, LONG_PARAGRAPH, RICH + LONG_PARAGRAPH + RICH, "a\n\n" * 5000])
def test_cuts_depend_only_on_the_text_not_on_how_it_arrived(text):
    whole = ProseCutter().feed(text)
    for seed in (1, 2, 3):
        cutter, cuts, rng, end = ProseCutter(), [], random.Random(seed), 0
        while end < len(text):
            end = min(len(text), end + rng.choice((1, 3, 50, 900)))
            cuts += cutter.feed(text[:end])
        assert cuts == whole


def test_cuts_fall_between_blocks_that_cannot_continue():
    text = "Intro.\n\n- a\n\n- b\n\n  more of b\n\nAfter the list.\n\n    code\n\n# Heading\n\nEnd\n"
    offsets = [offset for offset, _joins in ProseCutter().feed(text)]
    # Never before a list item or an indented line: after a blank line, those may continue a list.
    assert [text[o:].split("\n")[0] for o in offsets] == ["After the list.", "# Heading", "End"]


def test_a_long_paragraph_is_cut_only_where_nothing_is_left_open():
    text = "word " * 2000 + "`code " + "in code " * 3000 + "` after"
    cuts = ProseCutter().feed(text)
    assert cuts and all(joins for _o, joins in cuts)
    for offset, _joins in cuts:
        before = text[:offset]
        assert before.count("`") % 2 == 0 and text[offset].isalpha()


def test_resplitting_from_the_second_to_last_segment_gives_the_same_segments():
    text = "Intro\n\n```py\nx = 1\n```\nmiddle\n~~~\ny\n~~~\n\n```\nopen"
    for end in range(1, len(text) + 1):
        segments = split_segments(text[:end])
        for keep in range(len(segments)):
            assert segments[:keep] + split_segments(text[:end], segments[keep].start) == segments


_OPEN = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")
_CLOSE = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*$")


def line_by_line(text: str) -> list[tuple[str, str, str]]:
    """The fence rules as CommonMark states them, one line at a time: the reference for split_segments."""
    segments, prose, fence = [], [], None
    for line in text.replace("\r\n", "\n").split("\n"):
        if fence is None:
            match = _OPEN.match(line)
            if match and not (match[2][0] == "`" and "`" in match[3]):
                if "".join(prose).strip():
                    segments.append(("prose", "\n".join(prose), ""))
                prose = []
                info = match[3].strip()
                fence = (match[2][0], len(match[2]), len(match[1]), info.split()[0] if info else "", [])
            else:
                prose.append(line)
            continue
        close = _CLOSE.match(line)
        if close and close[1][0] == fence[0] and len(close[1]) >= fence[1]:
            segments.append(("code", "\n".join(fence[4]), fence[3]))
            fence = None
        else:
            fence[4].append(line[min(fence[2], len(line) - len(line.lstrip(" "))):])
    if fence is None and "".join(prose).strip():
        segments.append(("prose", "\n".join(prose), ""))
    if fence is not None:
        segments.append(("code", "\n".join(fence[4]), fence[3]))
    return segments or [("prose", text, "")]


def test_fences_are_found_as_the_line_by_line_rules_find_them():
    rng = random.Random(6)
    parts = ["```", "~~~", "````", "```py", "```a```", "  ```", "    ```", "x ```", "text", "", " ", "\r", "`",
             "~~~~ sh"]
    for _ in range(3000):
        text = "\n".join(rng.choice(parts) for _ in range(rng.randint(0, 12)))
        assert [(s.kind, s.text, s.language) for s in split_segments(text)] == line_by_line(text), repr(text)


def test_a_run_of_prose_is_searched_for_fences_from_its_last_line_only():
    text = "Intro words\nmore words\n``not yet\n```py\nx = 1\n```\nafter"
    for end in range(1, len(text)):
        before = split_segments(text[:end])
        if len(before) == 1 and before[0].kind == "prose":
            last_line = before[0].text.rfind("\n") + 1
            for later in range(end, len(text) + 1):
                assert split_segments(text[:later], 0, last_line) == split_segments(text[:later])


def test_fences_module_is_free_of_qt():
    assert "PySide6" not in open(fences.__file__).read()
