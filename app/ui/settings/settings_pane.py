"""The Settings pane: a list of sections on the left, the chosen page on the right.

Only assembling and showing: each page changes the SettingsModel itself
(which saves at once) or asks through a signal that App wires to whoever
acts (the controller, the engine probe, the data move). GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from app.diagnostics import Row
from app.library.tokens import TokenStore
from app.paths import AppPaths, bundled_models_dir
from app.ui.appearance import Appearance
from app.ui.icons import Icons
from app.ui.settings.diagnostics_page import DiagnosticsPage
from app.ui.settings.general_page import GeneralPage
from app.ui.settings.hardware_page import HardwarePage
from app.ui.settings.model_page import ModelPage
from app.ui.settings.privacy_page import PrivacyPage
from app.ui.settings.servers_page import ServersPage
from app.ui.settings.storage_page import StoragePage
from app.ui.settings_model import SettingsModel

SECTION_ICONS = ("general", "sliders", "chip", "shield", "storage", "diagnostics")


class SettingsPane(QWidget):
    def __init__(self, settings: SettingsModel, paths: AppPaths, key_storage: str, tokens: TokenStore,
                 models: Callable[[], list[Path]], report_rows: Callable[[], list[Row]], icons: Icons,
                 appearance: Appearance, servers=None) -> None:
        """servers: the company servers and local API (ServersUI); their page only when given."""
        super().__init__()
        self.setObjectName("settingsPane")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.settings = settings
        self._icons, self._appearance = icons, appearance
        lock = self._lock_icon
        self.general = GeneralPage(settings, lock)
        self.model = ModelPage(settings, models, lock)
        self.hardware = HardwarePage(settings, lock)
        self.privacy = PrivacyPage(settings, key_storage, tokens, lock)
        self.storage = StoragePage(settings, paths.data, paths.models, bundled_models_dir(), lock)
        self.diagnostics = DiagnosticsPage(report_rows, paths.logs)
        self.pages = [self.general, self.model, self.hardware, self.privacy, self.storage, self.diagnostics]
        self._icon_names = list(SECTION_ICONS)
        self.servers = None
        if servers is not None:
            self.servers = ServersPage(settings, servers, lock)
            self.pages.insert(4, self.servers)
            self._icon_names.insert(4, "server")
        self.sections = QListWidget(objectName="settingsSections")
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.sections.addItem(QListWidgetItem())
            self.stack.addWidget(page)
        self.sections.currentRowChanged.connect(self.on_section_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sections)
        layout.addWidget(self.stack, 1)
        appearance.applied.connect(self.on_theme_applied)
        self.sections.setCurrentRow(0)
        self.retranslate()
        self.on_theme_applied(appearance.colors)

    def show_section(self, page: QWidget) -> None:
        self.sections.setCurrentRow(self.pages.index(page))

    def on_section_changed(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        self._refresh(self.pages[row])

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._refresh(self.stack.currentWidget())
        super().showEvent(event)

    def _refresh(self, page: QWidget) -> None:
        """What may have changed while the page was hidden is read again as it is shown."""
        if page is self.model:
            self.model.refresh_models()
        elif page is self.storage:
            self.storage.measure()
        elif page is self.diagnostics:
            self.diagnostics.show_report()

    def on_theme_applied(self, colors) -> None:
        for row, name in enumerate(self._icon_names):
            self.sections.item(row).setIcon(self._icons.icon(name, colors))
        for page in self.pages:
            if hasattr(page, "on_settings_changed"):
                page.on_settings_changed(self.settings.current)    # lock icons in the new colours

    def _lock_icon(self):
        return self._icons.icon("lock", self._appearance.colors)

    def retranslate(self) -> None:
        names = [self.tr("General"), self.tr("Model"), self.tr("Hardware"), self.tr("Privacy"), self.tr("Storage"),
                 self.tr("Diagnostics")]
        if self.servers is not None:
            names.insert(4, self.tr("Servers"))
        for row, name in enumerate(names):
            self.sections.item(row).setText(name)
        self.sections.setAccessibleName(self.tr("Settings sections"))
        self._fit_items()

    def _fit_items(self) -> None:
        """One height for every section, with room around the text (the stylesheet's item
        padding only reaches the selected item)."""
        metrics = self.sections.fontMetrics()
        side = max(20, round(metrics.height() * 1.2))
        self.sections.setIconSize(QSize(side, side))
        height = max(side, metrics.height()) + 14
        for row in range(self.sections.count()):
            self.sections.item(row).setSizeHint(QSize(0, height))
        widest = max(metrics.horizontalAdvance(self.sections.item(row).text()) for row in range(self.sections.count()))
        self.sections.setFixedWidth(max(180, widest + side + 56))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._fit_items()
        super().changeEvent(event)
