"""A hub search's words never reach the log: searched for afterwards, the marker is nowhere."""

from __future__ import annotations

import logging

import pytest

from app.library.downloads import DONE, Download, DownloadRequest
from app.logs import setup_logging

MARKER = "Zyxwvutsrq"           # a word nothing else writes


@pytest.fixture
def app_log(tmp_path):
    """The log as the app sets it up (INFO), restored afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    folder = tmp_path / "logs"
    setup_logging(folder)
    yield folder
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def everything_logged(folder) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in folder.iterdir())


def test_search_words_and_signed_links_stay_out_of_the_log(hub, make_library, starter_bytes, app_log):
    hub.add("standin/Small-GGUF", "small.Q4_1.gguf", starter_bytes)
    lib = make_library(hub)
    assert lib.hub.search(f"salary review Jane Doe {MARKER}") == []
    assert [r.id for r in lib.hub.search("small")]
    job = Download(DownloadRequest("standin/Small-GGUF", ("small.Q4_1.gguf",)))
    lib.downloader.run(job)
    assert job.state == DONE, job.error
    text = everything_logged(app_log)
    for secret in (MARKER, "salary", "Jane"):
        assert secret not in text
    assert "search=" not in text
