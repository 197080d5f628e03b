"""Each migration, run on a real database saved by the version before it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlite

from app.store import DB_FILE, ChatStore
from app.store.keys import KEY_FILE
from app.store.migrations import BACKUP_DIR, LATEST

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f000112233445566778899aabbccddeeff"  # make_v1.py


def install_fixture(version: int, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    shutil.copyfile(FIXTURES / f"v{version}.db", data_dir / DB_FILE)
    (data_dir / KEY_FILE).write_text(FIXTURE_KEY)


def test_every_older_version_has_a_fixture():
    for version in range(1, LATEST):
        assert (FIXTURES / f"v{version}.db").exists(), f"add fixtures/v{version}.db"


@pytest.mark.parametrize("version", range(1, LATEST))
def test_an_old_database_opens_at_the_latest_version(data_dir, raw_db, version):
    install_fixture(version, data_dir)
    with ChatStore.open(data_dir) as store:
        assert store.integrity_check() == "ok"
    assert raw_db(data_dir).execute("PRAGMA user_version").fetchone()[0] == LATEST


def test_version_1_keeps_every_conversation_branch_and_setting(data_dir):
    install_fixture(1, data_dir)
    with ChatStore.open(data_dir) as store:
        ferry, sarma = sorted(store.list_conversations(), key=lambda c: c.id)
        assert (ferry.title, ferry.model, ferry.system_prompt) == ("Ferry timetable", "smollm2", "Be brief.")
        assert ferry.settings == {"temperature": 0.3} and ferry.pinned
        shown = store.messages(ferry.id)
        assert [m.content for m in shown] == ["When does the ferry to Hvar leave?",
                                               "The first ferry leaves at 7:30.",
                                               "And the last one? xylofonpapaya"]
        assert store.siblings(shown[1].id) == ([2, 3], 1)
        assert shown[1].stats.tokens_per_s == 31.0
        # A reply that was streaming when version 1 last ran was cut short.
        assert store.messages(sarma.id)[-1].status == "failed"


def test_version_2_adds_search_over_the_old_text(data_dir):
    install_fixture(1, data_dir)
    with ChatStore.open(data_dir) as store:
        assert store.search("xylofonpapaya")[0].message_id == 4
        assert store.search("sarmu")[0].message_id is None     # a title
        assert store.search("kupus")[0].snippet.startswith("Kiseli \x02kupus\x03")


def test_a_dated_encrypted_backup_is_made_first(data_dir):
    install_fixture(1, data_dir)
    with ChatStore.open(data_dir) as store:
        backup = store.last_backup
    assert backup.parent == data_dir / BACKUP_DIR
    assert re.fullmatch(r"conversations-v1-\d{4}-\d\d-\d\d-\d{6}\.db", backup.name)
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    copy = sqlite.connect(str(backup))
    copy.execute(f"PRAGMA key = \"x'{FIXTURE_KEY}'\"")
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT count(*) FROM messages").fetchone()[0] == 6
    copy.close()
    # A later start has nothing to migrate and makes no new copy.
    with ChatStore.open(data_dir) as store:
        assert store.last_backup is None
    assert len(list((data_dir / BACKUP_DIR).iterdir())) == 1


def test_a_new_store_needs_no_backup(data_dir):
    with ChatStore.open(data_dir) as store:
        assert store.last_backup is None
    assert not (data_dir / BACKUP_DIR).exists()
