"""The log rotates, stays in the logs folder and keeps no content: too long is cut,
other libraries speak only of problems, and an address never keeps its query."""

import logging
import sys

import pytest

from app.logs import BACKUPS, MAX_RECORD, log_path, log_uncaught, setup_logging


@pytest.fixture
def restore_logging():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {name: logging.getLogger(name).level for name in ("httpx2", "huggingface_hub")}
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    for name, old in levels.items():
        logging.getLogger(name).setLevel(old)


def read_log(folder) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return log_path(folder).read_text(encoding="utf-8")


def test_the_log_rotates_and_keeps_a_few_files(tmp_path, restore_logging, monkeypatch):
    monkeypatch.setattr("app.logs.MAX_BYTES", 2000)
    path = setup_logging(tmp_path)
    assert path == log_path(tmp_path)
    log = logging.getLogger("app.test")
    for i in range(400):
        log.info("model loaded %d times", i)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert "tramontane.log" in files and len(files) == BACKUPS + 1


def test_a_long_record_is_cut(tmp_path, restore_logging):
    setup_logging(tmp_path)
    logging.getLogger("app.test").warning("%s", "x" * 5000)
    line = read_log(tmp_path).strip().splitlines()[-1]
    assert len(line) < MAX_RECORD + 200 and "characters cut" in line


def test_other_libraries_write_only_warnings(tmp_path, restore_logging):
    setup_logging(tmp_path)
    logging.getLogger("httpx2").info("HTTP Request: GET one")
    logging.getLogger("some.library").info("chatter")
    logging.getLogger("some.library").warning("a real problem")
    logging.getLogger("app.test").info("our own fact")
    text = read_log(tmp_path)
    assert "our own fact" in text and "a real problem" in text
    assert "HTTP Request" not in text and "chatter" not in text


def test_an_address_never_keeps_its_query(tmp_path, restore_logging):
    setup_logging(tmp_path)
    logging.getLogger("huggingface_hub").warning(
        "Retrying https://hub.example/api/models?search=salary+review+Jane&limit=30 after an error")
    logging.getLogger("app.test").error("failed: %s", "https://cdn.example/x.gguf?X-Amz-Signature=secretsig#part")
    text = read_log(tmp_path)
    assert "https://hub.example/api/models?…" in text and "https://cdn.example/x.gguf?…" in text
    for secret in ("salary", "Jane", "secretsig", "limit=30"):
        assert secret not in text


def test_an_uncaught_exception_obeys_the_same_cap(tmp_path, restore_logging, monkeypatch):
    setup_logging(tmp_path)
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: None)      # keep the terminal quiet
    secret = "CONVERSATION-TEXT " * 500

    def ping(n):
        if n == 0:
            raise ValueError(secret)
        pong(n - 1)

    def pong(n):
        ping(n - 1)

    try:
        ping(40)                # 40 frames that Python's traceback does not fold together
    except ValueError:
        log_uncaught(*sys.exc_info())
    text = read_log(tmp_path)
    record = text[text.index("CRITICAL"):]
    assert len(record) < MAX_RECORD + 100, len(record)
    assert "characters cut" in record and "ValueError" in record         # the end, which names it, is kept
    assert text.count("CONVERSATION-TEXT") < 10
