"""The log rotates, stays in the logs folder and cuts what is too long to be a fact."""

import logging

import pytest

from app.logs import BACKUPS, MAX_RECORD, log_path, setup_logging


@pytest.fixture
def restore_logging():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


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
    for handler in logging.getLogger().handlers:
        handler.flush()
    line = log_path(tmp_path).read_text().strip().splitlines()[-1]
    assert len(line) < MAX_RECORD + 200 and "characters cut" in line
