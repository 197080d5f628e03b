"""Settings: saved atomically, read back the same, a bad file never stops the app."""

import json

from app import settings as settings_file
from app.settings import Settings


def test_round_trip(tmp_path):
    changed = Settings(temperature=0.2, max_tokens=300, offline_only=True, models_folders=("/srv/models",))
    settings_file.save(changed, tmp_path)
    loaded, notice = settings_file.load(tmp_path)
    assert loaded == changed and notice == ""
    assert not list(tmp_path.glob(".settings-*"))   # no temporary file left behind


def test_a_corrupt_file_gives_defaults_a_notice_and_is_kept(tmp_path):
    (tmp_path / "settings.json").write_text("{ this is not json")
    loaded, notice = settings_file.load(tmp_path)
    assert loaded == Settings()
    assert "could not be read" in notice and "defaults" in notice
    assert (tmp_path / "settings.json.bad").read_text() == "{ this is not json"


def test_an_unknown_version_or_a_wrong_type_falls_back_too(tmp_path):
    for content in ({"version": 99}, {"version": 1, "temperature": "warm"}):
        (tmp_path / "settings.json").write_text(json.dumps(content))
        loaded, notice = settings_file.load(tmp_path)
        assert loaded == Settings() and notice


def test_settings_from_a_newer_build_keep_what_is_known(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({"version": 1, "max_tokens": 77, "future_switch": True}))
    loaded, notice = settings_file.load(tmp_path)
    assert loaded.max_tokens == 77 and notice == ""
