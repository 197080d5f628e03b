"""The Settings pane as a user drives it: changes are saved at once and come back,
a bad file is kept, an IT policy locks what it locks, deleting and moving lose
nothing that was not asked for."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app import settings as settings_file
from app.netguard import NetworkBlocked
from app.paths import app_paths
from app.policy import Policy
from app.settings import Settings
from app.store import ChatStore


def test_a_change_in_the_pane_is_saved_at_once_and_read_back(qtbot, make_app):
    app = make_app()
    page = app.settings_pane.model
    page.temperature.control.setValue(0.3)
    page.max_tokens.control.setValue(300)
    app.settings_pane.general.density.control.setCurrentIndex(1)
    app.settings_pane.general.density.control.activated.emit(1)
    saved, notice = settings_file.load(app_paths().config)
    assert (saved.temperature, saved.max_tokens, saved.density, notice) == (0.3, 300, "compact", "")
    qtbot.mouseClick(page.reset, Qt.MouseButton.LeftButton)
    assert settings_file.load(app_paths().config)[0].temperature == Settings().temperature
    app.close()
    again = make_app(write_settings=False)
    assert again.settings_pane.general.density.control.currentData() == "compact"
    assert again.chat.view._column.spacing() == 4          # compact spacing is in use


def test_a_corrupt_settings_file_gives_defaults_a_notice_and_is_kept(qtbot, make_app):
    config = app_paths().config
    config.mkdir(parents=True)
    (config / "settings.json").write_text("{ half a file")
    app = make_app(write_settings=False)
    assert app.settings.current == Settings()
    assert app.chat.notice.isVisible() and "settings.json.bad" in app.chat.notice.label.text()
    assert (config / "settings.json.bad").read_text() == "{ half a file"


def test_a_policy_that_locks_offline_mode_shuts_downloads_and_says_why(qtbot, make_app):
    policy = Policy(locked={"offline_only": True, "downloads_disabled": True, "models_folders": ("/srv/models",)},
                    message="Ask the help desk.", sources=("/etc/xdg/Tramontane/policy.json",))
    app = make_app(policy=policy, offline_only=False)
    assert app.settings.current.offline_only and app.guard.offline_only
    with pytest.raises(NetworkBlocked):
        with app.guard.opened():
            pass
    row = app.settings_pane.privacy.offline
    assert row.control.isChecked() and not row.control.isEnabled()
    assert not row.lock_note.isHidden() and "Ask the help desk." in row.lock_note.text()
    assert "organisation" in row.control.accessibleDescription()
    app.settings.update(offline_only=False)                   # a locked setting does not move
    assert app.settings.current.offline_only
    assert not app.settings_pane.storage.add_folder.control.isEnabled()
    qtbot.waitUntil(lambda: app.models_pane is not None, timeout=30_000)   # it is built just after start
    models = app.window.stack.widget(1)
    qtbot.waitUntil(lambda: bool(models.findChildren(QPushButton, "cardDownload")), timeout=10_000)
    downloads = [b for b in models.findChildren(QPushButton) if b.objectName() == "cardDownload"
                 or "ownload" in b.accessibleName()]
    assert downloads and not any(b.isEnabled() for b in downloads)
    assert dict(app.coordinator.report.rows())["IT policy"] == "/etc/xdg/Tramontane/policy.json"


def test_delete_all_conversations_asks_first(qtbot, make_app, monkeypatch):
    app = make_app()
    for title in ("One", "Two"):
        app.store.create_conversation(title)
    # The question (with or without the box for old copies) answered as a user would.
    monkeypatch.setattr("app.ui.settings.privacy_page.confirm_with_option", lambda *args: (False, False))
    app.settings_pane.privacy.delete_conversations.control.click()
    assert len(app.store.list_conversations()) == 2          # "Cancel" keeps them
    monkeypatch.setattr("app.ui.settings.privacy_page.confirm_with_option", lambda *args: (True, False))
    app.settings_pane.privacy.delete_conversations.control.click()
    assert app.store.list_conversations() == []
    assert app.chat.conversations.list.count() == 0


def test_delete_all_app_data_closes_and_leaves_nothing_of_ours(qtbot, make_app, monkeypatch, memory_keyring):
    app = make_app()
    app.store.create_conversation("Secret plans")
    memory_keyring.set_password("Tramontane", "huggingface-token", "hf_abcdefghijkl")
    monkeypatch.setattr("app.ui.settings.privacy_page.confirm", lambda *args: True)
    app.settings_pane.privacy.delete_everything.control.click()
    assert app.wipe_on_close and not app.window.isVisible()
    app.close()
    paths = app.paths
    assert not (paths.data / "conversations.db").exists() and not (paths.config / "settings.json").exists()
    assert memory_keyring.secrets == {}


def test_moving_the_data_folder_copies_checks_and_switches(qtbot, make_app, monkeypatch, tmp_path):
    app = make_app()
    app.store.create_conversation("Kept through the move")
    asked = []
    monkeypatch.setattr("app.ui.settings.coordinator.say_restart", lambda _parent, text: asked.append(text))
    with qtbot.waitSignal(app.coordinator.restart_requested, timeout=30_000):    # at once: no "Later"
        app.settings_pane.storage.move_requested.emit(str(tmp_path / "elsewhere"))
    target = tmp_path / "elsewhere"
    assert app.settings.current.data_folder == str(target.resolve()) and str(target.resolve()) in asked[0]
    assert app.restart_on_close and not app.window.isVisible()
    app.close()
    again = make_app(write_settings=False)
    assert again.paths.data == target.resolve()
    assert [c.title for c in again.store.list_conversations()] == ["Kept through the move"]


def test_the_hub_token_is_kept_in_the_keychain_shown_masked_and_removable(qtbot, make_app, monkeypatch,
                                                                        memory_keyring):
    app = make_app()
    app.window.show_pane(2)
    app.settings_pane.show_section(app.settings_pane.privacy)
    control = app.settings_pane.privacy.token.control
    assert control.shown.text() == "No token saved" and control.remove_button.isHidden()
    monkeypatch.setattr("app.ui.settings.privacy_page.QInputDialog.getText",
                        lambda *args, **kwargs: ("hf_secretsecret1234", True))
    control.set_button.click()
    assert memory_keyring.secrets[("Tramontane", "huggingface-token")] == "hf_secretsecret1234"
    assert control.shown.text() == "hf_••••••••1234" and "secret" not in control.shown.text()
    assert not list(app_paths().config.glob("*token*"))
    control.remove_button.click()
    assert ("Tramontane", "huggingface-token") not in memory_keyring.secrets
    assert control.shown.text() == "No token saved"


def test_the_keychain_shows_no_warning(qtbot, make_app, memory_keyring):
    app = make_app()
    privacy = app.settings_pane.privacy
    assert app.store.key_storage == "keychain" and privacy.key_warning.isHidden()
    assert "keychain" in privacy.key_place.control.text()


def test_the_key_file_comes_with_a_warning(qtbot, make_app, memory_keyring):
    """A data folder whose key lives in a file (the user chose it when the keychain refused):
    a working keychain later does not hide that."""
    from app.store.keys import KEY_FILE
    data = app_paths().data
    keyring.set_keyring(fail.Keyring())
    ChatStore.open(data, key_file_ok=True).close()
    keyring.set_keyring(memory_keyring)
    assert (data / KEY_FILE).is_file()
    app = make_app()
    privacy = app.settings_pane.privacy
    assert app.store.key_storage == "file"
    assert privacy.key_warning.isVisibleTo(privacy)
    assert "Anyone who can read your data folder can read your conversations" in privacy.key_warning.text()
    assert "key file" in privacy.key_place.control.text()


def test_hardware_settings_take_effect_on_reload_and_show_what_is_in_use(qtbot, make_app):
    app = make_app()
    ready = {"check_params_cb": lambda state, _text: state == "ready", "timeout": 30_000}
    with qtbot.waitSignal(app.controller.model_status, **ready):
        pass
    page = app.settings_pane.hardware
    qtbot.waitUntil(lambda: any("SmolLM2" in w.text() for w in page.findChildren(QLabel)), timeout=5000)
    page.backend.control.setCurrentIndex(1)
    page.backend.control.activated.emit(1)
    page.threads.control.setValue(2)
    assert app.settings.current.gpu_layers == 0 and app.settings.current.threads == 2
    assert not page.gpu_layers.control.isEnabled()
    with qtbot.waitSignal(app.controller.model_status, **ready):
        page.reload.click()
    assert app.controller.info.local.threads == 2 and app.controller.info.local.gpu_layers == 0
    qtbot.waitUntil(lambda: any(w.text() == "2" for w in page.findChildren(QLabel)), timeout=5000)


def test_a_first_start_says_which_model_it_uses(qtbot, make_app):
    """No settings yet: the best model that fits is chosen off the GUI thread, loaded, and named."""
    app = make_app(write_settings=False)
    with qtbot.waitSignal(app.controller.model_status, check_params_cb=lambda state, _t: state == "ready",
                          timeout=60_000):
        pass
    qtbot.waitUntil(app.chat.notice.isVisible)
    assert app.chat.notice.label.text().startswith("Tramontane uses SmolLM2 135M Instruct")
