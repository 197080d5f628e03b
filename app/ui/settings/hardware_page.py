"""Settings → Hardware: where the model runs, and what it runs on now. GUI thread.

Settings here take effect when the model is next loaded; "Reload the model"
does that at once. What is in use comes from the worker's ModelInfo and the
devices the engine's process reports (EngineProbe).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox

from app.engine import Device, ModelInfo
from app.engine.hardware import default_threads
from app.library.local import display_name
from app.settings import Settings
from app.ui.sentences import size_text
from app.ui.settings.rows import Page, fill_combo, lock_note, select_data
from app.ui.settings_model import SettingsModel

MAX_LAYERS = 999


class HardwarePage(Page):
    reload_requested = Signal()

    def __init__(self, settings: SettingsModel, lock_icon) -> None:
        super().__init__()
        self.settings = settings
        self._lock_icon = lock_icon
        self._info: ModelInfo | None = None
        self._devices: list[Device] = []
        self.where_title, grid = self.add_group()
        self.backend = self.add_row(grid, QComboBox(objectName="backendChoice"))
        # 0 shows as "Automatic": the setting's -1. CPU only (0 layers) is the backend choice above.
        self.gpu_layers = self.add_row(grid, QSpinBox(objectName="gpuLayers", minimum=0, maximum=MAX_LAYERS,
                                                      keyboardTracking=False))
        self.threads = self.add_row(grid, QSpinBox(objectName="threads", minimum=0, maximum=256,
                                                   keyboardTracking=False))
        self.now_title, grid = self.add_group()
        self.now = QGridLayout()
        self.now.setHorizontalSpacing(18)
        self.now.setVerticalSpacing(6)
        self.now.setColumnStretch(1, 1)
        grid.addLayout(self.now, 0, 0, 1, 2)
        self.reload = QPushButton(objectName="reloadModel")
        self.reload.clicked.connect(self.reload_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload)
        self.body.addLayout(buttons)
        self.finish()
        self.backend.control.activated.connect(self.on_backend_chosen)
        self.gpu_layers.control.valueChanged.connect(lambda v: self.settings.update(gpu_layers=v or -1))
        self.threads.control.valueChanged.connect(lambda v: self.settings.update(threads=v))
        settings.changed.connect(self.on_settings_changed)
        self.retranslate()

    def on_backend_chosen(self, _index: int) -> None:
        cpu_only = self.backend.control.currentData() == "cpu"
        self.settings.update(gpu_layers=0 if cpu_only else -1)

    def show_model(self, info: ModelInfo | None) -> None:
        self._info = info
        self._fill_now()

    def show_devices(self, devices: list[Device]) -> None:
        self._devices = devices
        self._fill_now()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Hardware"))
        self.where_title.setText(self.tr("Where the model runs"))
        self.now_title.setText(self.tr("In use now"))
        fill_combo(self.backend.control, [("auto", self.tr("Automatic (graphics card when it helps)")),
                                          ("cpu", self.tr("Processor only"))])
        self.backend.set_texts(self.tr("Backend"), self.tr("Automatic uses a graphics card when there is one "
                                                           "with enough memory, and the processor otherwise."))
        self.gpu_layers.control.setSpecialValueText(self.tr("Automatic"))
        self.gpu_layers.set_texts(self.tr("Layers on the graphics card"),
                                  self.tr("How much of the model goes on the graphics card. Automatic puts as "
                                          "much as fits; lower it if other programs need the card."))
        self.threads.control.setSpecialValueText(self.tr("Automatic (%1)").replace("%1", str(default_threads())))
        self.threads.set_texts(self.tr("Processor threads"),
                               self.tr("How many processor cores the model uses. Automatic uses every "
                                       "physical core."))
        self.reload.setText(self.tr("Reload the model with these settings"))
        self.on_settings_changed(self.settings.current)
        self._fill_now()

    def on_settings_changed(self, s: Settings) -> None:
        select_data(self.backend.control, "cpu" if s.gpu_layers == 0 else "auto")
        for spin, value in ((self.gpu_layers.control, max(0, s.gpu_layers)), (self.threads.control, s.threads)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        note = lock_note(self.settings.policy.message)
        locked = self.settings.is_locked("gpu_layers")
        self.backend.set_locked(locked, note, self._lock_icon())
        self.gpu_layers.set_locked(locked, note, self._lock_icon())
        self.gpu_layers.control.setEnabled(not locked and s.gpu_layers != 0)
        self.threads.set_locked(self.settings.is_locked("threads"), note, self._lock_icon())

    def _fill_now(self) -> None:
        while self.now.count():
            item = self.now.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        rows = self._model_rows() + self._device_rows()
        for index, (label, value) in enumerate(rows):
            name = QLabel(label, textFormat=Qt.TextFormat.PlainText)
            shown = QLabel(value, textFormat=Qt.TextFormat.PlainText, wordWrap=True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(f"{label} {value}")
            self.now.addWidget(name, index, 0, Qt.AlignmentFlag.AlignTop)
            self.now.addWidget(shown, index, 1)

    def _model_rows(self) -> list[tuple[str, str]]:
        info = self._info
        if info is None:
            return [(self.tr("Model"), self.tr("No model is loaded."))]
        local = info.local
        if local is None:
            where = info.backend
        elif not info.on_gpu:
            where = self.tr("The processor")
        else:
            where = self.tr("%1 (%2 of %3 layers)").replace("%1", info.backend).replace(
                "%2", str(min(local.gpu_layers, local.layer_count))).replace("%3", str(local.layer_count))
        locale = QLocale()
        return [(self.tr("Model"), display_name(local.path) if local else info.name),
                (self.tr("Runs on"), where),
                (self.tr("Threads"), str(local.threads) if local else "–"),
                (self.tr("Context"), self.tr("%1 tokens").replace("%1", locale.toString(info.context_length)))]

    def _device_rows(self) -> list[tuple[str, str]]:
        rows = []
        for device in self._devices:
            kind = self.tr("Processor") if device.kind == "cpu" else self.tr("Graphics card")
            memory = self.tr("%1 free of %2").replace("%1", size_text(device.free_bytes)).replace(
                "%2", size_text(device.total_bytes))
            rows.append((kind, f"{device.description or device.name} ({device.name}) · {memory}"))
        return rows
