"""Settings → Storage: the data folder and the models folders, with their sizes;
moving the data folder; adding and removing models folders. GUI thread.

Sizes are measured off the GUI thread (a models folder may hold thousands
of files on a network share). The move itself is DataMove's; this page asks
where to, shows its progress and says how it ended.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from app.datafolder import folder_size
from app.settings import Settings
from app.ui.sentences import size_text
from app.ui.settings.rows import Page, lock_note
from app.ui.settings_model import SettingsModel
from app.ui.tasks import Tasks


class _FolderLine(QWidget):
    """A folder: its place, its size, Open, and an optional second action."""

    def __init__(self, path: Path, action: str = "") -> None:
        super().__init__()
        self.path = path
        self.place = QLabel(str(path), textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.size = QLabel("…", objectName="explanation", textFormat=Qt.TextFormat.PlainText)
        self.open = QPushButton(objectName="openFolder")
        self.open.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        self.action = QPushButton(objectName=action) if action else None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.place, 1)
        row.addWidget(self.size)
        row.addWidget(self.open)
        if self.action:
            row.addWidget(self.action)


class StoragePage(Page):
    move_requested = Signal(str)      # the folder the user chose

    def __init__(self, settings: SettingsModel, data_dir: Path, app_models: Path, bundled_models: Path,
                 lock_icon) -> None:
        super().__init__()
        self.settings = settings
        self._data_dir, self._app_models, self._bundled = data_dir, app_models, bundled_models
        self._lock_icon = lock_icon
        self._sizes: dict[str, int | None] = {}
        self.data_title, grid = self.add_group()
        self.data = self.add_row(grid, _FolderLine(data_dir, "moveDataFolder"), wide=True)
        self.data.control.action.clicked.connect(self.on_move_clicked)
        self.models_title, grid = self.add_group()
        self.app_models = self.add_row(grid, _FolderLine(app_models), wide=True)
        self.bundled_models = self.add_row(grid, _FolderLine(bundled_models), wide=True)
        self.extra_title, grid = self.add_group()
        self.extra_grid = QGridLayout()
        self.extra_grid.setColumnStretch(0, 1)
        grid.addLayout(self.extra_grid, 0, 0, 1, 2)
        self.extra_lines: list[_FolderLine] = []
        self.add_folder = self.add_row(grid, QPushButton(objectName="addModelsFolder"))
        self.add_folder.control.clicked.connect(self.on_add_folder)
        self.finish()
        settings.changed.connect(self.on_settings_changed)
        self._tasks = Tasks(self)    # sizes measured after the page has gone are dropped
        self._fill_extra()
        self.retranslate()

    # -- sizes -------------------------------------------------------------------------

    def measure(self) -> None:
        """Measure every folder again, off the GUI thread (called when the pane is shown)."""
        for line in self._lines():
            key = str(line.path)
            self._tasks.run(lambda _task, p=line.path: folder_size(p),
                            lambda size, error, k=key: self.on_measured(k, size, error))

    def on_measured(self, key: str, size, error) -> None:
        self._sizes[key] = None if error else size
        for line in self._lines():
            if str(line.path) == key:
                line.size.setText(size_text(size) if error is None else self.tr("unreadable"))

    def _lines(self) -> list[_FolderLine]:
        return [self.data.control, self.app_models.control, self.bundled_models.control, *self.extra_lines]

    # -- actions -----------------------------------------------------------------------

    def on_move_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Move the data folder to…"),
                                                  str(self._data_dir.parent))
        if chosen:
            self.move_requested.emit(chosen)

    def on_add_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Add a models folder"), str(Path.home()))
        if chosen and chosen not in self.settings.current.models_folders:
            self.settings.update(models_folders=(*self.settings.current.models_folders, chosen))

    def on_remove_folder(self, folder: str) -> None:
        self.settings.update(models_folders=tuple(f for f in self.settings.current.models_folders if f != folder))

    def _fill_extra(self) -> None:
        for line in self.extra_lines:
            self.extra_grid.removeWidget(line)
            line.deleteLater()
        self.extra_lines = []
        for index, folder in enumerate(self.settings.current.models_folders):
            line = _FolderLine(Path(folder), "removeModelsFolder")
            line.action.clicked.connect(lambda _c=False, f=folder: self.on_remove_folder(f))
            self.extra_grid.addWidget(line, index, 0)
            self.extra_lines.append(line)

    # -- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Storage"))
        self.data_title.setText(self.tr("Data folder"))
        self.models_title.setText(self.tr("Models"))
        self.extra_title.setText(self.tr("Your own models folders"))
        self.data.set_texts(self.tr("Conversations"),
                            self.tr("Your encrypted conversations and downloaded models. Moving copies "
                                    "everything, checks the copy, then switches; the old folder is kept."))
        self.data.control.action.setText(self.tr("Move…"))
        self.data.control.action.setAccessibleName(self.tr("Move the data folder"))
        self.app_models.set_texts(self.tr("Downloaded"), self.tr("Models you downloaded or added."))
        self.bundled_models.set_texts(self.tr("Built in"), self.tr("The starter model that comes with "
                                                                   "Tramontane."))
        self.add_folder.control.setText(self.tr("Add a folder…"))
        self.add_folder.set_texts(self.tr("Add"), self.tr("Tramontane also lists the models in these folders, "
                                                          "for example a shared folder at work."))
        for line in self._lines():
            line.open.setText(self.tr("Open"))
            line.open.setAccessibleName(self.tr("Open %1").replace("%1", str(line.path)))
            line.place.setAccessibleName(str(line.path))
            line.size.setAccessibleName(self.tr("Size: %1").replace("%1", line.size.text()))
            if line.action and line in self.extra_lines:
                line.action.setText(self.tr("Remove"))
                line.action.setAccessibleName(self.tr("Stop listing %1").replace("%1", str(line.path)))
        self.on_settings_changed(self.settings.current)

    def on_settings_changed(self, s: Settings) -> None:
        if [str(line.path) for line in self.extra_lines] != list(s.models_folders):
            self._fill_extra()
            self.retranslate()
            self.measure()
            return
        note = lock_note(self.settings.policy.message)
        self.data.set_locked(False, "")
        self.data.control.action.setEnabled(not self.settings.is_locked("data_folder"))
        if self.settings.is_locked("data_folder"):
            self.data.lock_note.setText(note)
            self.data.lock_note.show()
            self.data.lock_icon.setPixmap(self._lock_icon().pixmap(16, 16))
            self.data.lock_icon.show()
        folders_locked = self.settings.is_locked("models_folders")
        self.add_folder.set_locked(folders_locked, note, self._lock_icon())
        for line in self.extra_lines:
            line.action.setEnabled(not folders_locked)
