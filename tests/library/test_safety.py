"""Names from the hub: what could escape the models folder, or lie on screen, is refused."""

from __future__ import annotations

import pytest

from app.library.hub import group_files
from app.library.safety import UnsafeName, check_filename, check_repo_id


@pytest.mark.parametrize("name", [
    "report\u202efdp.gguf",                  # RIGHT-TO-LEFT OVERRIDE: shows as "reportfdp.gguf" reversed
    "model\u2066x\u2069.gguf",               # bidi isolates
    "mo\u200bdel.gguf",                      # zero-width space
    "mo\u200edel.gguf",                      # left-to-right mark
    "model\ufeff.gguf",                      # zero-width no-break space
    "<img src=/dev/zero>.gguf",
    "a>b.gguf",
    "tab\there.gguf",
    "del\x7f.gguf",                          # DEL
    "c1\x85.gguf",                           # a C1 control (NEXT LINE)
    "line\u2028break.gguf",                  # line separator
    "new\nline.gguf",
])
def test_names_that_lie_on_screen_or_start_rich_text_are_refused(name):
    with pytest.raises(UnsafeName) as refused:
        check_filename(name)
    sentence = str(refused.value)
    assert all(not (0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069) for c in sentence)


@pytest.mark.parametrize("name", ["Mistral-7B-Instruct.Q4_K_M.gguf", "sub/dir/Модель-Q4.gguf",
                                  "Qwen2.5 7B (instruct).gguf", "日本語モデル.Q8_0.gguf"])
def test_ordinary_names_pass(name):
    assert check_filename(name) == name.rsplit("/", 1)[-1]


@pytest.mark.parametrize("repo_id", ["org/model\n", "org/model\r", "\norg/model", "org/mo del",
                                     "org/mod\u202eel", "оrg/model",       # a Cyrillic "о"
                                     "org/../x", "org", "a/b/c"])
def test_repository_ids_with_a_trailing_newline_or_lookalikes_are_refused(repo_id):
    with pytest.raises(UnsafeName):
        check_repo_id(repo_id)


def test_ordinary_repository_ids_pass():
    assert check_repo_id("bartowski/Qwen2.5-7B-Instruct-GGUF") == "bartowski/Qwen2.5-7B-Instruct-GGUF"


class Sibling:
    def __init__(self, name: str) -> None:
        self.rfilename, self.size, self.lfs = name, 10, {"sha256": "0" * 64}


def test_a_repository_listing_leaves_hostile_names_out_and_says_so():
    files, refused = group_files("org/repo", [Sibling("good.Q4_K_M.gguf"), Sibling("evil\u202efdp.gguf"),
                                              Sibling("<b>bold</b>.gguf")])
    assert [f.paths[0] for f in files] == ["good.Q4_K_M.gguf"] and len(refused) == 2
