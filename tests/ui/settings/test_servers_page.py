"""Settings → Servers as a user first meets it: no servers yet."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_an_empty_server_list_says_how_to_get_a_server(qtbot, make_app):
    app = make_app()
    page = app.settings_pane.servers
    placeholder = page.list.item(0)
    assert page.list.count() == 1 and "Add a server" in placeholder.text()
    assert not placeholder.flags() & Qt.ItemFlag.ItemIsSelectable       # not a server to pick
    assert not page.refresh_button.isEnabled() and not page.key_button.isEnabled()
    app.servers.directory.add("Home box", "http://127.0.0.1:9", models=("qwen",))
    page.show_servers()
    assert page.list.count() == 1 and page.list.item(0).text().startswith("Home box")
    assert page.refresh_button.isEnabled()
