"""The Models pane as a user drives it: real files, the real starter model, real
HTTP to the hub stand-in, an in-memory keychain. No dialogs: the pane's
ask_* / choose_file / confirm_delete hooks stand in for the user's answers."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QObject, QPointF, Qt, QUrl, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit

from app.engine.speeds import SpeedRecord
from app.engine.types import Device
from app.library.fit import Hardware
from app.library.library import ModelLibrary
from app.netguard import NetGuard
from app.paths import app_paths
from app.ui.models.controller import LibraryController
from app.ui.models.models_pane import ModelsPane
from app.ui.settings_model import SettingsModel
from app.ui.style import build_stylesheet, write_arrows
from app.ui.tasks import Tasks
from app.ui.theme import LIGHT

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "library"))
from hubstandin import TOKEN, HubStandIn  # noqa: E402  (tests/library's stand-ins)

GB = 10**9
REPO = "standin/SmolLM2-135M-Instruct-GGUF"
FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


class FakeChat(QObject):
    """The chat controller's face the Models pane uses; a load is ready at once."""

    model_loaded = Signal(object)
    load_failed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.used: list[str] = []
        self.model_ref = None
        self.info = None

    def use_model(self, ref) -> None:
        self.used.append(ref.locator)
        self.model_ref = ref
        self.model_loaded.emit(object())


@pytest.fixture
def hub():
    server = HubStandIn().start()
    yield server
    server.stop()


@pytest.fixture
def make_pane(qtbot, app_home, tmp_path, starter_model, memory_keyring):
    made = []
    before = QLocale()
    QLocale.setDefault(QLocale("en"))        # as the app's Translations does for English

    def make(hub=None, offline_only=False, shared=(), ram_free=8 * GB, gpu_free=0):
        paths = app_paths(app_home).ensure()
        settings = SettingsModel(paths.config)
        if offline_only:
            settings.update(offline_only=True)
        bundled = tmp_path / "bundled"
        bundled.mkdir(exist_ok=True)
        shutil.copy(starter_model, bundled / Path(starter_model).name)
        library = ModelLibrary(paths, NetGuard(offline_only=offline_only), shared_folders=list(shared),
                               endpoint=hub.url if hub else "http://127.0.0.1:9", bundled_dir=bundled)
        controller = LibraryController(library, settings, Tasks(), chat=FakeChat())
        devices = (Device("CUDA0", "Test GPU", "gpu", gpu_free, gpu_free),) if gpu_free else ()
        controller.hardware = Hardware(16 * GB, ram_free, devices)
        pane = ModelsPane(controller)
        qtbot.addWidget(pane)
        pane.resize(1100, 720)
        pane.show()
        with qtbot.waitSignal(controller.models_changed, timeout=20_000):
            controller.start()
        controller.hardware_changed.emit(controller.hardware)
        made.append(controller)
        return pane

    yield make
    for controller in made:
        controller.shutdown()
    QLocale.setDefault(before)


def rows(pane) -> list[str]:
    model = pane.local.table_model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_lists_models_with_details_and_a_fit_verdict(make_pane):
    pane = make_pane(ram_free=8 * GB)
    assert rows(pane) == ["SmolLM2 135M Instruct"]
    facts = {key: value.text() for key, value in pane.local.fact_values.items()}
    assert facts["size"] == "93.8 MB" and facts["params"] == "135 million"
    assert facts["quant"].startswith("Q4_1: ") and facts["context"] == "8,192 tokens at once"
    assert facts["licence"].startswith("Apache 2.0") and facts["file"].endswith("SmolLM2-135M-Instruct.Q4_1.gguf")
    assert pane.local.details.text() == "Comes with Tramontane."
    assert pane.local.verdict.text().startswith("Fits: needs about 573.8 MB, 7.5 GB free")
    assert not pane.local.delete_button.isEnabled()        # the bundled starter is never deleted


def test_import_by_file_dialog_copies_with_progress_and_lists(qtbot, make_pane, starter_model, tmp_path):
    pane = make_pane()
    source = tmp_path / "usb" / "Office-Helper.Q4_1.gguf"
    source.parent.mkdir()
    shutil.copy(starter_model, source)
    pane.choose_file = lambda: source
    pane.ask_copy = lambda path: "copy"
    progress = []
    pane.controller.import_progress.connect(lambda d, t: progress.append(d))
    with qtbot.waitSignal(pane.controller.models_changed, timeout=20_000):
        qtbot.mouseClick(pane.local.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitSignal(pane.controller.import_done, timeout=20_000).wait()
    assert "Office Helper" in rows(pane)
    assert (pane.controller.library.models_dir / source.name).is_file()
    assert progress and "was added to your models" in pane.notice_text.text()


def test_a_file_that_is_not_a_model_is_refused_with_a_sentence(qtbot, make_pane, tmp_path):
    pane = make_pane()
    bad = tmp_path / "minutes.gguf"
    bad.write_text("Minutes of the meeting, not a model.")
    pane.choose_file = lambda: bad
    pane.ask_copy = lambda path: "copy"
    with qtbot.waitSignal(pane.controller.import_done, timeout=20_000):
        qtbot.mouseClick(pane.local.import_button, Qt.MouseButton.LeftButton)
    assert pane.notice.isVisible()
    assert pane.notice_text.text() == "minutes.gguf cannot be used: This file is not a GGUF model file."
    assert rows(pane) == ["SmolLM2 135M Instruct"]


def test_drop_a_file_to_use_it_in_place_then_remove_it_from_the_list(qtbot, make_pane, starter_model, tmp_path):
    pane = make_pane()
    source = tmp_path / "share" / "Dropped.Q4_1.gguf"
    source.parent.mkdir()
    shutil.copy(starter_model, source)
    pane.ask_copy = lambda path: "place"
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(source))])
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(pane.controller.models_changed, timeout=20_000):
        pane.dropEvent(drop)
        qtbot.waitSignal(pane.controller.import_done, timeout=20_000).wait()
    assert "Dropped" in rows(pane)
    select(pane, "Dropped")
    assert pane.local.delete_button.text() == "Remove from list…"
    pane.local.confirm_delete = lambda model: True
    with qtbot.waitSignal(pane.controller.models_changed, timeout=20_000):
        qtbot.mouseClick(pane.local.delete_button, Qt.MouseButton.LeftButton)
    assert "Dropped" not in rows(pane) and source.exists()       # never deleted outside the models folder


def select(pane, name: str) -> None:
    names = rows(pane)
    source_row = names.index(next(n for n in names if n.startswith(name)))
    pane.local.table.selectRow(pane.local.proxy.mapFromSource(pane.local.table_model.index(source_row, 0)).row())


def test_use_as_default_in_conversation_and_delete_with_confirmation(qtbot, make_pane, starter_model):
    pane = make_pane()
    own = pane.controller.library.models_dir / "Mine.Q4_1.gguf"
    shutil.copy(starter_model, own)
    with qtbot.waitSignal(pane.controller.models_changed, timeout=20_000):
        pane.controller.refresh()
    select(pane, "Mine")
    qtbot.mouseClick(pane.local.use_default, Qt.MouseButton.LeftButton)
    assert pane.controller.settings.current.default_model == str(own)
    assert "Mine  ★" in rows(pane)
    qtbot.mouseClick(pane.local.use_here, Qt.MouseButton.LeftButton)
    assert pane.controller.chat.used == [str(own)]
    assert pane.notice_text.text() == "Mine is ready in this conversation."    # the notice follows the load
    pane.local.confirm_delete = lambda model: False            # the user says no
    qtbot.mouseClick(pane.local.delete_button, Qt.MouseButton.LeftButton)
    assert own.exists()
    pane.local.confirm_delete = lambda model: True
    with qtbot.waitSignal(pane.controller.models_changed, timeout=20_000):
        qtbot.mouseClick(pane.local.delete_button, Qt.MouseButton.LeftButton)
    assert not own.exists() and pane.controller.settings.current.default_model == ""


def test_catalog_puts_the_recommended_model_first(make_pane):
    pane = make_pane(ram_free=4 * GB)
    pane.tabs.setCurrentIndex(1)
    cards = pane.catalog.cards
    assert len(cards) >= 10
    assert cards[0].badge.isVisibleTo(pane) and cards[0].badge.text() == "Recommended for this computer"
    assert not any(c.badge.isVisibleTo(pane) for c in cards[1:])
    assert cards[0].verdict.text().startswith("Fits: needs about")
    assert cards[-1].verdict.text().startswith("Does not fit")
    assert all(c.button.isEnabled() for c in cards)


def test_a_model_that_fits_but_writes_slowly_is_shown_in_the_caution_colour(make_pane, tmp_path):
    """Green said "Fits" over "writes less than a word a second": as good as any to the eye."""
    pane = make_pane(ram_free=12 * GB)
    pane.setStyleSheet(build_stylesheet(LIGHT, 10, False, write_arrows(tmp_path, LIGHT)))
    pane.tabs.setCurrentIndex(1)
    cards = pane.catalog.cards
    slow = [c for c in cards if c.row.slow and c.row.advice.verdict == "fits"]
    brisk = [c for c in cards if not c.row.slow and c.row.advice.verdict == "fits"]
    assert slow and brisk
    assert max(cards.index(c) for c in brisk) < min(cards.index(c) for c in slow)
    for card, colour in ((brisk[0], LIGHT.good), (slow[0], LIGHT.caution)):
        image = card.verdict.grab().toImage()
        drawn = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
        assert colour in drawn, card.verdict.text()


def test_a_model_here_that_writes_slowly_is_shown_in_the_caution_colour(make_pane, tmp_path):
    pane = make_pane(ram_free=8 * GB)
    pane.setStyleSheet(build_stylesheet(LIGHT, 10, False, write_arrows(tmp_path, LIGHT)))
    starter = pane.controller.models[0]
    speed = SpeedRecord(starter.size, "Q4_1", 30, "cpu", 2, (2.0,), 1.0)     # as if measured on a slow computer
    pane.controller.hardware = Hardware(16 * GB, 8 * GB, (), cores=2, speeds=(speed,))
    pane.controller.hardware_changed.emit(pane.controller.hardware)
    assert pane.local.verdict.text().endswith("writes about 2 words a second")
    image = pane.local.verdict.grab().toImage()
    drawn = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
    assert LIGHT.caution in drawn and LIGHT.good not in drawn


def test_offline_only_disables_downloads_and_search_and_says_why(make_pane):
    pane = make_pane(offline_only=True)
    pane.tabs.setCurrentIndex(1)
    assert pane.catalog.offline_label.isVisibleTo(pane)
    assert not any(c.button.isEnabled() for c in pane.catalog.cards)
    assert "offline only" in pane.catalog.cards[0].button.toolTip()
    assert not pane.hub.search_button.isEnabled() and not pane.hub.query.isEnabled()
    assert "offline only" in pane.hub.status.text()


def test_search_the_hub_download_a_file_and_see_it_listed(qtbot, make_pane, hub, starter_model):
    hub.add(REPO, FILE, Path(starter_model).read_bytes())
    pane = make_pane(hub)
    pane.tabs.setCurrentIndex(2)
    qtbot.keyClicks(pane.hub.query, "smollm2")
    # The first repository found is opened at once: its files are listed.
    with qtbot.waitSignals([pane.controller.search_done, pane.controller.files_done], timeout=20_000):
        qtbot.mouseClick(pane.hub.search_button, Qt.MouseButton.LeftButton)
    assert pane.hub.results.count() == 1
    assert pane.hub.table.rowCount() == 1
    assert pane.hub.table.item(0, 0).text() == "Q4_1" and pane.hub.table.item(0, 1).text() == "93.8 MB"
    assert "Apache 2.0" in pane.hub.repo_info.text()
    with qtbot.waitSignal(pane.controller.models_changed, timeout=60_000):
        qtbot.mouseClick(pane.hub.download_button, Qt.MouseButton.LeftButton)
    row = next(iter(pane.downloads.rows.values()))
    qtbot.waitUntil(lambda: "Downloaded and checked" in row.status.text(), timeout=20_000)
    assert pane.downloads.isVisible() and row.bar.value() == 1000
    assert [r for r in rows(pane) if r.startswith("SmolLM2")] == ["SmolLM2 135M Instruct"] * 2


def test_gated_download_asks_for_a_token_and_keeps_it_in_the_keychain(qtbot, make_pane, hub, starter_model,
                                                                       memory_keyring):
    hub.add(REPO, FILE, Path(starter_model).read_bytes(), gated=True)
    pane = make_pane(hub)
    asked = []
    pane.ask_token = lambda repo: asked.append(repo) or TOKEN
    from app.library.downloads import DownloadRequest
    with qtbot.waitSignal(pane.controller.models_changed, timeout=60_000):
        pane.controller.download(DownloadRequest(REPO, (FILE,), title="Gated one"))
    assert asked == [REPO]
    assert memory_keyring.secrets[("Tramontane", "huggingface-token")] == TOKEN
    row = next(iter(pane.downloads.rows.values()))
    qtbot.waitUntil(lambda: "Downloaded and checked" in row.status.text(), timeout=20_000)


def test_pause_and_resume_from_the_downloads_strip(qtbot, make_pane, hub, starter_model):
    hub.add(REPO, FILE, Path(starter_model).read_bytes(), delay=0.01)
    pane = make_pane(hub)
    pane.catalog.controller.download(
        __import__("app.library.downloads", fromlist=["DownloadRequest"]).DownloadRequest(REPO, (FILE,), title="Slow"))
    row = None
    qtbot.waitUntil(lambda: bool(pane.downloads.rows), timeout=10_000)
    row = next(iter(pane.downloads.rows.values()))
    qtbot.waitUntil(lambda: row.job.done_bytes > 0 and row.pause.text() == "Pause", timeout=20_000)
    qtbot.waitUntil(lambda: " · " in row.status.text() and "left" in row.status.text(), timeout=20_000)
    qtbot.mouseClick(row.pause, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.status.text().startswith("Paused at"), timeout=20_000)
    assert row.pause.text() == "Resume"
    hub.gate.set()
    with qtbot.waitSignal(pane.controller.models_changed, timeout=60_000):
        qtbot.mouseClick(row.pause, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Downloaded and checked" in row.status.text(), timeout=20_000)
    qtbot.mouseClick(row.dismiss, Qt.MouseButton.LeftButton)
    assert not pane.downloads.rows and not pane.downloads.isVisible()


def test_hub_errors_show_as_sentences(qtbot, make_pane, hub):
    pane = make_pane(hub)
    pane.tabs.setCurrentIndex(2)
    pane.hub.results.addItem("standin/missing")
    pane.hub.results.item(0).setData(Qt.ItemDataRole.UserRole, "standin/missing")
    with qtbot.waitSignal(pane.controller.files_done, timeout=20_000):
        pane.hub.results.setCurrentRow(0)
    assert pane.hub.repo_info.text() == "standin/missing was not found on the hub."
    assert not pane.hub.download_button.isEnabled()


def test_every_control_has_an_accessible_name(make_pane, hub, starter_model):
    pane = make_pane(hub)
    unnamed = []
    for tab in range(pane.tabs.count()):
        pane.tabs.setCurrentIndex(tab)
        for widget in pane.findChildren(QAbstractButton) + pane.findChildren(QLineEdit) + \
                pane.findChildren(QAbstractItemView):
            if widget.isVisibleTo(pane) and not widget.accessibleName() and \
                    type(widget).__name__ not in ("QTabBar",):
                unnamed.append(f"{type(widget).__name__} {widget.objectName()} {getattr(widget, 'text', lambda: '')()}")
    assert not unnamed, unnamed
