"""The IT policy file: presets, locks, and anything not understood fails closed."""

import json
import os
import shutil
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest

from app import policy as policy_module
from app.policy import load_policy, policy_locations, user_can_change
from app.settings import Settings


def write(path, data) -> None:
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")


def admin(locations):
    """Reads as if the files were the administrator's (tmp_path is the user's own)."""
    return load_policy(locations, changeable=lambda path: False)


def test_no_file_means_no_policy(tmp_path):
    policy = admin([tmp_path / "policy.json"])
    assert not policy.active and not policy.locked and policy.enforce(Settings()) == Settings()


def test_locks_win_over_the_users_settings_and_presets_are_first_start_defaults(tmp_path):
    write(tmp_path / "policy.json", {
        "message": "Ask the help desk.",
        "lock": {"offline_only": True, "models_folders": ["/srv/models"], "data_folder": "/srv/data"},
        "preset": {"theme": "dark", "temperature": 0.2}})
    policy = admin([tmp_path / "policy.json"])
    mine = Settings(offline_only=False, theme="light", models_folders=("/home/me",))
    used = policy.enforce(mine)
    assert used.offline_only and used.models_folders == ("/srv/models",) and used.data_folder == "/srv/data"
    assert used.theme == "light"                      # a preset is not a lock
    assert policy.first_start().theme == "dark" and policy.first_start().temperature == 0.2
    assert policy.is_locked("offline_only") and not policy.is_locked("theme")
    assert policy.message == "Ask the help desk." and not policy.problems and not policy.downloads_disabled


def test_downloads_disabled_locks_offline_only(tmp_path):
    write(tmp_path / "policy.json", {"lock": {"downloads_disabled": True}})
    policy = admin([tmp_path / "policy.json"])
    assert policy.downloads_disabled and policy.enforce(Settings()).offline_only


def test_the_system_wide_file_wins_over_the_one_beside_the_app(tmp_path):
    beside, system = tmp_path / "a.json", tmp_path / "b.json"
    write(beside, {"lock": {"threads": 2, "theme": "dark"}})
    write(system, {"lock": {"threads": 4}})
    policy = admin([beside, system])
    assert policy.locked["threads"] == 4 and policy.locked["theme"] == "dark"
    assert policy.sources == (str(beside), str(system))


@pytest.mark.parametrize("content, named", [
    ({"lock": {"offline_only": "true"}}, "offline_only"),              # true in quotes
    ({"lock": {"downloads_disabled": 1}}, "downloads_disabled"),       # 1 for true
    ({"locks": {"downloads_disabled": True}}, "locks"),                # a misspelt section
    ({"lock": {"telemetry": True}}, "telemetry"),                      # no such setting
    ({"lock": {"temperature": "hot"}}, "temperature"),
    ({"lock": {"theme": "purple"}}, "theme"),                          # not one of the choices
    ({"lock": {"threads": -3}}, "threads"),                            # out of range
    ({"lock": {"data_folder": "relative/place"}}, "data_folder"),
    ({"lock": ["offline_only"]}, "lock"),                              # a list, not an object
    ({"preset": "dark"}, "preset"),                                    # a string, not an object
    ({"message": {"text": "hi"}}, "message"),
    ("[" * 100_000 + "]" * 100_000, "could not be read"),             # nested beyond Python's stack
    ('{"lock": {"temperature": NaN}}', "could not be read"),
    ("{ not json", "could not be read"),
    ("[1, 2]", "could not be read"),
])
def test_anything_not_understood_turns_downloads_off_and_names_the_problem(tmp_path, content, named):
    write(tmp_path / "policy.json", content)
    policy = admin([tmp_path / "policy.json"])                # never raises: the app always starts
    assert policy.downloads_disabled and policy.enforce(Settings()).offline_only
    assert policy.problems and named in policy.problems[0], policy.problems


def test_what_was_understood_still_applies_beside_a_problem(tmp_path):
    write(tmp_path / "policy.json", {"lock": {"temperature": "hot", "max_tokens": 512}})
    policy = admin([tmp_path / "policy.json"])
    assert policy.locked["max_tokens"] == 512 and "temperature" not in policy.locked
    assert len(policy.problems) == 1 and policy.downloads_disabled


def test_a_huge_file_is_a_problem_not_a_hang(tmp_path):
    write(tmp_path / "policy.json", '{"message": "' + "x" * (2 << 20) + '"}')
    policy = admin([tmp_path / "policy.json"])
    assert policy.downloads_disabled and "larger than 1 MB" in policy.problems[0]


@pytest.fixture
def open_folder():
    """A folder under /tmp that other users may enter (pytest's own is private to its user)."""
    folder = Path(tempfile.mkdtemp(prefix="tramontane-policy-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder)


@contextmanager
def as_nobody():
    """This process acts as an ordinary user for a moment (only root may do this)."""
    os.setegid(65534)
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.mark.skipif(os.name != "posix", reason="POSIX owners and permission bits")
def test_only_a_file_this_user_cannot_change_may_lock(open_folder):
    if os.geteuid() != 0:
        pytest.skip("needs root, to act as a user who cannot write the administrator's folder")
    mine = open_folder / "home" / "policy.json"
    theirs = open_folder / "etc" / "policy.json"
    mine.parent.mkdir()
    theirs.parent.mkdir()
    write(mine, {"lock": {"data_folder": "/srv/attacker-share"}, "preset": {"theme": "dark"}})
    write(theirs, {"lock": {"threads": 2}})
    os.chown(mine.parent, 65534, 65534)
    os.chown(mine, 65534, 65534)
    assert not user_can_change(mine)                  # root is the administrator
    with as_nobody():
        changeable = user_can_change(mine), user_can_change(theirs)
        policy = load_policy([mine, theirs])
    assert changeable == (True, False)
    assert dict(policy.locked) == {"threads": 2} and not policy.presets     # the user's file was not used
    assert policy.ignored == (str(mine),) and policy.sources == (str(theirs),) and not policy.problems


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG is Linux's")
def test_every_xdg_config_dir_and_etc_xdg_are_read(monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_DIRS", "/etc/xdg/xdg-ubuntu:/opt/site")
    places = [str(p) for p in policy_locations()]
    for folder in ("/etc/xdg/xdg-ubuntu", "/opt/site", "/etc/xdg"):
        assert f"{folder}/Tramontane/policy.json" in places
    # the first XDG entry is the most important, so it comes last (it wins)
    assert places[-1] == "/etc/xdg/xdg-ubuntu/Tramontane/policy.json"
    monkeypatch.setenv("XDG_CONFIG_DIRS", "/home/me/fake")          # a user cannot drop /etc/xdg
    assert "/etc/xdg/Tramontane/policy.json" in [str(p) for p in policy_locations()]


def test_locations_include_the_folder_beside_the_app():
    assert policy_locations()[0] == policy_module.install_root() / "policy.json"
