"""The Models pane says how fast each model would write here, from the engine's speed log."""

from __future__ import annotations

from dataclasses import replace

from app.engine.speeds import SPEEDS_FILE, SpeedRecord, add_speed
from app.library.library import ModelLibrary
from app.netguard import NetGuard
from app.paths import app_paths
from app.ui.models.controller import LibraryController
from app.ui.models.models_pane import ModelsPane
from app.ui.settings_model import SettingsModel
from app.ui.tasks import Tasks

GB = 10**9


def test_catalog_cards_say_how_fast_and_recommend_no_slow_model(qtbot, app_home, memory_keyring):
    paths = app_paths(app_home).ensure()
    # What the engine's child logged after a few replies of the starter model on 2 cores.
    for speed in (78.0, 81.0, 80.0):
        add_speed(paths.data / SPEEDS_FILE, SpeedRecord(98_362_432, "Q4_1", 30, "cpu", 2), speed)
    library = ModelLibrary(paths, NetGuard(offline_only=True), endpoint="http://127.0.0.1:9")
    controller = LibraryController(library, SettingsModel(paths.config), Tasks())
    assert controller.hardware.speeds[0].tokens_per_s == 80.0          # read from the data folder
    controller.hardware = replace(controller.hardware, ram_total=24 * GB, ram_available=16 * GB, cores=2,
                                  devices=())
    pane = ModelsPane(controller)
    qtbot.addWidget(pane)
    pane.show()
    controller.hardware_changed.emit(controller.hardware)
    cards = {card.row.entry.id: card for card in pane.catalog.cards}
    assert "words a second" in cards["llama-3.2-1b"].verdict.text()
    assert "writes about one word a second" in cards["mistral-small-3.2"].verdict.text() \
        or "less than a word a second" in cards["mistral-small-3.2"].verdict.text()
    recommended = [card for card in pane.catalog.cards if card.row.recommended]
    assert len(recommended) == 1 and recommended[0].badge.isVisibleTo(recommended[0])
    assert not recommended[0].row.entry.parameters.startswith(("7", "8", "12", "24"))
    controller.shutdown()
