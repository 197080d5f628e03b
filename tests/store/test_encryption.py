"""Nothing the user wrote reaches the disk in plain text."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.store import DB_FILE, ChatStore
from app.store.keys import KEY_FILE

FIXTURE_KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f000112233445566778899aabbccddeeff"  # make_v1.py

# A unique sentence, and words of it on their own: the search index stores
# single words, so a leak there would not show the whole sentence.
MARKER = "Zvjezdana7 signed the Kvarnerfjord merger at dawn, said Łukasz"
NEEDLES = [MARKER, "Zvjezdana7", "zvjezdana7", "Kvarnerfjord", "kvarnerfjord", "merger at dawn"]


def leaks(folder: Path, needles: list[str] = NEEDLES) -> list[str]:
    """Every file under folder that holds a needle in UTF-8 or UTF-16 (LE or BE)."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for needle in needles:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if needle.encode(encoding) in data:
                    found.append(f"{path.name}: {needle!r} in {encoding}")
    return found


def test_no_plaintext_in_any_file_while_open_or_after_closing(data_dir):
    store = ChatStore.open(data_dir)
    conv = store.create_conversation(MARKER)
    question = store.add_message(conv.id, "user", MARKER)
    store.add_message(conv.id, "assistant", MARKER.upper())
    reply = store.start_reply(conv.id, parent_id=question.id)
    for word in MARKER.split(" "):
        store.append_reply(reply.id, word + " ")
    store.flush()
    assert store.search("kvarnerfjord")                  # it is there, and indexed
    assert (data_dir / (DB_FILE + "-wal")).exists()
    assert leaks(data_dir) == []                         # database, -wal and -shm, live

    store.finish_reply(reply.id)
    store.rename_conversation(conv.id, "renamed " + MARKER)
    store.close()
    assert leaks(data_dir) == []
    assert not (data_dir / DB_FILE).read_bytes().startswith(b"SQLite format 3")


def test_migration_backups_are_encrypted_too(data_dir):
    # The version 1 fixture, as test_migrations.py installs it.
    fixtures = Path(__file__).resolve().parent / "fixtures"
    data_dir.mkdir(parents=True)
    shutil.copyfile(fixtures / "v1.db", data_dir / DB_FILE)
    (data_dir / KEY_FILE).write_text(FIXTURE_KEY)
    with ChatStore.open(data_dir) as store:
        assert store.last_backup is not None
        assert store.search("xylofonpapaya")
    needles = ["xylofonpapaya", "Ferry timetable", "Kiseli kupus"]
    assert leaks(data_dir, needles) == []
