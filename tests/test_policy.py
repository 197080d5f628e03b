"""The IT policy file: presets, locks, and a broken file that fails closed."""

import json

from app.policy import load_policy
from app.settings import Settings


def write(path, data) -> None:
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")


def test_no_file_means_no_policy(tmp_path):
    policy = load_policy([tmp_path / "policy.json"])
    assert not policy.active and not policy.locked and policy.enforce(Settings()) == Settings()


def test_locks_win_over_the_users_settings_and_presets_are_first_start_defaults(tmp_path):
    write(tmp_path / "policy.json", {
        "message": "Ask the help desk.",
        "lock": {"offline_only": True, "models_folders": ["/srv/models"], "data_folder": "/srv/data"},
        "preset": {"theme": "dark", "temperature": 0.2}})
    policy = load_policy([tmp_path / "policy.json"])
    mine = Settings(offline_only=False, theme="light", models_folders=("/home/me",))
    used = policy.enforce(mine)
    assert used.offline_only and used.models_folders == ("/srv/models",) and used.data_folder == "/srv/data"
    assert used.theme == "light"                      # a preset is not a lock
    assert policy.first_start().theme == "dark" and policy.first_start().temperature == 0.2
    assert policy.is_locked("offline_only") and not policy.is_locked("theme")
    assert policy.message == "Ask the help desk."


def test_downloads_disabled_locks_offline_only(tmp_path):
    write(tmp_path / "policy.json", {"lock": {"downloads_disabled": True}})
    policy = load_policy([tmp_path / "policy.json"])
    assert policy.downloads_disabled and policy.enforce(Settings()).offline_only


def test_the_system_wide_file_wins_over_the_one_beside_the_app(tmp_path):
    beside, system = tmp_path / "a.json", tmp_path / "b.json"
    write(beside, {"lock": {"threads": 2, "theme": "dark"}})
    write(system, {"lock": {"threads": 4}})
    policy = load_policy([beside, system])
    assert policy.locked["threads"] == 4 and policy.locked["theme"] == "dark"
    assert policy.sources == (str(beside), str(system))


def test_wrong_entries_are_ignored_and_said(tmp_path):
    write(tmp_path / "policy.json", {"lock": {"temperature": "hot", "telemetry": True, "max_tokens": 512}})
    policy = load_policy([tmp_path / "policy.json"])
    assert dict(policy.locked) == {"max_tokens": 512}
    assert len(policy.problems) == 2 and any("telemetry" in p for p in policy.problems)


def test_a_broken_file_turns_downloads_off(tmp_path):
    write(tmp_path / "policy.json", "{ not json")
    policy = load_policy([tmp_path / "policy.json"])
    assert policy.downloads_disabled and policy.enforce(Settings()).offline_only
    assert policy.problems and "could not be read" in policy.problems[0]
