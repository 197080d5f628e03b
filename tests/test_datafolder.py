"""Moving the data folder loses nothing, even when interrupted; wiping removes only what is ours."""

import os

import pytest

from app.datafolder import MoveError, delete_app_data, effective_paths, folder_size, move_data_folder
from app.paths import app_paths
from app.store import ChatStore


def make_data(data_dir):
    with ChatStore.open(data_dir) as store:
        conv = store.create_conversation("Budget")
        store.add_message(conv.id, "user", "The marmalade budget is approved.")
    models = data_dir / "models"
    models.mkdir(exist_ok=True)
    (models / "tiny.gguf").write_bytes(os.urandom(3 * 2**20 + 17))   # more than one copy chunk


def test_move_copies_checks_and_the_store_opens_at_the_new_place(tmp_path):
    source = tmp_path / "old"
    make_data(source)
    seen = []
    target = move_data_folder(source, tmp_path / "new", progress=lambda done, total: seen.append((done, total)))
    assert target == (tmp_path / "new").resolve()
    assert seen and seen[-1][0] == seen[-1][1] == folder_size(source) - (source / "conversations.lock").stat().st_size
    with ChatStore.open(target) as store:
        assert [c.title for c in store.list_conversations()] == ["Budget"]
        assert store.search("marmalade")
    assert (source / "conversations.db").exists()        # the old folder is kept as it was
    assert not list(tmp_path.glob("*.moving"))


def test_a_folder_with_files_gets_a_tramontane_folder_inside(tmp_path):
    source = tmp_path / "old"
    make_data(source)
    disk = tmp_path / "disk"
    disk.mkdir()
    (disk / "holiday.jpg").write_bytes(b"x")
    assert move_data_folder(source, disk) == (disk / "Tramontane").resolve()


def test_an_interrupted_move_changes_nothing_and_leaves_no_half_copy(tmp_path):
    source = tmp_path / "old"
    make_data(source)
    before = folder_size(source)

    def stop_halfway(done, total):
        if done > total / 2:
            raise MoveError("cancelled")

    with pytest.raises(MoveError) as failed:
        move_data_folder(source, tmp_path / "new", progress=stop_halfway)
    assert failed.value.reason == "cancelled"
    assert not (tmp_path / "new").exists() and not (tmp_path / "new.moving").exists()
    assert folder_size(source) == before


def test_what_a_move_refuses(tmp_path):
    source = tmp_path / "old"
    make_data(source)
    for chosen, reason in ((source, "same"), (source / "models", "inside")):
        with pytest.raises(MoveError) as refused:
            move_data_folder(source, chosen)
        assert refused.value.reason == reason


def test_effective_paths_follow_a_moved_data_folder(tmp_path):
    paths = app_paths(tmp_path / "home")
    moved = effective_paths(paths, str(tmp_path / "elsewhere"))
    assert moved.data == tmp_path / "elsewhere" and moved.models == tmp_path / "elsewhere" / "models"
    assert moved.config == paths.config and effective_paths(paths, "") == paths


def test_delete_app_data_removes_ours_and_leaves_the_rest(tmp_path, no_real_keychain):
    paths = app_paths(tmp_path / "home").ensure()
    make_data(paths.data)
    (paths.config / "settings.json").write_text("{}")
    (paths.logs / "tramontane.log").write_text("started")
    (paths.data / "my-notes.txt").write_text("not Tramontane's")
    assert delete_app_data(paths) == []
    assert not (paths.data / "conversations.db").exists() and not paths.models.exists()
    assert not paths.config.exists() and not paths.logs.exists()
    assert (paths.data / "my-notes.txt").read_text() == "not Tramontane's"


def test_a_moving_folder_it_did_not_make_is_never_deleted(tmp_path):
    source = tmp_path / "old"
    make_data(source)
    theirs = tmp_path / "new.moving"
    theirs.mkdir()
    (theirs / "thesis.docx").write_text("four years of work")
    with pytest.raises(MoveError) as refused:
        move_data_folder(source, tmp_path / "new")
    assert refused.value.reason == "staging" and "not made by Tramontane" in str(refused.value)
    assert (theirs / "thesis.docx").read_text() == "four years of work"
    assert not (tmp_path / "new").exists()


@pytest.mark.skipif(os.name == "nt", reason="symbolic links need privileges on Windows")
def test_a_moving_link_is_never_written_through(tmp_path):
    source = tmp_path / "old"
    make_data(source)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / ".tramontane-moving").write_text("a mark an attacker copied")
    (tmp_path / "new.moving").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(MoveError) as refused:
        move_data_folder(source, tmp_path / "new")
    assert refused.value.reason == "staging"
    assert sorted(p.name for p in elsewhere.iterdir()) == [".tramontane-moving"]     # nothing written there


def test_what_an_interrupted_move_left_is_cleared_by_the_next(tmp_path):
    source = tmp_path / "old"
    make_data(source)
    left = tmp_path / "new.moving"
    left.mkdir()
    (left / ".tramontane-moving").write_text("A copy of Tramontane's data folder, not finished.\n")
    (left / "conversations.db").write_bytes(b"half a copy")
    target = move_data_folder(source, tmp_path / "new")
    assert not left.exists() and not (target / ".tramontane-moving").exists()
    with ChatStore.open(target) as store:
        assert [c.title for c in store.list_conversations()] == ["Budget"]
