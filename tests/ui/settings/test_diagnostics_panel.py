"""The diagnostics panel: the same rows as doctor, a speed test through the engine
thread, a report to copy; and a log that never holds conversation text."""

from __future__ import annotations

import logging

from finish_helpers import REPLY_TIMEOUT_MS
from PySide6.QtGui import QGuiApplication

from app.logs import log_path, setup_logging
from app.paths import app_paths

MARKER = "Zanzibarquokka"      # a word that must never reach the log


def test_the_panel_shows_what_doctor_prints_and_copies_it(qtbot, make_app):
    app = make_app()
    with qtbot.waitSignal(app.controller.model_status, check_params_cb=lambda s, _t: s == "ready", timeout=30_000):
        pass
    page = app.settings_pane.diagnostics
    app.window.show_pane(2)
    app.settings_pane.show_section(page)
    qtbot.waitUntil(lambda: "Device" in page.report_text(), timeout=10_000)   # devices came from the engine
    labels = [page.report.topLevelItem(i).text(0) for i in range(page.report.topLevelItemCount())]
    for label in ("Tramontane", "CPU features", "Memory", "Data folder", "Log file", "Device", "Backend",
                  "Backends", "Model"):
        assert label in labels
    assert "CPU: used" in page.report_text()      # each llama.cpp backend, used or skipped and why
    page.copy.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == page.report_text() and str(app_paths().logs) in copied
    assert "SmolLM2 135M Instruct" in copied


def test_the_speed_test_measures_the_current_model_off_the_gui_thread(qtbot, make_app):
    app = make_app()
    with qtbot.waitSignal(app.controller.model_status, check_params_cb=lambda s, _t: s == "ready", timeout=30_000):
        pass
    page = app.settings_pane.diagnostics
    page.speed_button.click()
    assert not page.speed_button.isEnabled()            # the click returned at once; the test runs elsewhere
    qtbot.waitUntil(lambda: page.speed_button.isEnabled(), timeout=REPLY_TIMEOUT_MS)
    assert page.last_speed is not None, page.speed_result.text()
    result = page.last_speed
    assert result.generated_tokens == 64 and result.tokens_per_s > 0 and result.prompt_tokens > 100
    assert result.prompt_tokens_per_s > 0
    qtbot.waitUntil(lambda: page.speed_button.isEnabled(), timeout=5000)
    assert "tokens per second" in page.speed_result.text()
    assert "Speed test" in page.report_text()


def test_the_log_never_holds_conversation_text(qtbot, make_app):
    root = logging.getLogger()
    before = list(root.handlers)
    path = setup_logging(app_paths().logs)
    try:
        app = make_app()
        with qtbot.waitSignal(app.controller.reply_ended, timeout=REPLY_TIMEOUT_MS):
            app.controller.send(f"Please repeat the word {MARKER} three times.")
        app.controller.rename(app.controller.conversation.id, f"About {MARKER}")
        app.chat.on_search(MARKER)
        app.settings.update(temperature=0.4)
        app.close()
        for handler in root.handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
        assert "model loaded" in text and "settings changed: temperature" in text
        assert MARKER.lower() not in text.lower()
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
    assert path == log_path(app_paths().logs)
