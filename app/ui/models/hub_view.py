"""HubView: search the model hub for GGUF repositories and pick a file to download.

GUI thread; searches and listings run through the LibraryController in the
background. Names from the hub are shown as plain text only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.library.describe import licence_words
from app.library.downloads import DownloadRequest
from app.library.fit import advise
from app.ui.models.words import Words
from app.ui.plaintext import plain_tooltip
from app.ui.sentences import sentence


def rough_kv_bytes(model_bytes: int) -> int:
    """Working memory of a model whose shape the hub does not tell: a quarter of
    its size, at most 1 GiB (8k tokens of a 7-8B model's f16 cache)."""
    return min(2**30, model_bytes // 4)


class HubView(QWidget):
    def __init__(self, controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.words = Words(self)
        self.files = None
        self.query = QLineEdit(objectName="hubQuery", clearButtonEnabled=True)
        self.query.returnPressed.connect(self.on_search)
        self.search_button = QPushButton(objectName="hubSearch")
        self.search_button.clicked.connect(self.on_search)
        self.status = QLabel(objectName="paneHint", wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.results = QListWidget(objectName="hubResults")
        self.results.currentItemChanged.connect(self.on_repo_chosen)
        self.repo_info = QLabel(objectName="repoInfo", wordWrap=True)
        self.repo_info.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 4, objectName="hubFiles")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.on_download())
        self.download_button = QPushButton(objectName="hubDownload")
        self.download_button.clicked.connect(self.on_download)

        bar = QHBoxLayout()
        bar.addWidget(self.query, 1)
        bar.addWidget(self.search_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.repo_info)
        right_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.download_button)
        right_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.results)
        split.addWidget(right)
        split.setSizes([300, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self.retranslate()
        controller.search_done.connect(self.on_search_done)
        controller.files_done.connect(self.on_files_done)
        controller.offline_changed.connect(lambda _off: self.update_buttons())
        controller.hardware_changed.connect(lambda _hw: self.show_files(self.files))
        self.update_buttons()

    def retranslate(self) -> None:
        self.query.setPlaceholderText(self.tr("Search the model hub, e.g. “mistral instruct”"))
        self.query.setAccessibleName(self.tr("Search words"))
        self.search_button.setText(self.tr("Search"))
        self.search_button.setAccessibleName(self.tr("Search the model hub"))
        self.results.setAccessibleName(self.tr("Repositories found"))
        self.table.setAccessibleName(self.tr("Model files in the chosen repository"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns of the file list"))
        self.table.setHorizontalHeaderLabels([self.tr("Compression"), self.tr("Size"), self.tr("What it means"),
                                              self.tr("On this computer")])
        self.download_button.setText(self.tr("Download this file"))
        self.download_button.setAccessibleName(self.tr("Download the selected file"))
        if self.files is None and not self.repo_info.text():
            self.repo_info.setText(self.tr("Search, then choose a repository to see its model files."))
        if not self.status.text():
            self.status.setText(self.tr("Searching sends your search words to the model hub (huggingface.co). "
                                        "Nothing else leaves this computer."))
        self.update_buttons()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def update_buttons(self) -> None:
        offline = self.controller.offline_only
        for widget in (self.query, self.search_button):
            widget.setEnabled(not offline)
        self.download_button.setEnabled(not offline and self.selected_file() is not None)
        if offline:
            self.status.setText(self.tr("Searching and downloading are turned off because Tramontane is set to "
                                        "work offline only (Settings)."))

    # -- search ------------------------------------------------------------------------

    def on_search(self) -> None:
        text = self.query.text().strip()
        if not text or self.controller.offline_only:
            return
        self.search_button.setEnabled(False)
        self.status.setText(self.tr("Searching…"))
        self.controller.search(text)

    def on_search_done(self, repos: list, error) -> None:
        self.search_button.setEnabled(not self.controller.offline_only)
        self.results.clear()
        if error is not None:
            self.status.setText(sentence(error))
            return
        self.status.setText(self.tr("%n repositories with GGUF models, most downloaded first.", "", len(repos))
                            if repos else self.tr("Nothing found; try fewer or other words."))
        for repo in repos:
            item = QListWidgetItem(repo.id + ("  🔒" if repo.gated else ""))
            item.setData(Qt.ItemDataRole.UserRole, repo.id)
            item.setToolTip(plain_tooltip(self.tr("%Ln downloads last month", "", repo.downloads)))
            self.results.addItem(item)
        if repos:
            self.results.setCurrentRow(0)     # open the most downloaded one at once

    def on_repo_chosen(self, item, _previous=None) -> None:
        if item is None:
            return
        self.repo_info.setText(self.tr("Reading the list of files…"))
        self.table.setRowCount(0)
        self.files = None
        self.controller.list_files(item.data(Qt.ItemDataRole.UserRole))

    def on_files_done(self, files, error) -> None:
        if error is not None:
            self.repo_info.setText(sentence(error))
            self.table.setRowCount(0)
            self.files = None
            self.update_buttons()
            return
        self.show_files(files)

    def show_files(self, files) -> None:
        self.files = files
        if files is None:
            return
        lines = [files.repo.id, self.tr("Licence: {0}").format(sentence(licence_words(files.repo.licence)))]
        if files.repo.gated:
            lines.append(self.tr("Gated: its makers ask you to accept their terms on the hub's website; "
                                 "Tramontane will then ask for your access token."))
        lines += [sentence(refused) for refused in files.refused]
        if not files.files:
            lines.append(self.tr("This repository has no GGUF model files."))
        self.repo_info.setText("\n".join(lines))
        self.table.setRowCount(len(files.files))
        for row, hub_file in enumerate(files.files):
            advice = advise(hub_file.size or 0, rough_kv_bytes(hub_file.size or 0), self.controller.hardware)
            parts = self.tr(" ({0} parts)").format(len(hub_file.paths)) if len(hub_file.paths) > 1 else ""
            cells = [hub_file.quantization or "?", self.words.size(hub_file.size) + parts,
                     self.words.quantization_meaning(hub_file.quantization), self.words.verdict(advice.verdict)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(plain_tooltip(hub_file.paths[0] if column < 3 else sentence(advice.reason)))
                self.table.setItem(row, column, cell)
        if files.files:
            self.table.selectRow(0)
        self.update_buttons()

    def selected_file(self):
        rows = self.table.selectionModel().selectedRows() if self.files is not None else []
        return self.files.files[rows[0].row()] if rows else None

    def on_download(self) -> None:
        hub_file = self.selected_file()
        if hub_file is None or self.controller.offline_only:
            return
        self.controller.download(DownloadRequest(
            hub_file.repo_id, hub_file.paths, "main", hub_file.sha256, hub_file.filename.removesuffix(".gguf"),
            self.files.repo.licence, hub_file.size))
